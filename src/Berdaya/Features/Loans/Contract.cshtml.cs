using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Loans;

/// <summary>The printable contract (perjanjian pinjaman), in Bahasa Indonesia only: it is the signed legal text.</summary>
public sealed class ContractModel(LoanDocuments documents) : PageModel
{
    public LoanCard Loan { get; private set; } = null!;
    public LoanParties Parties { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        (Loan, Parties) = await documents.ContractAsync(id, ct);
        return Page();
    }
}
