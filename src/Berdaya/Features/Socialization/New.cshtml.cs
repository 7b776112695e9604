using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Berdaya.Features.Socialization;

public sealed class NewModel(RecordSocialization record, CurrentUser me, Texts texts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RecordSocialization.Command Input { get; set; } = new();

    public List<SelectListItem> Facilitators { get; private set; } = [];

    /// <summary>A facilitator records their own meetings; others choose the facilitator.</summary>
    public bool ChooseFacilitator => !(me.IsFacilitator && !me.IsOfficer && !me.IsAdmin);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        Input.HeldOn = clock.Today();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var meeting = await record.HandleAsync(Input, ct);
        TempData["Flash"] = texts.Get("socialization.saved", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect($"/socializations/{meeting.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (ChooseFacilitator)
        {
            Facilitators = (await record.FacilitatorsAsync(ct)).Select(f => new SelectListItem(f.Name, f.Id)).ToList();
        }
    }
}
