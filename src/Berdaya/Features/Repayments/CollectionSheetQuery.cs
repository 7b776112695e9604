using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Repayments;

public sealed record DueInstallmentRow(int Number, DateOnly DueDate, decimal Total, decimal Remaining);

/// <summary>One member's line on the month's sheet.</summary>
public sealed record SheetLine(Guid LoanId, string LoanNumber, Guid PartnerId, string PartnerName, string BusinessName, GroupRole Role,
    IReadOnlyList<DueInstallmentRow> Installments, decimal DueThisMonth, decimal Arrears, decimal TotalDue, decimal PaidInMonth, decimal TotalOwed,
    int DaysPastDue, Collectibility Class);

public sealed record SheetReceipt(Guid RepaymentId, Guid LoanId, string LoanNumber, string PartnerName, string ReceiptNumber, decimal Amount, bool Reversed);

/// <summary>A sheet already posted for the month, with the receipts it produced.</summary>
public sealed record PostedSheet(Guid Id, DateOnly PaidOn, decimal Total, int Payments, DateTimeOffset PostedAt, IReadOnlyList<SheetReceipt> Receipts);

/// <summary>The group's collection sheet for a month (docs/domain.md, Allocation): every active member's amount due, arrears included.</summary>
public sealed record CollectionSheetView(Guid GroupId, string GroupName, string Month, string PreviousMonth, string NextMonth, DateOnly MonthStart,
    DateOnly MonthEnd, DateOnly Today, bool Posted, IReadOnlyList<PostedSheet> Sheets, IReadOnlyList<SheetLine> Lines,
    decimal TotalDue, decimal TotalArrears, decimal TotalPaidInMonth);

/// <summary>One member's installment of the month on the "due this month" list.</summary>
public sealed record DueRow(Guid LoanId, string LoanNumber, Guid PartnerId, string PartnerName, GroupRole Role, DateOnly? DueDate,
    decimal Installment, decimal RemainingThisMonth, bool Paid, decimal PaidInMonth, bool Late, int DaysPastDue, Collectibility Class, decimal Overdue);

/// <summary>Who owes what this month and who is late today (docs/domain.md, Arrears and collectibility), late members first.</summary>
public sealed record DueList(Guid GroupId, string GroupName, string Month, string PreviousMonth, string NextMonth, DateOnly Today,
    IReadOnlyList<DueRow> Rows, int LateCount, decimal TotalInstallments, decimal TotalOverdue);

[FeatureService]
public sealed class CollectionSheetQuery(AppDbContext db, CollectionAccess access, TimeProvider clock)
{
    public async Task<CollectionSheetView> SheetAsync(Guid groupId, string? month, CancellationToken ct)
    {
        var today = clock.Today();
        var m = CollectionMonth.ParseOrCurrent(month, today);
        var data = await LoadAsync(groupId, m, today, ct);
        var lines = data.Lines.Select(x => new SheetLine(x.Loan.Id, x.Loan.Number, x.Member.Id, x.Member.OwnerName, x.Member.BusinessName, x.Member.Role,
                x.Due.DueInMonth.Select(i => new DueInstallmentRow(i.Number, i.DueDate, i.Total, i.Remaining)).ToList(),
                x.Due.DueInMonthRemaining, x.Due.Arrears, x.Due.TotalDue, x.Paid, x.Loan.TotalOwed, x.Due.DaysPastDue, x.Due.Class))
            .ToList();
        var sheets = await SheetsAsync(groupId, m, ct);
        return new CollectionSheetView(data.Group.Id, data.Group.Name, m.ToString(), m.Previous.ToString(), m.Next.ToString(), m.First, m.Last, today,
            sheets.Count > 0, sheets, lines, lines.Sum(l => l.TotalDue), lines.Sum(l => l.Arrears), lines.Sum(l => l.PaidInMonth));
    }

    public async Task<DueList> DueAsync(Guid groupId, string? month, CancellationToken ct)
    {
        var today = clock.Today();
        var m = CollectionMonth.ParseOrCurrent(month, today);
        var data = await LoadAsync(groupId, m, today, ct);
        var rows = data.Lines
            .Select(x => new DueRow(x.Loan.Id, x.Loan.Number, x.Member.Id, x.Member.OwnerName, x.Member.Role,
                x.Due.DueInMonth.Select(i => (DateOnly?)i.DueDate).FirstOrDefault(), x.Due.DueInMonth.Sum(i => i.Total), x.Due.DueInMonthRemaining,
                x.Due.DueInMonth.Count > 0 && x.Due.MonthPaid, x.Paid, x.Due.DaysPastDue > 0, x.Due.DaysPastDue, x.Due.Class, x.Due.Overdue))
            .OrderByDescending(r => r.DaysPastDue).ThenBy(r => r.PartnerName, StringComparer.CurrentCulture)
            .ToList();
        return new DueList(data.Group.Id, data.Group.Name, m.ToString(), m.Previous.ToString(), m.Next.ToString(), today, rows,
            rows.Count(r => r.Late), rows.Sum(r => r.Installment), rows.Sum(r => r.Overdue));
    }

    private sealed record Member(Guid Id, string OwnerName, string BusinessName, GroupRole Role);

    private sealed record Line(Loan Loan, Member Member, MonthDue Due, decimal Paid);

    private sealed record Loaded(CollectionGroup Group, List<Line> Lines);

    /// <summary>The group's active loans of its active members with their installments in one query, and the month's payments in another.</summary>
    private async Task<Loaded> LoadAsync(Guid groupId, CollectionMonth month, DateOnly today, CancellationToken ct)
    {
        var group = await access.RequireCollectorAsync(groupId, ct);
        var members = await db.GroupMemberships
            .Where(x => x.GroupId == groupId && x.ActivePartnerId != null)
            .Join(db.Partners, x => x.PartnerId, p => p.Id, (x, p) => new Member(p.Id, p.OwnerName, p.BusinessName, x.Role))
            .ToDictionaryAsync(x => x.Id, ct);
        var memberIds = members.Keys.ToList();
        var loans = await db.Loans.AsNoTracking().Include(l => l.Installments)
            .Where(l => l.GroupId == groupId && l.Status == LoanStatus.Active && memberIds.Contains(l.PartnerId))
            .ToListAsync(ct);
        var loanIds = loans.Select(l => l.Id).ToList();
        var paid = (await db.Repayments
                .Where(r => loanIds.Contains(r.LoanId) && r.Kind == RepaymentKind.Payment && r.ReversedById == null
                            && r.PaidOn >= month.First && r.PaidOn <= month.Last)
                .Select(r => new { r.LoanId, r.Amount })
                .ToListAsync(ct))
            .GroupBy(r => r.LoanId)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        var lines = loans
            .Select(l => new Line(l, members[l.PartnerId], MonthDue.Of(l, month, today), paid.GetValueOrDefault(l.Id)))
            .OrderBy(x => x.Member.Role).ThenBy(x => x.Member.OwnerName, StringComparer.CurrentCulture).ThenBy(x => x.Loan.DisbursedOn)
            .ToList();
        return new Loaded(group, lines);
    }

    private async Task<List<PostedSheet>> SheetsAsync(Guid groupId, CollectionMonth month, CancellationToken ct)
    {
        var sheets = await db.CollectionSheets.AsNoTracking().Where(s => s.GroupId == groupId && s.Month == month.First)
            .OrderBy(s => s.PostedAt).ToListAsync(ct);
        if (sheets.Count == 0)
        {
            return [];
        }

        var ids = sheets.Select(s => (Guid?)s.Id).ToList();
        var receipts = await db.Repayments.Where(r => ids.Contains(r.CollectionSheetId))
            .Join(db.Loans, r => r.LoanId, l => l.Id, (r, l) => new { r, l.Number, l.PartnerId })
            .Join(db.Partners, x => x.PartnerId, p => p.Id, (x, p) => new
            {
                SheetId = x.r.CollectionSheetId,
                Receipt = new SheetReceipt(x.r.Id, x.r.LoanId, x.Number, p.OwnerName, x.r.ReceiptNumber, x.r.Amount, x.r.ReversedById != null),
            })
            .ToListAsync(ct);
        return sheets.Select(s => new PostedSheet(s.Id, s.PaidOn, s.Total, s.Payments, s.PostedAt,
                receipts.Where(r => r.SheetId == s.Id).Select(r => r.Receipt).OrderBy(r => r.PartnerName, StringComparer.CurrentCulture).ToList()))
            .ToList();
    }
}
