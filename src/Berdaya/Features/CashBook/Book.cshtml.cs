using Berdaya.Domain.Repayments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.CashBook;

/// <summary>A month of a partner's cash book: the summary, the lines, month navigation; printable as it stands.</summary>
public sealed class BookModel(CashBookQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public CashBookMonthView Book { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Month) && !CollectionMonth.TryParse(Month, out _))
        {
            return NotFound();
        }

        Book = await queries.MonthAsync(id, Month, ct);
        return Page();
    }
}
