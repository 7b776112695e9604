using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Evaluations;

/// <summary>The program's yearly evaluations; the office gathers a group's evidence for a year and keeps the criteria (decision 0028).</summary>
public sealed class IndexModel(Evaluations evaluations, ProgramScope scope, CurrentUser me, Texts texts, TimeProvider clock) : PageModel, IFormPage
{
    [FromQuery]
    public Guid? ProgramId { get; set; }

    [FromQuery(Name = "year")]
    public int? Shown { get; set; }

    [BindProperty]
    public Evaluations.GatherCommand Gather { get; set; } = new();

    [BindProperty]
    public Evaluations.CriteriaCommand Criteria { get; set; } = new();

    public ProgramPicker Picker { get; private set; } = null!;
    public IReadOnlyList<EvaluationLine> Lines { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];
    public bool MayGather => evaluations.MayGather;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var c = await evaluations.CriteriaAsync(ProgramId!.Value, ct);
        Criteria = new Evaluations.CriteriaCommand
        {
            MinOnTimePercent = c.MinOnTimePercent,
            MinScorePercent = c.MinScorePercent,
            MinTurnoverGrowthPercent = c.MinTurnoverGrowthPercent,
            MinTrainings = c.MinTrainings,
            RequireNib = c.RequireNib,
        };
        Gather.Year ??= Shown ?? clock.Today().Year;
    }

    public async Task<IActionResult> OnPostGatherAsync(CancellationToken ct)
    {
        var made = await evaluations.GatherAsync(Gather, ct);
        TempData["Flash"] = texts.Format("evaluation.gathered", CultureInfo.CurrentUICulture, Gather.Year!.Value, made.Count);
        return Redirect($"/evaluations/{made[0].Id}");
    }

    public async Task<IActionResult> OnPostCriteriaAsync(CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(ProgramId, ct);
        await evaluations.SetCriteriaAsync(id, Criteria, ct);
        TempData["Flash"] = texts.Get("evaluation.criteria.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/evaluations?programId={id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!evaluations.MayRead)
        {
            throw new DomainException("evaluation.forbidden", null, ErrorKind.Forbidden);
        }

        var id = await scope.ResolvePageAsync(ProgramId, ct);
        ProgramId = id;
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/evaluations");
        Lines = await evaluations.ListAsync(id, Shown, ct);
        if (MayGather)
        {
            Groups = (await (await me.GroupsAsync(ct)).Where(g => g.ProgramId == id).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct))
                .Select(g => (g.Id, g.Name)).ToList();
        }
    }
}
