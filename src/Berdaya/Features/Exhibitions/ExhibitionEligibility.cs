using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Rewards;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>One partner's place in the ranking, without the reasons.</summary>
    public sealed record RankedPartner(Guid PartnerId, bool Eligible, int Streak, DateOnly? LastInvited, string Name);

    /// <summary>
    /// Every borrower of the program, eligible or not and their streak, ranked (<see cref="Eligibility.Rank"/>), from one row per
    /// loan (<see cref="LoanOnTimeRecord"/>, decision 0023) instead of one per installment. On the as-of date an installment
    /// due on or before it is on time when paid off by its due day, late when not and due before the as-of date, undecided when
    /// due that day; a partner who still owes, or will owe, an installment is eligible when no installment of the window is
    /// late and at least N months of the window hold an on-time one. A partner whose loans are all repaid is judged on their
    /// own last months by <see cref="Eligibility.Judge"/> itself.
    /// </summary>
    public async Task<IReadOnlyList<RankedPartner>> RankAsync(Exhibition exhibition, CancellationToken ct)
    {
        var asOf = exhibition.JudgedOn(access.Today);
        var (from, _) = Qualification.Window(asOf, exhibition.Months);

        // A partner's loans, packed; most partners have one.
        var loans = new Dictionary<Guid, List<byte[]>>();
        await foreach (var r in db.LoanOnTimeRecords.AsNoTracking().Where(r => r.ProgramId == exhibition.ProgramId && r.DisbursedOn <= asOf)
                           .Select(r => new { r.PartnerId, r.Dues }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!loans.TryGetValue(r.PartnerId, out var list))
            {
                loans[r.PartnerId] = list = new List<byte[]>(1);
            }

            list.Add(r.Dues);
        }

        var rewarded = await RewardedAsync(exhibition, asOf, ct);
        var lastOn = await LastInvitedAsync(exhibition, null, ct);
        var names = await db.Partners.Where(p => p.ProgramId == exhibition.ProgramId).Select(p => new { p.Id, p.OwnerName })
            .ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var dues = new List<DueAndPaid>();
        var one = new List<DueAndPaid>();
        var months = new bool[exhibition.Months + 1];
        var ranked = new List<RankedPartner>(loans.Count);
        foreach (var (partnerId, packed) in loans)
        {
            dues.Clear();
            foreach (var p in packed)
            {
                LoanOnTimeRecord.Unpack(p, one);
                dues.AddRange(one);
            }

            var (eligible, streak) = Verdict(dues, asOf, from, exhibition.Months, months);
            ranked.Add(new RankedPartner(partnerId, rewarded.Contains(partnerId) || eligible, streak, lastOn.GetValueOrDefault(partnerId),
                names.GetValueOrDefault(partnerId, "")));
        }

        return Eligibility.Rank(ranked, r => new EligibilityVerdict(r.Eligible, r.Streak, []), r => r.LastInvited, r => r.Name).ToList();
    }

    /// <summary>
    /// One partner's verdict on their installments, as <see cref="Eligibility.Judge"/> and <see cref="Eligibility.Streak"/> decide
    /// it, counted without building the reasons (<paramref name="months"/> is scratch space, one flag per month of the window).
    /// </summary>
    private static (bool Eligible, int Streak) Verdict(List<DueAndPaid> dues, DateOnly asOf, DateOnly from, int n, bool[] months)
    {
        var notDue = 0;
        var open = 0;
        DateOnly? lastLate = null;
        foreach (var d in dues)
        {
            if (d.DueDate > asOf)
            {
                notDue++;
                continue;
            }

            if (d.PaidOffOn is null || d.PaidOffOn > asOf)
            {
                open++;
            }

            if (d.DueDate < asOf && (d.PaidOffOn is null || d.PaidOffOn > d.DueDate) && (lastLate is null || d.DueDate > lastLate))
            {
                lastLate = d.DueDate;
            }
        }

        var streak = 0;
        Array.Clear(months);
        var firstMonth = (from.Year * 12) + from.Month;
        foreach (var d in dues)
        {
            if (d.DueDate > asOf || d.PaidOffOn is not { } paid || paid > d.DueDate)
            {
                continue;
            }

            if (lastLate is null || d.DueDate > lastLate)
            {
                streak++;
            }

            if (d.DueDate >= from)
            {
                months[(d.DueDate.Year * 12) + d.DueDate.Month - firstMonth] = true;
            }
        }

        if (dues.Count > 0 && notDue == 0 && open == 0)
        {
            // Every loan repaid: their own last months decide (docs/domain.md, Exhibitions).
            var record = dues.Select(d => new PaidInstallment("", CollectionMonth.Of(d.DueDate).ToString(), d.DueDate, d.PaidOffOn)).ToList();
            return (Eligibility.Judge(record, asOf, n, null).Eligible, streak);
        }

        return ((lastLate is null || lastLate < from) && months.Count(m => m) >= n, streak);
    }

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
