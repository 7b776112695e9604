using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Monitoring;

public sealed class FollowUpModel(MonitoringQueries queries, CloseFollowUp close, Texts texts, MonitoringAccess access) : PageModel, IFormPage
{
    /// <summary>Field staff open the visit a follow-up came from; a partner reads its place only.</summary>
    public bool IsStaff => access.IsStaff;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public CloseFollowUp.Command Input { get; set; } = new();

    public MonitoringQueries.FollowUpDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Details = await queries.FollowUpAsync(Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await close.HandleAsync(Id, Input, ct);
        TempData["Flash"] = texts.Get("monitoring.followup.closed", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect($"/followups/{Id}");
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => Details = await queries.FollowUpAsync(Id, ct);
}
