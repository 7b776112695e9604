using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Repayments;
using Berdaya.Web.Errors;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.CashBook;

/// <summary>
/// A month of a partner's cash book: the summary, the lines, month navigation, printable as it stands; above them the
/// lines other records offer (an outlet's payment, a supply order), each taken with one tap.
/// </summary>
public sealed class BookModel(CashBookQueries queries, CashOfferBook offers, Texts texts) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public CashBookMonthView Book { get; private set; } = null!;

    public IReadOnlyList<CashOffer> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Month) && !CollectionMonth.TryParse(Month, out _))
        {
            return NotFound();
        }

        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>Takes an offered line into the book, then shows the month it landed in.</summary>
    public async Task<IActionResult> OnPostTakeAsync(Guid id, string? type, Guid source, CancellationToken ct)
    {
        var line = await offers.TakeAsync(id, type, source, ct);
        TempData["Flash"] = texts.Format("cashbook.offer.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{id}/cashbook?month={line.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) =>
        LoadAsync(Guid.Parse((string)RouteData.Values["id"]!, CultureInfo.InvariantCulture), ct);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Book = await queries.MonthAsync(id, Month, ct);
        Offers = await offers.OpenAsync(id, ct);
    }
}
