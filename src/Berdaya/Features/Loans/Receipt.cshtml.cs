using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Loans;

/// <summary>The receipt (kwitansi) of one payment, or the notice of its reversal (pembatalan), in Bahasa Indonesia.</summary>
public sealed class ReceiptModel(LoanDocuments documents) : PageModel
{
    public ReceiptView Receipt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid repaymentId, CancellationToken ct)
    {
        Receipt = await documents.ReceiptAsync(id, repaymentId, ct);
        return Page();
    }
}
