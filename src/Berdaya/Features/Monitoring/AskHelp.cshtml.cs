using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>One short form on a phone: a partner asks for themself; staff pick the partner they ask for.</summary>
public sealed class AskHelpModel(AskForHelp ask, MonitoringAccess access, Data.AppDbContext db, Texts texts) : PageModel, IFormPage
{
    [BindProperty]
    public AskForHelp.Command Input { get; set; } = new();

    public bool ChoosePartner => access.IsStaff;

    public List<(Guid Id, string Name)> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? partnerId, CancellationToken ct)
    {
        Input.PartnerId = partnerId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var request = await ask.HandleAsync(Input, ct);
        TempData["Flash"] = texts.Get("monitoring.help.saved", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect(access.IsStaff ? $"/help/{request.Id}" : $"/partners/{request.PartnerId}/support");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!access.IsStaff && await access.OwnPartnerAsync(ct) is null)
        {
            throw new DomainException("monitoring.forbidden", null, ErrorKind.Forbidden);
        }

        if (ChoosePartner)
        {
            var ids = await access.PartnerIdsAsync(ct);
            var rows = await db.Partners
                .Where(p => ids.Contains(p.Id)).OrderBy(p => p.OwnerName).Take(500)
                .Select(p => new { p.Id, p.OwnerName, p.BusinessName }).ToListAsync(ct);
            Partners = rows.Select(p => (p.Id, $"{p.OwnerName} ({p.BusinessName})")).ToList();
        }
    }
}
