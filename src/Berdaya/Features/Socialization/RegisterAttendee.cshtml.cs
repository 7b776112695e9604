using Berdaya.Domain.Common;
using Berdaya.Features.Partners;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Socialization;

public sealed class RegisterAttendeeModel(RegisterAttendee registerAttendee, CurrentUser me, Texts texts) : PageModel, IFormPage
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

        Input = await registerAttendee.PrefillAsync(Id, AttendeeId, ct);
        return Page();
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

        var result = await registerAttendee.HandleAsync(Id, AttendeeId, Input, ct);
        PartnerPages.Flash(TempData, texts, result);
        return Redirect($"/partners/{result.Partner.Id}");
    }

    /// <summary>A NIK registered already: the page points to that record when the user may open it.</summary>
    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        if (refusal is DuplicateNikException duplicate)
        {
            DuplicateId = await PartnerPages.VisibleAsync(me, duplicate.ExistingPartnerId, ct);
        }
    }
}
