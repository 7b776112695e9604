using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Fostering;

/// <summary>
/// The declines of a program's quarter (docs/domain.md, Quarterly reports; decision 0024): who fell beyond the threshold, by how
/// much and against which quarter, and the monitoring visit opened for each; the office runs the check to open the visits missing.
/// </summary>
public sealed class DeclinesModel(DeclineCheck check, FosteringProgramSettings settings, ProgramScope scope, Texts texts) : PageModel, IFormPage
{
    [FromQuery]
    public Guid? ProgramId { get; set; }

    /// <summary>The quarter shown (2026-Q3); empty: the quarter just ended.</summary>
    [FromQuery]
    public string? Quarter { get; set; }

    [BindProperty]
    public FosteringProgramSettings.Command Settings { get; set; } = new();

    public ProgramPicker Picker { get; private set; } = null!;
    public DeclineCheck.Result? Result { get; private set; }
    public bool MayRun => check.MayRun;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await ShowSettingsAsync(ct);
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        var saved = await settings.SetAsync(ProgramId, Settings, ct);
        TempData["Flash"] = texts.Format("declines.settings.saved", CultureInfo.CurrentUICulture, saved.DeclinePercent, saved.ReportDueDays);
        return Redirect($"/fostering/declines?programId={saved.ProgramId}&quarter={Quarter}");
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var r = await check.RunAsync(ProgramId, Quarter, ct);
        TempData["Flash"] = texts.Format("declines.run.done", CultureInfo.CurrentUICulture, r.Quarter.ToString(), r.Declines, r.Opened);
        return Redirect($"/fostering/declines?programId={r.ProgramId}&quarter={r.Quarter}");
    }

    /// <summary>A quarter refused is shown beside its field, over the quarter just ended.</summary>
    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        if (refusal.Field == nameof(Quarter))
        {
            Quarter = null;
            await LoadAsync(ct);
            await ShowSettingsAsync(ct);
            return;
        }

        await LoadAsync(ct);
    }

    private async Task ShowSettingsAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ProgramId, ct);
        Settings = new FosteringProgramSettings.Command { ReportDueDays = current.ReportDueDays, DeclinePercent = current.DeclinePercent };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(ProgramId, ct);
        ProgramId = id;
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/fostering/declines");
        Result = await check.ListAsync(id, Quarter, ct);
        Quarter = Result.Quarter.ToString();
    }
}
