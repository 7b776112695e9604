using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

public sealed record LoanRow(Guid Id, string Number, Guid PartnerId, string OwnerName, string BusinessName, Guid? GroupId, string? GroupName,
    decimal Principal, decimal PrincipalOutstanding, LoanStatus Status, int DaysPastDue, Collectibility Class, DateOnly DisbursedOn);

public sealed record InstallmentRow(Guid Id, int ScheduleVersion, int Number, DateOnly DueDate, decimal Principal, decimal Fee, decimal Total,
    decimal PrincipalPaid, decimal FeePaid, decimal Remaining, DateOnly? PaidOffOn, bool OnTime, bool Superseded);

public sealed record AllocationRow(int InstallmentNumber, decimal Fee, decimal Principal);

public sealed record RepaymentRow(Guid Id, RepaymentKind Kind, string ReceiptNumber, DateOnly PaidOn, decimal Amount, decimal FeePart, decimal PrincipalPart,
    PaymentChannel Channel, string? Reference, string ReceivedBy, DateTimeOffset RecordedAt, Guid? ReversalOfId, Guid? ReversedById, string? Reason,
    IReadOnlyList<AllocationRow> Allocations);

public sealed record RescheduleRow(DateOnly On, string Reason, int FromVersion, int ToVersion, decimal PrincipalOutstanding, decimal CarriedFee,
    int FromTenorMonths, int ToTenorMonths);

/// <summary>The loan card (kartu pinjaman): terms, schedule, every payment and its allocation, the state as of a date.</summary>
public sealed record LoanCard(
    Guid Id, string Number, Guid ProgramId, Guid PartnerId, string OwnerName, string BusinessName, string? NikMasked, Guid? GroupId, string? GroupName,
    string VillageCode, Guid ProductId, string ProductName, string ProductCode, int ProductVersion, bool IsSharia,
    decimal Principal, decimal AnnualRatePercent, FeeMethod Method, int TenorMonths, int GraceMonths, GraceKind Grace, int DueDay,
    DateOnly DisbursedOn, PaymentChannel Channel, string? ChannelReference, LoanStatus Status,
    decimal PrincipalPaid, decimal FeePaid, decimal PrincipalOutstanding, decimal FeeOutstanding, decimal TotalOwed,
    DateOnly AsOf, int DaysPastDue, Collectibility Class, decimal DueByAsOf,
    DateOnly? RepaidOn, WriteOffKind? WriteOffKind, DateOnly? WrittenOffOn, string? WriteOffReference, decimal WrittenOffPrincipal,
    IReadOnlyList<InstallmentRow> Schedule, IReadOnlyList<RepaymentRow> Repayments, IReadOnlyList<RescheduleRow> Reschedules,
    LoanActions Actions);

/// <summary>A member's loan on the group page, with days past due and class as of today.</summary>
public sealed record GroupLoanRow(Guid Id, string Number, string OwnerName, decimal PrincipalOutstanding, LoanStatus Status, int DaysPastDue, Collectibility Class);

/// <summary>What the user may do with the loan now (the page shows these buttons; the handlers check again).</summary>
public sealed record LoanActions(bool Pay, bool Reverse, bool Reschedule, bool WriteOff);

[FeatureService]
public sealed class LoanQueries(AppDbContext db, LoanAccess access)
{
    public Task<List<LoanRow>> ListAsync(Guid? groupId, Guid? partnerId, LoanStatus? status, Collectibility? cls, int take, CancellationToken ct) =>
        ListAsync(groupId, partnerId, status, cls, false, take, ct);

    /// <summary>The loans in scope, newest disbursement first; <paramref name="arrears"/> keeps the ones <see cref="InArrears"/> today.</summary>
    public async Task<List<LoanRow>> ListAsync(Guid? groupId, Guid? partnerId, LoanStatus? status, Collectibility? cls, bool arrears, int take,
        CancellationToken ct)
    {
        var loans = await access.LoansAsync(ct);
        if (arrears)
        {
            loans = InArrears(loans, access.Today);
        }

        if (groupId is { } g)
        {
            loans = loans.Where(l => l.GroupId == g);
        }

        if (partnerId is { } p)
        {
            loans = loans.Where(l => l.PartnerId == p);
        }

        if (status is { } s)
        {
            loans = loans.Where(l => l.Status == s);
        }

        if (cls is { } c)
        {
            loans = loans.Where(l => l.Class == c);
        }

        return await loans
            .OrderByDescending(l => l.DisbursedOn).ThenBy(l => l.Id)
            .Take(Math.Clamp(take, 1, 500))
            .Join(db.Partners, l => l.PartnerId, p => p.Id, (l, p) => new { l, p })
            .Select(x => new LoanRow(x.l.Id, x.l.Number, x.l.PartnerId, x.p.OwnerName, x.p.BusinessName, x.l.GroupId,
                db.Groups.Where(g => g.Id == x.l.GroupId).Select(g => g.Name).FirstOrDefault(),
                x.l.Principal, x.l.PrincipalOutstanding, x.l.Status, x.l.DaysPastDue, x.l.Class, x.l.DisbursedOn))
            .ToListAsync(ct);
    }

    /// <summary>How many loans in scope are <see cref="InArrears"/> today: the home page's count of the list's <c>?arrears=true</c>.</summary>
    public async Task<int> ArrearsCountAsync(CancellationToken ct) => await InArrears(await access.LoansAsync(ct), access.Today).CountAsync(ct);

    /// <summary>
    /// Active loans with an installment unpaid after its due date, counted live like the group's loans
    /// (docs/domain.md, Arrears and collectibility): days past due above 0 today, whenever the last close ran.
    /// </summary>
    public static IQueryable<Loan> InArrears(IQueryable<Loan> loans, DateOnly today) =>
        loans.Where(l => l.Status == LoanStatus.Active && l.OldestUnpaidDueDate != null && l.OldestUnpaidDueDate < today);

    /// <summary>
    /// The group's loans the user may see, shown live (docs/domain.md, Arrears and collectibility): an active loan's days past due
    /// are counted to today from its oldest unpaid installment, so they move every day without a close.
    /// </summary>
    public async Task<List<GroupLoanRow>> GroupLoansAsync(Guid groupId, CancellationToken ct)
    {
        var today = access.Today;
        var rows = await (await access.LoansAsync(ct)).Where(l => l.GroupId == groupId)
            .Join(db.Partners, l => l.PartnerId, p => p.Id, (l, p) => new { l.Id, l.Number, p.OwnerName, l.PrincipalOutstanding, l.Status, l.OldestUnpaidDueDate, l.DaysPastDue, l.DisbursedOn })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.DisbursedOn).ThenBy(r => r.OwnerName)
            .Select(r =>
            {
                // A written-off loan keeps the days it was written off with; a repaid one owes nothing.
                var days = r.Status switch
                {
                    LoanStatus.Active => Arrears.DaysPastDue(today, r.OldestUnpaidDueDate),
                    LoanStatus.Repaid => 0,
                    _ => r.DaysPastDue,
                };
                return new GroupLoanRow(r.Id, r.Number, r.OwnerName, r.PrincipalOutstanding, r.Status, days, Arrears.ClassOf(days));
            })
            .ToList();
    }

    public async Task<LoanCard> CardAsync(Guid id, DateOnly? asOf, CancellationToken ct)
    {
        var loan = await access.LoadAsync(id, ct);
        var date = asOf ?? access.Today;
        var partner = await db.Partners.Where(p => p.Id == loan.PartnerId)
            .Select(p => new { p.OwnerName, p.BusinessName, p.Nik, p.VillageCode }).FirstAsync(ct);
        var group = loan.GroupId is { } gid ? await db.Groups.Where(g => g.Id == gid).Select(g => g.Name).FirstOrDefaultAsync(ct) : null;
        var product = await db.LoanProducts.Where(p => p.Id == loan.ProductId).Select(p => new { p.Name, p.Code, p.Version }).FirstAsync(ct);
        var repayments = await db.Repayments.AsNoTracking().Include(r => r.Allocations).Where(r => r.LoanId == id)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).ToListAsync(ct);
        var reschedules = await db.LoanReschedules.Where(r => r.LoanId == id).OrderBy(r => r.ToVersion)
            .Select(r => new RescheduleRow(r.On, r.Reason, r.FromVersion, r.ToVersion, r.PrincipalOutstanding, r.CarriedFee, r.FromTenorMonths, r.ToTenorMonths))
            .ToListAsync(ct);
        var (dpd, cls) = loan.StateAsOf(date);
        var me = access.User;
        var nik = me.MaySeeContact || me.IsPartner ? Domain.Partners.Nik.Mask(partner.Nik) : null;
        var mayCollect = loan.Status == LoanStatus.Active && (access.IsOfficer || me.IsFacilitator
                                                              || (loan.GroupId is { } g && await access.IsTreasurerAsync(g, ct)));
        return new LoanCard(
            loan.Id, loan.Number, loan.ProgramId, loan.PartnerId, partner.OwnerName, partner.BusinessName, nik, loan.GroupId, group, partner.VillageCode,
            loan.ProductId, product.Name, product.Code, product.Version, loan.IsSharia,
            loan.Principal, loan.AnnualRatePercent, loan.Method, loan.TenorMonths, loan.GraceMonths, loan.Grace, loan.DueDay,
            loan.DisbursedOn, loan.Channel, loan.ChannelReference, loan.Status,
            loan.PrincipalPaid, loan.FeePaid, loan.PrincipalOutstanding, loan.FeeOutstanding, loan.TotalOwed,
            date, dpd, cls, loan.DueBy(date),
            loan.RepaidOn, loan.WriteOffKind, loan.WrittenOffOn, loan.WriteOffReference, loan.WrittenOffPrincipal,
            loan.Installments.OrderBy(i => i.ScheduleVersion).ThenBy(i => i.Number)
                .Select(i => new InstallmentRow(i.Id, i.ScheduleVersion, i.Number, i.DueDate, i.Principal, i.Fee, i.Total, i.PrincipalPaid, i.FeePaid,
                    i.Remaining, i.PaidOffOn, i.OnTime, i.ScheduleVersion != loan.ScheduleVersion))
                .ToList(),
            repayments.Select(Row).ToList(),
            reschedules,
            new LoanActions(mayCollect, access.IsOfficer && repayments.Any(r => r.IsStanding) && loan.Status != LoanStatus.WrittenOff,
                access.IsOfficer && loan.Status == LoanStatus.Active,
                access.IsOfficer && (loan.Status == LoanStatus.Active || loan.WriteOffKind == Domain.Loans.WriteOffKind.Book)));
    }

    public async Task<RepaymentRow> RepaymentAsync(Guid loanId, Guid repaymentId, CancellationToken ct)
    {
        var loans = (await access.LoansAsync(ct)).Select(l => l.Id);
        var r = await db.Repayments.AsNoTracking().Include(x => x.Allocations)
                    .FirstOrDefaultAsync(x => x.Id == repaymentId && x.LoanId == loanId && loans.Contains(x.LoanId), ct)
                ?? throw new DomainException("repayment.notfound", "RepaymentId", ErrorKind.NotFound);
        return Row(r);
    }

    public static RepaymentRow Row(Repayment r) => new(r.Id, r.Kind, r.ReceiptNumber, r.PaidOn, r.Amount, r.FeePart, r.PrincipalPart, r.Channel, r.Reference,
        r.ReceivedBy, r.RecordedAt, r.ReversalOfId, r.ReversedById, r.Reason,
        r.Allocations.OrderBy(a => a.InstallmentNumber).Select(a => new AllocationRow(a.InstallmentNumber, a.Fee, a.Principal)).ToList());
}
