using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Repayments;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record EndorsementLine(Guid Id, EndorserRole Role, string WriterName, string Text, DateOnly WrittenOn);

/// <summary>
/// What the program knows that makes a partner worth trusting, never typed by hand (docs/domain.md, Meet and Greet: trust
/// signals): years with the program, the on-time months in a row up to the latest, licences granted and in force (NIB, PIRT,
/// Halal), exhibitions attended, market channels reached, graduated, and endorsements.
/// </summary>
/// <summary>Installment months due in a window over a set of partners, and those paid on time; <see cref="Share"/> in percent, null with none due.</summary>
public sealed record RepaymentWindow(int Partners, int Due, int OnTime)
{
    public decimal? Share => Due == 0 ? null : Math.Round(100m * OnTime / Due, 1);
}

public sealed record Signals(int Years, int OnTimeMonths, IReadOnlyList<LegalityKind> Licences, int Exhibitions, int Markets, DateOnly? GraduatedOn,
    IReadOnlyList<EndorsementLine> Endorsements)
{
    public static readonly Signals None = new(0, 0, [], 0, 0, null, []);
}

/// <summary>Reads the trust signals of a page of partners in a few queries (one per kind of record, for every partner at once).</summary>
[FeatureService]
public sealed class TrustSignals(AppDbContext db, TimeProvider clock)
{
    public static readonly LegalityKind[] Shown = [LegalityKind.Nib, LegalityKind.Pirt, LegalityKind.Halal];

    public async Task<Dictionary<Guid, Signals>> ForAsync(IReadOnlyCollection<Guid> partnerIds, CancellationToken ct)
    {
        var ids = partnerIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var today = clock.Today();
        var joined = await db.GroupMemberships.Where(m => ids.Contains(m.PartnerId)).GroupBy(m => m.PartnerId)
            .Select(g => new { g.Key, First = g.Min(m => m.JoinedOn) }).ToDictionaryAsync(x => x.Key, x => x.First, ct);
        var streaks = await StreaksAsync(ids, ct);
        var licences = await db.LegalityItems.AsNoTracking()
            .Where(l => ids.Contains(l.PartnerId) && Shown.Contains(l.Kind) && l.State == LegalityState.Granted && (l.ExpiresOn == null || l.ExpiresOn >= today))
            .Select(l => new { l.PartnerId, l.Kind }).ToListAsync(ct);
        var exhibitions = await db.ExhibitionInvitations.Where(i => ids.Contains(i.PartnerId) && i.Attended == true).GroupBy(i => i.PartnerId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var markets = await db.Placements.Where(p => ids.Contains(p.PartnerId)).Select(p => new { p.PartnerId, p.ChannelId }).Distinct().ToListAsync(ct);
        var graduated = await db.Graduations.Where(g => ids.Contains(g.PartnerId)).Select(g => new { g.PartnerId, g.GraduatedOn }).ToListAsync(ct);
        var endorsements = await db.Endorsements.AsNoTracking().Where(e => ids.Contains(e.PartnerId) && e.WithdrawnAt == null)
            .OrderByDescending(e => e.WrittenOn).ToListAsync(ct);

        var result = new Dictionary<Guid, Signals>();
        foreach (var id in ids)
        {
            result[id] = new Signals(
                joined.TryGetValue(id, out var first) ? Math.Max(0, (today.DayNumber - first.DayNumber) / 365) : 0,
                streaks.GetValueOrDefault(id),
                licences.Where(l => l.PartnerId == id).Select(l => l.Kind).Distinct().Order().ToList(),
                exhibitions.GetValueOrDefault(id),
                markets.Count(m => m.PartnerId == id),
                graduated.Where(g => g.PartnerId == id).Select(g => (DateOnly?)g.GraduatedOn).FirstOrDefault(),
                endorsements.Where(e => e.PartnerId == id).Select(e => new EndorsementLine(e.Id, e.Role, e.WriterName, e.Text, e.WrittenOn)).ToList());
        }

        return result;
    }

    /// <summary>Each partner's on-time months in a row over all their loans, read from the packed on-time records in one query.</summary>
    public async Task<Dictionary<Guid, int>> StreaksAsync(IReadOnlyCollection<Guid> partnerIds, CancellationToken ct)
    {
        var ids = partnerIds.Distinct().ToList();
        var records = await db.LoanOnTimeRecords.AsNoTracking().Where(r => ids.Contains(r.PartnerId)).Select(r => new { r.PartnerId, r.Dues }).ToListAsync(ct);
        var today = clock.Today();
        var dues = new List<DueAndPaid>();
        var result = new Dictionary<Guid, int>();
        foreach (var id in ids)
        {
            var months = new List<DueAndPaid>();
            foreach (var r in records.Where(r => r.PartnerId == id))
            {
                LoanOnTimeRecord.Unpack(r.Dues, dues);
                months.AddRange(dues);
            }

            result[id] = Streak(months, today);
        }

        return result;
    }

    /// <summary>
    /// The repayment record of a set of partners over a window (docs/domain.md, Meet and Greet: outcomes): the installment months
    /// due from <paramref name="from"/> up to <paramref name="to"/> (not after today), and how many of them were paid by their due date.
    /// </summary>
    public async Task<RepaymentWindow> WindowAsync(IReadOnlyCollection<Guid> partnerIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var ids = partnerIds.Distinct().ToList();
        var today = clock.Today();
        var records = await db.LoanOnTimeRecords.AsNoTracking().Where(r => ids.Contains(r.PartnerId)).Select(r => new { r.PartnerId, r.Dues }).ToListAsync(ct);
        var dues = new List<DueAndPaid>();
        var (due, onTime) = (0, 0);
        var counted = new HashSet<Guid>();
        foreach (var r in records)
        {
            LoanOnTimeRecord.Unpack(r.Dues, dues);
            foreach (var d in dues.Where(d => d.DueDate >= from && d.DueDate < to))
            {
                var status = OnTime.StatusOf(d.DueDate, d.PaidOffOn, today);
                if (status == OnTimeStatus.Pending)
                {
                    continue;
                }

                counted.Add(r.PartnerId);
                due++;
                onTime += status == OnTimeStatus.OnTime ? 1 : 0;
            }
        }

        return new RepaymentWindow(counted.Count, due, onTime);
    }

    /// <summary>On-time months in a row, newest first, over every loan (months not due yet are left out).</summary>
    public static int Streak(IEnumerable<DueAndPaid> dues, DateOnly today)
    {
        var streak = 0;
        foreach (var d in dues.OrderByDescending(d => d.DueDate))
        {
            var status = OnTime.StatusOf(d.DueDate, d.PaidOffOn, today);
            if (status == OnTimeStatus.Pending)
            {
                continue;
            }

            if (status != OnTimeStatus.OnTime)
            {
                break;
            }

            streak++;
        }

        return streak;
    }
}
