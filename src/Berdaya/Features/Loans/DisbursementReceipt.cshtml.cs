using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Loans;

/// <summary>The disbursement receipt (bukti pencairan), in Bahasa Indonesia.</summary>
public sealed class DisbursementReceiptModel(LoanDocuments documents) : PageModel
{
    public LoanCard Loan { get; private set; } = null!;
    public LoanParties Parties { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        (Loan, Parties) = await documents.ContractAsync(id, ct);
        return Page();
    }
}
