using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Monitoring;

/// <summary>"Pendampingan saya": a partner's menu link to their own support page; staff land on their follow-ups.</summary>
public sealed class MySupportModel(MonitoringAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await access.OwnPartnerAsync(ct) is { } own ? Redirect($"/partners/{own}/support") : Redirect("/followups");
}
