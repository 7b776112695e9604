using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Partners;

public sealed class EditModel(EditPartner edit, CurrentUser me, Texts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RegisterPartner.Command Input { get; set; } = new();

    public string? MaskedNik { get; private set; }

    public Guid? DuplicateId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        try
        {
            var partner = await edit.LoadAsync(Id, ct);
            Input = EditPartner.ToCommand(partner);
            MaskedNik = Domain.Partners.Nik.Mask(partner.Nik);
            return Page();
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        try
        {
            MaskedNik = Domain.Partners.Nik.Mask((await edit.LoadAsync(Id, ct)).Nik);
            if (!ModelState.IsValid)
            {
                return Page();
            }

            await edit.HandleAsync(Id, Input, ct);
            TempData["Flash"] = texts.Get("partners.saved", System.Globalization.CultureInfo.CurrentUICulture);
            return Redirect($"/partners/{Id}");
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
        catch (DuplicateNikException ex)
        {
            Problems.AddTo(ModelState, ex, texts, nameof(Input));
            DuplicateId = await PartnerPages.VisibleAsync(me, ex.ExistingPartnerId, ct);
        }
        catch (DomainException ex) when (ex.Kind != ErrorKind.Forbidden)
        {
            Problems.AddTo(ModelState, ex, texts, nameof(Input));
        }

        return Page();
    }
}
