using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// Loans within the user's scope (docs/domain.md, Roles and scope): officers, evaluators and viewers by program,
/// facilitators by the partner's village, a partner their own loans; and who may move money.
/// </summary>
[FeatureService]
public sealed class LoanAccess(CurrentUser me, AppDbContext db, Texts texts, TimeProvider clock)
{
    /// <summary>Disbursement, reversal, rescheduling and write-off are the program office's work.</summary>
    public bool IsOfficer => me.IsAdmin || me.IsOfficer;

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => clock.Today();

    public CurrentUser User => me;

    public void RequireOfficer()
    {
        if (!IsOfficer)
        {
            throw new DomainException("loan.officer.only", null, ErrorKind.Forbidden);
        }
    }

    public async Task<IQueryable<Loan>> LoansAsync(CancellationToken ct = default)
    {
        var s = await me.ScopeAsync(ct);
        if (s.IsAdmin)
        {
            return db.Loans;
        }

        if (me.IsPartner)
        {
            // A partner sees their own loans; a treasurer also the loans of the group they collect for.
            var pid = s.PartnerId ?? Guid.Empty;
            var collects = db.GroupMemberships.Where(m => m.ActivePartnerId == pid && m.Role == GroupRole.Treasurer).Select(m => (Guid?)m.GroupId);
            return db.Loans.Where(l => l.PartnerId == pid || collects.Contains(l.GroupId));
        }

        var partners = (await me.PartnersAsync(ct)).Select(p => p.Id);
        return db.Loans.Where(l => partners.Contains(l.PartnerId));
    }

    /// <summary>The loan with its installments, or 404 when unknown or out of scope.</summary>
    public async Task<Loan> LoadAsync(Guid id, CancellationToken ct)
    {
        var loans = await LoansAsync(ct);
        var loan = await loans.FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new DomainException("loan.notfound", "Id", ErrorKind.NotFound);

        // A plain query of its own: the tracked installments are fixed up into the loan's collection.
        await db.Installments.Where(i => i.LoanId == id).LoadAsync(ct);
        return loan;
    }

    /// <summary>
    /// Who may record a payment on a loan: the office, the facilitator of the village, or the
    /// treasurer of the borrower's group (docs/domain.md, Roles and scope).
    /// </summary>
    public async Task RequireCollectorAsync(Loan loan, CancellationToken ct)
    {
        if (!await MayCollectAsync(loan, ct))
        {
            throw new DomainException("repayment.forbidden", null, ErrorKind.Forbidden);
        }
    }

    public async Task<bool> MayCollectAsync(Loan loan, CancellationToken ct) =>
        IsOfficer || me.IsFacilitator || (me.IsPartner && loan.GroupId is { } g && await IsTreasurerAsync(g, ct));

    public async Task<bool> IsTreasurerAsync(Guid groupId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        return scope.PartnerId is { } pid && await db.GroupMemberships.AnyAsync(m =>
            m.GroupId == groupId && m.ActivePartnerId == pid && m.Role == GroupRole.Treasurer, ct);
    }

    public void Record(Loan loan, FivePApproach approach, string kind, string textKey, params object[] args) =>
        db.Timeline.Add(new TimelineEvent(loan.ProgramId, loan.GroupId, loan.PartnerId, Today, approach, kind,
            texts.Format(textKey, CultureInfo.GetCultureInfo("id-ID"), args), nameof(Loan), loan.Id, Now));
}
