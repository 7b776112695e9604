using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Graduation;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Graduation;

/// <summary>
/// A partner's bankability checklist on one page (docs/domain.md, Bankability and graduation): each KUR item with where it stands,
/// the need's tier, what is still open, a form to declare an item with its evidence, and the office's button to graduate.
/// </summary>
public sealed class BankabilityModel(BankabilityQuery query, DeclareBankability declare, GraduatePartner graduate, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public DeclareBankability.Command Declare { get; set; } = new();

    [BindProperty]
    public GraduatePartner.Command Graduate { get; set; } = new();

    public BankabilityView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Declare.Item = View.Open.Where(BankabilityChecklist.Declarable.Contains).Select(i => (BankabilityItem?)i).FirstOrDefault();
    }

    public async Task<IActionResult> OnPostDeclareAsync(CancellationToken ct)
    {
        var d = await declare.HandleAsync(Id, Declare, ct);
        TempData["Flash"] = texts.Format("bankability.declared", CultureInfo.CurrentUICulture, d.Item);
        return Redirect($"/partners/{Id}/bankability");
    }

    public async Task<IActionResult> OnPostGraduateAsync(CancellationToken ct)
    {
        await graduate.HandleAsync(Id, Graduate, ct);
        TempData["Flash"] = texts.Get("graduation.done", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/bankability");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct) => View = await query.HandleAsync(Id, ct);
}
