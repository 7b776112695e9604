using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Exhibitions;

/// <summary>An invitation on the partner's phone: accept or decline; after the event, the sales and orders taken there.</summary>
public sealed class InvitationModel(ExhibitionQueries queries, RespondToInvitation respond, RecordExhibitionResults results, Texts texts)
    : PageModel, IFormPage
{
    public const int OrderRows = 3;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public RespondToInvitation.Command Respond { get; set; } = new();

    [BindProperty]
    public RecordExhibitionResults.Command Results { get; set; } = new();

    public InvitationView Invitation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRespondAsync(CancellationToken ct)
    {
        await respond.HandleAsync(Id, Respond, ct);
        TempData["Flash"] = texts.Get("exhibitions.responded", CultureInfo.CurrentUICulture);
        return Redirect($"/exhibitions/invitations/{Id}");
    }

    public async Task<IActionResult> OnPostResultsAsync(CancellationToken ct)
    {
        await results.HandleAsync(Id, Results, ct);
        TempData["Flash"] = texts.Get("exhibitions.results.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/exhibitions/invitations/{Id}");
    }

    public string? KeyOf(string field) => field == "Accept" ? "" : null;

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Invitation = await queries.InvitationAsync(Id, ct);
        while (Results.Orders.Count < OrderRows)
        {
            Results.Orders.Add(new RecordExhibitionResults.Order());
        }
    }
}
