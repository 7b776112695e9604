using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Repayments;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Repayments;

/// <summary>A partner's on-time record: every installment month, and the unbroken on-time streak up to now.</summary>
public sealed record OnTimeView(Guid PartnerId, string PartnerName, DateOnly AsOf, int Streak, int OnTimeMonths, int LateMonths, int PendingMonths,
    IReadOnlyList<OnTimeMonth> Months)
{
    /// <summary>
    /// The months as a calendar strip: one line per year, twelve places (January first), each holding the installments due
    /// that month (two loans may fall in the same month). A method, so the API's answer stays as it is.
    /// </summary>
    public IReadOnlyList<(int Year, IReadOnlyList<OnTimeMonth>[] Months)> Years() =>
        Months.GroupBy(m => m.DueDate.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key, Enumerable.Range(1, 12).Select(n => (IReadOnlyList<OnTimeMonth>)g.Where(m => m.DueDate.Month == n).ToList()).ToArray()))
            .ToList();
}

/// <summary>
/// The on-time record per partner and month (docs/domain.md, Arrears and collectibility: a month is on time when
/// its installment was fully paid by its due date), over all the partner's loans.
/// </summary>
[FeatureService]
public sealed class OnTimeRecord(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    /// <summary>The record of a partner in scope (404 otherwise); empty months when the partner has no loan.</summary>
    public async Task<OnTimeView> HandleAsync(Guid partnerId, CancellationToken ct)
    {
        var partner = await (await me.PartnersAsync(ct)).Where(p => p.Id == partnerId).Select(p => new { p.Id, p.OwnerName }).FirstOrDefaultAsync(ct)
                      ?? throw new DomainException("collection.partner.notfound", "Id", ErrorKind.NotFound);
        var today = clock.Today();
        var loans = await db.Loans.AsNoTracking().Include(l => l.Installments)
            .Where(l => l.PartnerId == partner.Id)
            .OrderBy(l => l.DisbursedOn).ThenBy(l => l.Id)
            .ToListAsync(ct);
        var months = loans.SelectMany(l => OnTime.Months(l, today)).OrderBy(m => m.DueDate).ThenBy(m => m.LoanNumber, StringComparer.Ordinal).ToList();
        return new OnTimeView(partner.Id, partner.OwnerName, today, OnTime.Streak(months),
            months.Count(m => m.Status == OnTimeStatus.OnTime), months.Count(m => m.Status == OnTimeStatus.Late),
            months.Count(m => m.Status == OnTimeStatus.Pending), months);
    }
}
