using Berdaya.Domain.Markets;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Prices;

/// <summary>A new price agreement: the meeting, the members present, the effective date and the prices.</summary>
public sealed class NewModel(PriceQueries queries, GroupMarketAccess access) : PageModel, IFormPage
{
    public const int Rows = 6;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RecordPriceAgreement.Command Input { get; set; } = new();

    public GroupPrices Prices { get; private set; } = null!;

    public MarketGroup Group { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Products { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        access.RequireDecider(Group);
        Input.MeetingOn = access.Today;
        Input.EffectiveFrom = access.Today;
        Input.Present = Group.Members.Keys.ToList();
        // The form starts from the prices in force, so a change is one edit.
        Input.Lines = (Prices.Current?.Lines ?? []).Select(l => new PriceLineInput(l.ProductId, l.Unit, l.Kind, l.Price)).ToList();
        Pad();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] RecordPriceAgreement record, CancellationToken ct)
    {
        await record.HandleAsync(Id, Input, ct);
        return Redirect($"/groups/{Id}/prices");
    }

    public async Task OnRefusedAsync(Berdaya.Domain.Common.DomainException refusal, CancellationToken ct)
    {
        await LoadAsync(ct);
        Pad();
    }

    private void Pad()
    {
        Input.Lines ??= [];
        while (Input.Lines.Count < Rows)
        {
            Input.Lines.Add(new PriceLineInput(null, null, null, null));
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Group = await access.GroupAsync(Id, ct);
        Prices = await queries.GroupAsync(Id, null, ct);
        Products = await queries.ProductsAsync(Id, ct);
    }
}
