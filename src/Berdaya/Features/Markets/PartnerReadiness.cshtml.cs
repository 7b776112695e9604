using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets;

/// <summary>A partner's readiness for each channel with the next step, and the market declaration form.</summary>
public sealed class PartnerReadinessModel(ReadinessQueries queries, DeclareMarketProfile declare) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public DeclareMarketProfile.Command Input { get; set; } = new();

    public PartnerReadinessView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await queries.PartnerAsync(Id, ct);
        var p = View.Profile;
        Input = new DeclareMarketProfile.Command
        {
            PackagingMaterial = p.PackagingMaterial,
            PackagingThicknessMm = p.PackagingThicknessMm,
            HasBarcode = p.HasBarcode,
            MonthlyCapacity = p.MonthlyCapacity,
            CapacityUnit = p.CapacityUnit ?? VolumeUnit.Kilogram,
            WorkingCapital = p.WorkingCapital,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await declare.HandleAsync(Id, Input, ct);
        return Redirect($"/partners/{Id}/readiness");
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => View = await queries.PartnerAsync(Id, ct);
}
