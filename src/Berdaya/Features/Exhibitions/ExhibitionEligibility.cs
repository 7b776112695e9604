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
        var judged = await JudgeAsync(exhibition, null, ct);
        var p = Math.Clamp(page ?? 1, 1, 100_000);
        var shown = judged.Skip((p - 1) * PageSize).Take(PageSize).ToList();
        return new EligibilityView(exhibition.Id, exhibition.JudgedOn(access.Today), exhibition.Months, judged.Count(c => c.Eligible), judged.Count, p,
            PageSize, shown);
    }

    /// <summary>Every borrower of the exhibition's program (or only <paramref name="partnerId"/>), ranked.</summary>
    public async Task<IReadOnlyList<EligibleCandidate>> JudgeAsync(Exhibition exhibition, Guid? partnerId, CancellationToken ct)
    {
        var asOf = exhibition.JudgedOn(access.Today);
        var loans = db.Loans.AsNoTracking().Where(l => l.ProgramId == exhibition.ProgramId && l.DisbursedOn <= asOf);
        if (partnerId is { } only)
        {
            loans = loans.Where(l => l.PartnerId == only);
        }

        var loaded = await loans.Include(l => l.Installments).ToListAsync(ct);
        var partnerIds = loaded.Select(l => l.PartnerId).Distinct().ToList();
        var names = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var memberships = await db.GroupMemberships.Where(m => m.ActivePartnerId != null && partnerIds.Contains(m.ActivePartnerId.Value))
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { PartnerId = m.ActivePartnerId!.Value, g.Id, g.Name }).ToListAsync(ct);
        var groupOf = memberships.GroupBy(m => m.PartnerId).ToDictionary(g => g.Key, g => g.First());
        var lastInvited = await db.ExhibitionInvitations.Where(i => partnerIds.Contains(i.PartnerId) && i.ExhibitionId != exhibition.Id)
            .GroupBy(i => i.PartnerId).Select(g => new { g.Key, Last = g.Max(i => i.InvitedAt) }).ToListAsync(ct);
        var lastOn = lastInvited.ToDictionary(x => x.Key, x => (DateOnly?)Domain.Common.BusinessCalendar.DateOf(x.Last));
        var mine = exhibition.Invitations.ToDictionary(i => i.PartnerId);

        // An issued exhibition-invitation reward for the window grants the invitation (docs/domain.md, Rewards).
        var from = asOf.AddMonths(-exhibition.Months);
        var rewards = await db.RewardIssues.Where(i => i.ProgramId == exhibition.ProgramId && i.AsOf > from && i.AsOf <= asOf)
            .Join(db.RewardRules.Where(r => r.Kind == RewardKind.ExhibitionInvitation), i => i.RuleId, r => r.Id,
                (i, r) => new { i.PartnerId, i.GroupId, r.Scope, r.Name, i.Period })
            .ToListAsync(ct);

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

    /// <summary>The verdict's reasons in the user's language, one sentence.</summary>
    public string Why(EligibilityVerdict verdict) =>
        string.Join("; ", verdict.Reasons.Select(r => texts.Format(r.Code, CultureInfo.CurrentUICulture, [.. r.Args])));
}
