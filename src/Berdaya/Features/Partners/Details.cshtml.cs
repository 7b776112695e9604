using Berdaya.Data;
using Berdaya.Web.Charts;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Partners;

public sealed class DetailsModel(PartnerDetails details, RevealNik reveal, Repayments.OnTimeRecord onTime, AppDbContext db, TextsLocalizer t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PartnerDetails.Details Partner { get; private set; } = null!;

    /// <summary>Shown once, right after the audited read; never kept in the page's state.</summary>
    public string? FullNik { get; private set; }

    /// <summary>The on-time repayment record, shown only when the partner has had a loan.</summary>
    public Repayments.OnTimeView? OnTime { get; private set; }

    /// <summary>The business's figures from the baseline survey through the quarterly reports (docs/domain.md, Impact).</summary>
    public FiguresChart Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevealAsync(CancellationToken ct)
    {
        FullNik = await reveal.HandleAsync(Id, ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Partner = await details.HandleAsync(Id, ct);
        var record = await onTime.HandleAsync(Id, ct);
        OnTime = record.Months.Count > 0 ? record : null;
        Figures = new FiguresChart("partner-figures", t["impact.chart.partner"],
            await new ImpactReader(db).PartnerSeriesAsync(Id, t["impact.chart.baseline"], ct));
    }
}
