using Berdaya.Domain.Common;
using Berdaya.Features.Partners;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Socialization;

public sealed class RegisterAttendeeModel(RegisterAttendee registerAttendee, CurrentUser me, Texts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid AttendeeId { get; set; }

    [BindProperty]
    public RegisterPartner.Command Input { get; set; } = new();

    public Guid? DuplicateId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        try
        {
            Input = await registerAttendee.PrefillAsync(Id, AttendeeId, ct);
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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var result = await registerAttendee.HandleAsync(Id, AttendeeId, Input, ct);
            PartnerPages.Flash(TempData, texts, result);
            return Redirect($"/partners/{result.Partner.Id}");
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound && ex.Field is "Id" or "AttendeeId")
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
