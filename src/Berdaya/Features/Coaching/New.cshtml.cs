using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>Plans a session on the program's calendar.</summary>
public sealed class NewModel(PlanSession plan, CoachingAccess access, AppDbContext db, TextsLocalizer t) : PageModel, IFormPage
{
    [BindProperty]
    public PlanSession.Command Input { get; set; } = new();

    public List<SelectListItem> Topics { get; private set; } = [];
    public List<SelectListItem> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        access.RequirePlanner();
        Input.ProgramId = await access.ProgramAsync(programId, ct);
        Input.HeldOn = access.Today.AddDays(14);
        Input.Capacity = 20;
        Input.Cost = 0;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        access.RequirePlanner();
        await LoadAsync(ct);
        var session = await plan.HandleAsync(Input, ct);
        TempData["Flash"] = t["training.planned"].Value;
        return Redirect($"/trainings/{session.Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var program = await access.ProgramAsync(Input.ProgramId, ct);
        Input.ProgramId = program;
        Topics = await db.TrainingTopics.Where(x => x.ProgramId == program).OrderBy(x => x.Name)
            .Select(x => new SelectListItem(x.Name, x.Id.ToString())).ToListAsync(ct);
        Providers = await db.TrainingProviders.Where(x => x.ProgramId == program).OrderBy(x => x.Name)
            .Select(x => new SelectListItem(x.Name, x.Id.ToString())).ToListAsync(ct);
    }
}
