using System.Globalization;
using System.Linq.Expressions;
using Berdaya.Data;
using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Rewards;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Berdaya.Features.Exhibitions;

/// <summary>One partner for an exhibition: eligible or not and why, their streak, when last invited, and this exhibition's invitation.</summary>
public sealed record EligibleCandidate(Guid PartnerId, string Name, string? GroupName, bool Eligible, int Streak, string Why, DateOnly? LastInvited,
    Guid? InvitationId, InvitationState? State);

/// <summary>The program's partners for an exhibition, ranked (docs/domain.md, Exhibitions): how many are eligible, and one page.</summary>
public sealed record EligibilityView(Guid ExhibitionId, DateOnly JudgedOn, int Months, int Eligible, int Total, int Page, int PageSize,
    IReadOnlyList<EligibleCandidate> Candidates);

/// <summary>
/// Judges a program's borrowers for an exhibition with the one on-time rule (<see cref="Eligibility"/>, the rewards' rule):
/// the record read on the day before it opens, with the exhibition-invitation rewards issued in the window.
/// </summary>
[FeatureService]
public sealed class ExhibitionEligibility(AppDbContext db, ExhibitionAccess access, Texts texts)
{
    public const int PageSize = 50;

    public async Task<EligibilityView> ForAsync(Guid exhibitionId, int? page, CancellationToken ct = default)
    {
        var exhibition = await access.RequireExhibitionAsync(exhibitionId, ct);
        var ranked = await RankAsync(exhibition, ct);
        var p = Math.Clamp(page ?? 1, 1, 100_000);
        var shownIds = ranked.Skip((p - 1) * PageSize).Take(PageSize).Select(r => r.PartnerId).ToList();
        var judged = (await JudgeAsync(exhibition, shownIds, ct)).ToDictionary(c => c.PartnerId);
        var shown = shownIds.Select(id => judged[id]).ToList();
        return new EligibilityView(exhibition.Id, exhibition.JudgedOn(access.Today), exhibition.Months, ranked.Count(c => c.Eligible), ranked.Count, p,
            PageSize, shown);
    }

    /// <summary>Every borrower of the exhibition's program (or only <paramref name="partnerId"/>), ranked.</summary>
    public Task<IReadOnlyList<EligibleCandidate>> JudgeAsync(Exhibition exhibition, Guid? partnerId, CancellationToken ct) =>
        JudgeAsync(exhibition, partnerId is { } only ? [only] : null, ct);

    /// <summary>
    /// The borrowers named (all of the program's when <paramref name="partnerIds"/> is null), judged on their whole record in
    /// memory with the reasons, ranked.
    /// </summary>
    public async Task<IReadOnlyList<EligibleCandidate>> JudgeAsync(Exhibition exhibition, IReadOnlyList<Guid>? partnerIds, CancellationToken ct)
    {
        var asOf = exhibition.JudgedOn(access.Today);
        var loans = db.Loans.AsNoTracking().Where(l => l.ProgramId == exhibition.ProgramId && l.DisbursedOn <= asOf);
        if (partnerIds is not null)
        {
            loans = loans.Where(l => partnerIds.Contains(l.PartnerId));
        }

        var loaded = await loans.Include(l => l.Installments).ToListAsync(ct);
        var ids = loaded.Select(l => l.PartnerId).Distinct().ToList();
        var names = await db.Partners.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var memberships = await db.GroupMemberships.Where(m => m.ActivePartnerId != null && ids.Contains(m.ActivePartnerId.Value))
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { PartnerId = m.ActivePartnerId!.Value, g.Id, g.Name }).ToListAsync(ct);
        var groupOf = memberships.GroupBy(m => m.PartnerId).ToDictionary(g => g.Key, g => g.First());
        var lastOn = await LastInvitedAsync(exhibition, ids, ct);
        var mine = exhibition.Invitations.ToDictionary(i => i.PartnerId);
        var rewards = await RewardsAsync(exhibition, asOf, ct);

        Reason? RewardOf(Guid partner)
        {
            var group = groupOf.GetValueOrDefault(partner)?.Id;
            var r = rewards.Where(x => x.Scope == RewardScope.Partner ? x.PartnerId == partner : x.GroupId == group && group != null)
                .OrderByDescending(x => x.Period, StringComparer.Ordinal).FirstOrDefault();
            return r is null ? null : new Reason("exhibition.why.reward", [r.Name, r.Period]);
        }

        var candidates = new List<(EligibleCandidate Candidate, EligibilityVerdict Verdict)>();
        foreach (var p in loaded.GroupBy(l => l.PartnerId))
        {
            var name = names.GetValueOrDefault(p.Key, "");
            var record = p.SelectMany(l => OnTime.Months(l, asOf).Select(m => new PaidInstallment(name, m.Month, m.DueDate, m.PaidOffOn))).ToList();
            var verdict = Eligibility.Judge(record, asOf, exhibition.Months, RewardOf(p.Key));
            var invitation = mine.GetValueOrDefault(p.Key);
            candidates.Add((new EligibleCandidate(p.Key, name, groupOf.GetValueOrDefault(p.Key)?.Name, verdict.Eligible, verdict.Streak, Why(verdict),
                lastOn.GetValueOrDefault(p.Key), invitation?.Id, invitation?.State), verdict));
        }

        return Eligibility.Rank(candidates, c => c.Verdict, c => c.Candidate.LastInvited, c => c.Candidate.Name).Select(c => c.Candidate).ToList();
    }

    /// <summary>One installment month of the record (<see cref="OnTime.Months"/>), as the database reads it.</summary>
    public sealed class DueRow
    {
        public Guid PartnerId { get; init; }
        public DateOnly DueDate { get; init; }
        public DateOnly? PaidOffOn { get; init; }
    }

    /// <summary>What the database counts of one partner's record (see <see cref="RankAsync"/>).</summary>
    public sealed class RecordSummary
    {
        public Guid PartnerId { get; init; }
        public int Installments { get; init; }
        public int NotDue { get; init; }
        public int Open { get; init; }
        public DateOnly? LastLate { get; init; }
        public int OnTime { get; init; }
        public int WindowMonths { get; init; }
    }

    /// <summary>One partner's place in the ranking, without the reasons.</summary>
    public sealed record RankedPartner(Guid PartnerId, bool Eligible, int Streak, DateOnly? LastInvited, string Name);

    /// <summary>
    /// Every borrower of the program, eligible or not and their streak, ranked (<see cref="Eligibility.Rank"/>), counted by the
    /// database instead of read in memory (decision 0020). On the as-of date an installment due on or before it is on time when
    /// paid off by its due day, late when not and due before the as-of date, undecided when due that day; so the verdict of a
    /// partner who still owes, or will owe, an installment needs only: the latest late due date (no late one in the window),
    /// the months of the window holding an on-time installment (at least N), and the on-time installments after the
    /// latest late one (the streak). A partner whose loans are all repaid is judged on their own last months: their record is
    /// read and judged by <see cref="Eligibility.Judge"/> itself.
    /// </summary>
    public async Task<IReadOnlyList<RankedPartner>> RankAsync(Exhibition exhibition, CancellationToken ct)
    {
        var asOf = exhibition.JudgedOn(access.Today);
        var (from, _) = Qualification.Window(asOf, exhibition.Months);

        // A program of a million loans is counted over tens of millions of installments (docs/performance.md).
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var rows = Rows(exhibition.ProgramId, asOf);

        // One flag per calendar month of the window, so the months are counted without a DISTINCT.
        var g = Expression.Parameter(typeof(IGrouping<Guid, DueRow>), "g");
        Expression months = Expression.Constant(0);
        for (var m = CollectionMonth.Of(from); m.First <= asOf; m = m.Next)
        {
            var a = m.First < from ? from : m.First;
            var b = m.Last > asOf ? asOf : m.Last;
            Expression<Func<IGrouping<Guid, DueRow>, int>> flag = x => x.Max(r => r.PaidOffOn <= r.DueDate && r.DueDate >= a && r.DueDate <= b ? 1 : 0);
            months = Expression.Add(months, ReplacingExpressionVisitor.Replace(flag.Parameters[0], g, flag.Body));
        }

        Expression<Func<IGrouping<Guid, DueRow>, int, RecordSummary>> shape = (x, windowMonths) => new RecordSummary
        {
            PartnerId = x.Key,
            Installments = x.Count(),
            NotDue = x.Count(r => r.DueDate > asOf),
            Open = x.Count(r => r.DueDate <= asOf && (r.PaidOffOn == null || r.PaidOffOn > asOf)),
            LastLate = x.Max(r => r.DueDate < asOf && (r.PaidOffOn == null || r.PaidOffOn > r.DueDate) ? r.DueDate : (DateOnly?)null),
            OnTime = x.Count(r => r.DueDate <= asOf && r.PaidOffOn <= r.DueDate),
            WindowMonths = windowMonths,
        };
        var body = ReplacingExpressionVisitor.Replace(shape.Parameters[1], months, ReplacingExpressionVisitor.Replace(shape.Parameters[0], g, shape.Body));
        var select = Expression.Lambda<Func<IGrouping<Guid, DueRow>, RecordSummary>>(body, g);
        var summaries = await rows.GroupBy(r => r.PartnerId).Select(select).ToListAsync(ct);

        // The streak of a partner with a late installment: the on-time ones due after the latest late one.
        var lastLate = rows.GroupBy(r => r.PartnerId)
            .Select(x => new { PartnerId = x.Key, Last = x.Max(r => r.DueDate < asOf && (r.PaidOffOn == null || r.PaidOffOn > r.DueDate) ? r.DueDate : (DateOnly?)null) })
            .Where(x => x.Last != null);
        var streaks = await rows.Join(lastLate, r => r.PartnerId, l => l.PartnerId, (r, l) => new { r.PartnerId, r.DueDate, r.PaidOffOn, l.Last })
            .Where(r => r.DueDate <= asOf && r.PaidOffOn <= r.DueDate && r.DueDate > r.Last)
            .GroupBy(r => r.PartnerId).Select(x => new { x.Key, Count = x.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        // Partners whose loans are all repaid: judged on their own record.
        var repaid = summaries.Where(s => s.Installments > 0 && s.NotDue == 0 && s.Open == 0).Select(s => s.PartnerId).ToList();
        var repaidVerdicts = new Dictionary<Guid, EligibilityVerdict>();
        foreach (var chunk in repaid.Chunk(5_000))
        {
            var records = await rows.Where(r => chunk.Contains(r.PartnerId)).ToListAsync(ct);
            foreach (var p in records.GroupBy(r => r.PartnerId))
            {
                var record = p.Select(r => new PaidInstallment("", CollectionMonth.Of(r.DueDate).ToString(), r.DueDate, r.PaidOffOn)).ToList();
                repaidVerdicts[p.Key] = Eligibility.Judge(record, asOf, exhibition.Months, null);
            }
        }

        var rewarded = await RewardedAsync(exhibition, asOf, ct);
        var ids = summaries.Select(s => s.PartnerId).ToList();
        var lastOn = await LastInvitedAsync(exhibition, null, ct);
        var names = await db.Partners.Where(p => p.ProgramId == exhibition.ProgramId).Select(p => new { p.Id, p.OwnerName })
            .ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var ranked = summaries.Select(s =>
        {
            var streak = s.LastLate is null ? s.OnTime : streaks.GetValueOrDefault(s.PartnerId);
            var eligible = rewarded.Contains(s.PartnerId) || (repaidVerdicts.TryGetValue(s.PartnerId, out var v)
                ? v.Eligible
                : (s.LastLate is null || s.LastLate < from) && s.WindowMonths >= exhibition.Months);
            return new RankedPartner(s.PartnerId, eligible, streak, lastOn.GetValueOrDefault(s.PartnerId), names.GetValueOrDefault(s.PartnerId, ""));
        });
        return Eligibility.Rank(ranked, r => new EligibilityVerdict(r.Eligible, r.Streak, []), r => r.LastInvited, r => r.Name).ToList();
    }

    /// <summary>The installment months of the program's loans disbursed by the as-of date (<see cref="OnTime.Months"/>).</summary>
    private IQueryable<DueRow> Rows(Guid programId, DateOnly asOf) =>
        from l in db.Loans
        where l.ProgramId == programId && l.DisbursedOn <= asOf
        join i in db.Installments on l.Id equals i.LoanId
        where i.ScheduleVersion == l.ScheduleVersion || i.DueDate < l.ScheduleStart
        select new DueRow { PartnerId = l.PartnerId, DueDate = i.DueDate, PaidOffOn = i.PaidOffOn };

    private async Task<Dictionary<Guid, DateOnly?>> LastInvitedAsync(Exhibition exhibition, IReadOnlyList<Guid>? partnerIds, CancellationToken ct)
    {
        var invitations = db.ExhibitionInvitations.Where(i => i.ExhibitionId != exhibition.Id);
        if (partnerIds is not null)
        {
            invitations = invitations.Where(i => partnerIds.Contains(i.PartnerId));
        }

        var last = await invitations.GroupBy(i => i.PartnerId).Select(g => new { g.Key, Last = g.Max(i => i.InvitedAt) }).ToListAsync(ct);
        return last.ToDictionary(x => x.Key, x => (DateOnly?)Domain.Common.BusinessCalendar.DateOf(x.Last));
    }

    private sealed record RewardRow(Guid? PartnerId, Guid? GroupId, RewardScope Scope, string Name, string Period);

    /// <summary>An issued exhibition-invitation reward for the window grants the invitation (docs/domain.md, Rewards).</summary>
    private async Task<List<RewardRow>> RewardsAsync(Exhibition exhibition, DateOnly asOf, CancellationToken ct)
    {
        var from = asOf.AddMonths(-exhibition.Months);
        var rows = await db.RewardIssues.Where(i => i.ProgramId == exhibition.ProgramId && i.AsOf > from && i.AsOf <= asOf)
            .Join(db.RewardRules.Where(r => r.Kind == RewardKind.ExhibitionInvitation), i => i.RuleId, r => r.Id,
                (i, r) => new { i.PartnerId, i.GroupId, r.Scope, r.Name, i.Period })
            .ToListAsync(ct);
        return rows.Select(r => new RewardRow(r.PartnerId, r.GroupId, r.Scope, r.Name, r.Period)).ToList();
    }

    /// <summary>The partners an issued reward makes eligible: their own, or their active group's.</summary>
    private async Task<HashSet<Guid>> RewardedAsync(Exhibition exhibition, DateOnly asOf, CancellationToken ct)
    {
        var rewards = await RewardsAsync(exhibition, asOf, ct);
        var partners = rewards.Where(r => r.Scope == RewardScope.Partner && r.PartnerId != null).Select(r => r.PartnerId!.Value).ToHashSet();
        var groups = rewards.Where(r => r.Scope != RewardScope.Partner && r.GroupId != null).Select(r => r.GroupId!.Value).Distinct().ToList();
        if (groups.Count > 0)
        {
            partners.UnionWith(await db.GroupMemberships.Where(m => m.ActivePartnerId != null && groups.Contains(m.GroupId))
                .Select(m => m.ActivePartnerId!.Value).ToListAsync(ct));
        }

        return partners;
    }

    /// <summary>The verdict's reasons in the user's language, one sentence.</summary>
    public string Why(EligibilityVerdict verdict) =>
        string.Join("; ", verdict.Reasons.Select(r => texts.Format(r.Code, CultureInfo.CurrentUICulture, [.. r.Args])));
}
