using Berdaya.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Admin.Jobs;

public sealed class IndexModel(JobRuns runs) : AdminPage
{
    [BindProperty(SupportsGet = true)]
    public string? Job { get; set; }

    public IReadOnlyList<JobRunRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Names => runs.Names;

    public async Task OnGetAsync(CancellationToken ct) => Rows = await runs.ListAsync(Job, ct);

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var run = await runs.RunNowAsync(Job, ct);
        TempData["Flash"] = $"{run.Job}: {run.Outcome} {run.Summary}";
        return Redirect($"/admin/jobs?job={Uri.EscapeDataString(run.Job)}");
    }

    public override async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => Rows = await runs.ListAsync(null, ct);
}
