using System.Globalization;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Localization;
using MiniExcelLibs;

namespace Berdaya.Features.Loans;

/// <summary>
/// The loan card as an Excel workbook: sheet "Jadwal" (the schedule) and sheet
/// "Pembayaran" (every payment and reversal with its allocation), each under a header block with the
/// loan's number, partner and amounts. The card's scope and NIK rules apply: evaluators get no NIK.
/// </summary>
[FeatureService]
public sealed class LoanExport(LoanQueries queries, Texts texts)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Content, string FileName)> WorkbookAsync(Guid id, CancellationToken ct)
    {
        var card = await queries.CardAsync(id, null, ct);
        var culture = CultureInfo.CurrentUICulture;
        string T(string key) => texts.Get(key, culture);
        var fee = T(card.IsSharia ? "loanpages.margin" : "loanpages.fee");

        var schedule = Header(card, T);
        schedule.Add(Row(T("loanpages.schedule.version"), T("loanpages.no"), T("loanpages.duedate"), T("loanpages.principal"), fee,
            T("loanpages.total"), T("loanpages.principal.paid"), T("loanpages.fee.paid.short"), T("loanpages.remaining"), T("loanpages.paidoff"),
            T("loanpages.ontime")));
        foreach (var i in card.Schedule.OrderBy(i => i.Superseded ? 0 : 1).ThenBy(i => i.ScheduleVersion).ThenBy(i => i.Number))
        {
            schedule.Add(Row(i.ScheduleVersion, i.Number, Day(i.DueDate), i.Principal, i.Fee, i.Total, i.PrincipalPaid, i.FeePaid, i.Remaining,
                i.PaidOffOn is { } off ? Day(off) : null, i.PaidOffOn is null ? null : T(i.OnTime ? "loanpages.yes" : "loanpages.no.word")));
        }

        var payments = Header(card, T);
        payments.Add(Row(T("loanpages.receipt"), T("loanpages.kind"), T("loanpages.date"), T("loanpages.amount"), T("loanpages.channel"),
            T("loanpages.reference"), T("loanpages.receivedby"), T("loanpages.installment"), fee, T("loanpages.principal"), T("loanpages.reason")));
        foreach (var r in card.Repayments)
        {
            var kind = T("enum.RepaymentKind." + r.Kind);
            var sign = r.Kind == RepaymentKind.Reversal ? -1 : 1;
            if (r.Allocations.Count == 0)
            {
                payments.Add(Row(r.ReceiptNumber, kind, Day(r.PaidOn), sign * r.Amount, T("enum.PaymentChannel." + r.Channel), r.Reference, r.ReceivedBy,
                    null, sign * r.FeePart, sign * r.PrincipalPart, r.Reason));
                continue;
            }

            // One line per installment the payment went to; the payment's own columns only on its first line, so amounts add up.
            var first = true;
            foreach (var a in r.Allocations)
            {
                payments.Add(first
                    ? Row(r.ReceiptNumber, kind, Day(r.PaidOn), r.Amount, T("enum.PaymentChannel." + r.Channel), r.Reference, r.ReceivedBy,
                        a.InstallmentNumber, a.Fee, a.Principal, r.Reason)
                    : Row(r.ReceiptNumber, null, null, null, null, null, null, a.InstallmentNumber, a.Fee, a.Principal, null));
                first = false;
            }
        }

        using var stream = new MemoryStream();
        var sheets = new Dictionary<string, object> { ["Jadwal"] = schedule, ["Pembayaran"] = payments };
        await stream.SaveAsAsync(sheets, printHeader: false, cancellationToken: ct);
        return (stream.ToArray(), $"kartu-pinjaman-{card.Number}.xlsx");
    }

    private static List<Dictionary<string, object?>> Header(LoanCard c, Func<string, string> t)
    {
        var rows = new List<Dictionary<string, object?>>
        {
            Row(t("loanpages.number"), c.Number),
            Row(t("loanpages.partner"), c.OwnerName),
            Row(t("loanpages.business"), c.BusinessName),
        };
        if (c.NikMasked is not null)
        {
            rows.Add(Row("NIK", c.NikMasked));
        }

        rows.Add(Row(t("loanpages.group"), c.GroupName));
        rows.Add(Row(t("loanpages.product"), $"{c.ProductName} ({c.ProductCode} v{c.ProductVersion})"));
        rows.Add(Row(t("loanpages.disbursed"), Day(c.DisbursedOn)));
        rows.Add(Row(t("loanpages.principal"), c.Principal));
        rows.Add(Row(t("loanpages.principal.paid"), c.PrincipalPaid));
        rows.Add(Row(t("loanpages.outstanding"), c.PrincipalOutstanding));
        rows.Add(Row(t("loanpages.owed"), c.TotalOwed));
        rows.Add(Row(t("loanpages.status"), t("enum.LoanStatus." + c.Status)));
        rows.Add(Row(t("loanpages.dpd"), c.DaysPastDue));
        rows.Add(Row(t("loanpages.class"), t("enum.Collectibility." + c.Class)));
        rows.Add(Row());
        return rows;
    }

    private static DateTime Day(DateOnly d) => d.ToDateTime(TimeOnly.MinValue);

    /// <summary>A sheet row with every column present (A to K), so each row has the same shape.</summary>
    private static Dictionary<string, object?> Row(params object?[] cells)
    {
        var row = new Dictionary<string, object?>();
        for (var k = 0; k < 11; k++)
        {
            row[((char)('A' + k)).ToString()] = k < cells.Length ? cells[k] : null;
        }

        return row;
    }
}

/// <summary>The loan card's Excel export; the same scope as the card (404 out of scope).</summary>
public sealed class LoanExportApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/loans/{id:guid}/export", async (Guid id, LoanExport export, CancellationToken ct) =>
            {
                var (content, name) = await export.WorkbookAsync(id, ct);
                return Results.File(content, LoanExport.ContentType, name);
            })
            .WithTags("Loans")
            .WithSummary("The loan card as an Excel workbook: sheets Jadwal (schedule) and Pembayaran (payments with their allocation)");
}
