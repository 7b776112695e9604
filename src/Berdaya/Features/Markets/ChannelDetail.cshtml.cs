using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets;

/// <summary>A channel: its requirement sets over time and, for the program office, a new set from a date.</summary>
public sealed class ChannelDetailModel(ReadinessQueries queries, AddChannelRequirement add) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public AddChannelRequirement.Command Input { get; set; } = new() { Payment = PaymentKind.Cash, Legality = [] };

    public ChannelDetailView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await queries.ChannelAsync(Id, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await add.HandleAsync(Id, Input, ct);
        return Redirect($"/markets/channels/{Id}#history");
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => View = await queries.ChannelAsync(Id, ct);
}
