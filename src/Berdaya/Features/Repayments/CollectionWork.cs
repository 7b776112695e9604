using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Repayments;

/// <summary>
/// A group treasurer's day (docs/domain.md, Roles and scope: the treasurer posts the group's monthly collection): this
/// month's collection sheet, whether it is posted, and who is late today, each linking to the page that shows them.
/// The members and their days late are counted as the "due this month" list counts them (docs/domain.md, Arrears and collectibility).
/// </summary>
[FeatureService]
public sealed class CollectionWork(CurrentUser me, AppDbContext db, TextsLocalizer t, TimeProvider clock) : IWorkSource
{
    /// <summary>Late members named on the home page; the due list shows them all.</summary>
    public const int NamedLate = 5;

    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(CancellationToken ct)
    {
        if (!me.IsPartner || (await me.ScopeAsync(ct)).PartnerId is not { } partnerId)
        {
            return [];
        }

        var groups = await db.GroupMemberships.Where(m => m.ActivePartnerId == partnerId && m.Role == GroupRole.Treasurer)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { g.Id, g.Name })
            .ToListAsync(ct);
        var today = clock.Today();
        var month = CollectionMonth.Of(today);
        var items = new List<WorkItem>();
        foreach (var group in groups)
        {
            var loans = await db.Loans.Where(l => l.GroupId == group.Id && l.Status == LoanStatus.Active)
                .Join(db.GroupMemberships.Where(m => m.GroupId == group.Id && m.ActivePartnerId != null), l => l.PartnerId, m => m.PartnerId,
                    (l, m) => new { l.PartnerId, l.OldestUnpaidDueDate })
                .Join(db.Partners, x => x.PartnerId, p => p.Id, (x, p) => new { p.OwnerName, x.OldestUnpaidDueDate })
                .ToListAsync(ct);
            var posted = await db.CollectionSheets.AnyAsync(s => s.GroupId == group.Id && s.Month == month.First, ct);
            var late = loans.Select(l => (l.OwnerName, Days: Arrears.DaysPastDue(today, l.OldestUnpaidDueDate)))
                .Where(l => l.Days > 0)
                .OrderByDescending(l => l.Days).ThenBy(l => l.OwnerName, StringComparer.CurrentCulture)
                .ToList();

            var sheet = new List<string> { t[posted ? "repayments.work.posted" : "repayments.work.notposted"], t["repayments.work.loans", loans.Count] };
            if (late.Count == 0)
            {
                sheet.Add(t["repayments.work.nolate"]);
            }

            var monthText = month.ToString();
            items.Add(new WorkItem($"collection-{group.Id:N}", WorkItem.Collection, t["repayments.work.sheet", Show.Month(month.First), group.Name],
                $"/groups/{group.Id}/collection?month={monthText}", null, sheet));
            if (late.Count > 0)
            {
                items.Add(new WorkItem($"late-{group.Id:N}", WorkItem.Collection + 1, t["repayments.work.late", group.Name],
                    $"/groups/{group.Id}/due?month={monthText}", late.Count,
                    late.Take(NamedLate).Select(l => t["repayments.work.lateone", l.OwnerName, l.Days.ToString("N0", CultureInfo.CurrentCulture)].Value).ToList()));
            }
        }

        return items;
    }
}
