using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Rewards;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Rewards;

/// <summary>A rule as the pages and the API show it.</summary>
public sealed record RewardRuleView(Guid Id, Guid ProgramId, string Name, RewardScope Scope, int Months, RewardKind Kind, string? Item,
    decimal? CeilingIncrease);

/// <summary>One partner or group under a rule on a date: whether they qualify, why, and whether the reward was already issued.</summary>
public sealed record Candidate(Guid ReceiverId, string Name, Guid? GroupId, string? GroupName, bool Qualifies, string Why, Guid? IssueId);

/// <summary>Who qualifies under a rule on a date (docs/domain.md, Rewards), qualifying first, then by name.</summary>
public sealed record QualificationView(RewardRuleView Rule, DateOnly AsOf, DateOnly From, DateOnly To, string Period, IReadOnlyList<Candidate> Candidates);

/// <summary>
/// Judges a program's borrowers, or its groups, against a reward rule (docs/domain.md, Rewards) on the on-time
/// record lending keeps: the loans with an installment due in the rule's window, read with their installments.
/// </summary>
[FeatureService]
public sealed class RewardEvaluation(AppDbContext db, CurrentUser me, Texts texts, TimeProvider clock)
{
    /// <summary>The program office's roles: only they define, judge and issue rewards.</summary>
    public void RequireOffice()
    {
        if (!me.IsAdmin && !me.IsOfficer)
        {
            throw new DomainException("reward.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>A rule of a program in scope (404 otherwise).</summary>
    public async Task<RewardRule> RuleAsync(Guid ruleId, CancellationToken ct)
    {
        RequireOffice();
        var rule = await db.RewardRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == ruleId, ct)
                   ?? throw new DomainException("reward.rule.notfound", "Id", ErrorKind.NotFound);
        var scope = await me.ScopeAsync(ct);
        return scope.IsAdmin || scope.ProgramIds.Contains(rule.ProgramId) ? rule : throw new DomainException("reward.rule.notfound", "Id", ErrorKind.NotFound);
    }

    public static RewardRuleView View(RewardRule r) => new(r.Id, r.ProgramId, r.Name, r.Scope, r.Months, r.Kind, r.Item, r.CeilingIncrease);

    /// <summary>The as-of date: given, not in the future, not before the program's calendar.</summary>
    public DateOnly CheckAsOf(DateOnly? asOf, string field)
    {
        var errors = new List<DomainException>();
        if (asOf is not { } d)
        {
            errors.Add(new DomainException("reward.asof.required", field));
        }
        else if (d > clock.Today())
        {
            errors.Add(new DomainException("date.future", field));
        }
        else if (d < BusinessCalendar.Earliest)
        {
            errors.Add(new DomainException("reward.asof.early", field));
        }

        return errors.Count > 0 ? throw new DomainValidationException(errors) : asOf!.Value;
    }

    public async Task<QualificationView> QualificationAsync(Guid ruleId, DateOnly? asOf, CancellationToken ct)
    {
        var rule = await RuleAsync(ruleId, ct);
        var on = CheckAsOf(asOf ?? clock.Today(), "On");
        return await JudgeAsync(rule, on, null, ct);
    }

    /// <summary>Judges every receiver of the rule's program, or only <paramref name="receiverId"/>.</summary>
    public async Task<QualificationView> JudgeAsync(RewardRule rule, DateOnly asOf, Guid? receiverId, CancellationToken ct)
    {
        var (from, to) = Qualification.Window(asOf, rule.Months);
        var loans = db.Loans.AsNoTracking().Where(l => l.ProgramId == rule.ProgramId && l.DisbursedOn <= asOf
                                                       && l.Installments.Any(i => i.DueDate >= from && i.DueDate <= to));
        if (receiverId is { } only)
        {
            loans = rule.Scope == RewardScope.Partner ? loans.Where(l => l.PartnerId == only) : loans.Where(l => l.GroupId == only);
        }

        var loaded = await loans.Include(l => l.Installments).ToListAsync(ct);
        var partnerIds = loaded.Select(l => l.PartnerId).Distinct().ToList();
        var names = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var memberships = await db.GroupMemberships.Where(m => m.ActivePartnerId != null && partnerIds.Contains(m.ActivePartnerId.Value))
            .Select(m => new { PartnerId = m.ActivePartnerId!.Value, m.GroupId }).ToListAsync(ct);
        var groupIds = memberships.Select(m => m.GroupId).Concat(loaded.Where(l => l.GroupId != null).Select(l => l.GroupId!.Value)).Distinct().ToList();
        var groupNames = await db.Groups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var period = RewardIssue.PeriodOf(asOf);
        var issued = await db.RewardIssues.Where(i => i.RuleId == rule.Id && i.Period == period).ToDictionaryAsync(i => i.ReceiverId, i => i.Id, ct);

        IEnumerable<PaidInstallment> Record(IEnumerable<Domain.Loans.Loan> ls) =>
            ls.SelectMany(l => OnTime.Months(l, asOf).Select(m => new PaidInstallment(names.GetValueOrDefault(l.PartnerId, ""), m.Month, m.DueDate, m.PaidOffOn)));

        var candidates = new List<Candidate>();
        if (rule.Scope == RewardScope.Partner)
        {
            foreach (var p in loaded.GroupBy(l => l.PartnerId))
            {
                var verdict = Qualification.Judge(Record(p), asOf, rule.Months, false);
                var group = memberships.FirstOrDefault(m => m.PartnerId == p.Key)?.GroupId;
                candidates.Add(new Candidate(p.Key, names.GetValueOrDefault(p.Key, ""), group, group is { } g ? groupNames.GetValueOrDefault(g) : null,
                    verdict.Qualifies, Why(verdict), issued.TryGetValue(p.Key, out var id) ? id : null));
            }
        }
        else
        {
            foreach (var g in loaded.Where(l => l.GroupId != null).GroupBy(l => l.GroupId!.Value))
            {
                var verdict = Qualification.Judge(Record(g), asOf, rule.Months, true);
                candidates.Add(new Candidate(g.Key, groupNames.GetValueOrDefault(g.Key, ""), g.Key, groupNames.GetValueOrDefault(g.Key), verdict.Qualifies,
                    Why(verdict), issued.TryGetValue(g.Key, out var id) ? id : null));
            }
        }

        var ordered = candidates.OrderByDescending(c => c.Qualifies).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new QualificationView(View(rule), asOf, from, to, period, ordered);
    }

    /// <summary>The verdict's reasons in the user's language, one sentence.</summary>
    public string Why(Verdict verdict) =>
        string.Join("; ", verdict.Reasons.Select(r => texts.Format(r.Code, CultureInfo.CurrentUICulture, [.. r.Args])));
}
