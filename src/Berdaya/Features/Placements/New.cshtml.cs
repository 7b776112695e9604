using Berdaya.Domain.Markets;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Placements;

/// <summary>A new placement: the channel and its outlet, products, agreed price, terms and start date.</summary>
public sealed class NewModel(StartPlacement start, PlacementQueries queries, PlacementAccess access) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public StartPlacement.Command Input { get; set; } = new() { Terms = PaymentKind.Consignment };

    public PlacementPartner Partner { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Channels { get; private set; } = [];

    /// <summary>The products of the partner's group, to hold the price against the group's agreed one.</summary>
    public IReadOnlyList<(Guid Id, string Name)> GroupProducts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.StartedOn = access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var placement = await start.HandleAsync(Id, Input, ct);
        return Redirect($"/placements/{placement.Id}");
    }

    public Task OnRefusedAsync(Domain.Common.DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Partner = await access.PartnerAsync(Id, ct);
        Channels = await queries.ChannelsAsync(Id, ct);
        GroupProducts = await queries.GroupProductsAsync(Id, ct);
    }
}
