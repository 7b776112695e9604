using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Loans;

/// <summary>The receipt (kwitansi) of one payment, or the notice of its reversal (pembatalan), in Bahasa Indonesia.</summary>
public sealed class ReceiptModel(LoanDocuments documents, Texts texts) : PageModel
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public ReceiptView Receipt { get; private set; } = null!;

    /// <summary>
    /// The document as a WhatsApp message (a wa.me link: the sender picks the chat), in Bahasa Indonesia, with
    /// nothing the printed document does not show.
    /// </summary>
    public string WhatsAppLink { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid repaymentId, CancellationToken ct)
    {
        Receipt = await documents.ReceiptAsync(id, repaymentId, ct);
        WhatsAppLink = "https://wa.me/?text=" + Uri.EscapeDataString(Message(Receipt));
        return Page();
    }

    private string Message(ReceiptView v)
    {
        var r = v.Repayment;
        var c = v.Loan;
        var program = v.Parties.OperatorName + " · " + v.Parties.UnitName;
        return r.Kind == RepaymentKind.Reversal
            ? texts.Format("loanpages.doc.share.reversal", Id, r.ReceiptNumber, v.Original?.ReceiptNumber ?? "", c.OwnerName, c.Number, Show.Rupiah(r.Amount),
                Show.Date(r.PaidOn, Id), r.Reason ?? "", Show.Rupiah(v.PrincipalOutstandingAfter), program)
            : texts.Format("loanpages.doc.share.receipt", Id, r.ReceiptNumber, c.OwnerName, c.Number, Show.Rupiah(r.Amount), Terbilang.Rupiah(r.Amount),
                Show.Date(r.PaidOn, Id), v.ReceivedBy, Show.Rupiah(v.PrincipalOutstandingAfter), program);
    }
}
