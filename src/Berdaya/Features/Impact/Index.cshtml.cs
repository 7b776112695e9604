using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Charts;
using Berdaya.Web.Errors;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Impact;

/// <summary>
/// The impact of a program or a cohort (docs/domain.md, Impact): the figures as a table and the cohort's growth as a chart, for
/// the office, management and facilitators (their villages).
/// </summary>
[Authorize(Roles = ImpactQuery.Readers)]
public sealed class IndexModel(ImpactQuery query, ProgramScope scope, TextsLocalizer t) : PageModel, IFormPage
{
    [FromQuery(Name = "cohortYear")]
    public int? CohortYear { get; set; }

    [FromQuery(Name = "village")]
    public string? Village { get; set; }

    [FromQuery(Name = "sector")]
    public string? Sector { get; set; }

    [FromQuery(Name = "groupId")]
    public Guid? GroupId { get; set; }

    public ProgramPicker Picker { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];
    public CohortChoices Villages { get; private set; } = new([], false);
    public CohortChoices Sectors { get; private set; } = new([], false);
    public ImpactView? Impact { get; private set; }
    public IHtmlContent? Chart { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);
        await LoadAsync(id, ct);
        if (!ModelState.IsValid)
        {
            // A value that could not be read (?cohortYear=abc): said beside its field; no figures for a cohort the reader did not ask for.
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        if (GroupId is { } group && group != Guid.Empty)
        {
            // A group not in the program or the reader's scope (an old link): the one error path says so beside the group field.
            await query.RequireGroupAsync(id, group, ErrorKind.Validation, ct);
        }

        Impact = await query.HandleAsync(id, CohortYear, Village, Sector, GroupId, ct);

        var rows = new List<ChartRange>();
        foreach (var (key, g) in new[] { ("impact.assets", Impact.Assets), ("impact.turnover", Impact.Turnover), ("impact.employees", Impact.Employees) })
        {
            if (g is not null)
            {
                rows.Add(new ChartRange(t[key], g.LowerQuartile, g.Median, g.UpperQuartile));
            }
        }

        Chart = rows.Count == 0 ? null : SvgChart.Ranges(t["impact.chart.title"], rows, v => v.ToString("0", CultureInfo.CurrentCulture) + "%");
        return Page();
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => Task.CompletedTask;

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/impact");
        Groups = await query.GroupsAsync(id, ct);
        Villages = await query.VillagesAsync(id, ct);
        Sectors = await query.SectorsAsync(id, ct);
    }
}
