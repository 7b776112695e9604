using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Rewards;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Rewards;

/// <summary>
/// Issues a rule's reward to a partner or a group for the period ending on a date (docs/domain.md, Rewards): refused
/// with the rule's reason when the receiver does not qualify; a second issue for the same rule, receiver and period
/// is a conflict (409). Recorded on the partner and the group's timeline (Supporting).
/// </summary>
[FeatureService]
public sealed class IssueReward(AppDbContext db, CurrentUser me, RewardEvaluation evaluation, Texts texts, TimeProvider clock)
{
    public sealed record Command
    {
        /// <summary>The partner (partner rules) or the group (group rules).</summary>
        public Guid? ReceiverId { get; set; }

        public DateOnly? AsOf { get; set; }
    }

    public async Task<RewardIssue> HandleAsync(Guid ruleId, Command c, CancellationToken ct = default)
    {
        var rule = await evaluation.RuleAsync(ruleId, ct);
        var errors = new List<DomainException>();
        DateOnly? asOf = null;
        try
        {
            asOf = evaluation.CheckAsOf(c.AsOf, "AsOf");
        }
        catch (DomainValidationException e)
        {
            errors.AddRange(e.Errors);
        }

        if (c.ReceiverId is null)
        {
            errors.Add(new DomainException("reward.receiver.required", "ReceiverId"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var receiver = c.ReceiverId!.Value;
        await RequireReceiverAsync(rule, receiver, ct);
        var judged = await evaluation.JudgeAsync(rule, asOf!.Value, receiver, ct);
        var candidate = judged.Candidates.FirstOrDefault(x => x.ReceiverId == receiver);
        if (candidate?.IssueId is not null)
        {
            throw new DomainException("reward.issued.twice", "ReceiverId", ErrorKind.Conflict, judged.Period);
        }

        if (candidate is not { Qualifies: true })
        {
            var why = candidate?.Why ?? texts.Format("reward.why.short", CultureInfo.CurrentUICulture, 0, rule.Months);
            throw new DomainValidationException([new DomainException("reward.notqualified", "ReceiverId", ErrorKind.Validation, why)]);
        }

        var id = CultureInfo.GetCultureInfo("id-ID");
        var basis = texts.Format("reward.basis", id, rule.Name, judged.From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            judged.To.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        var issue = new RewardIssue(rule, rule.Scope == RewardScope.Partner ? receiver : null, candidate.GroupId, asOf.Value, clock.Today(),
            basis, me.RequiredId, clock.GetUtcNow());
        db.RewardIssues.Add(issue);
        db.Timeline.Add(new TimelineEvent(rule.ProgramId, candidate.GroupId, issue.PartnerId, issue.IssuedOn, FivePApproach.Supporting, "reward.issued",
            texts.Format("reward.timeline", id, candidate.Name, Reward(rule, id), rule.Name), nameof(RewardIssue), issue.Id, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException("reward.issued.twice", "ReceiverId", ErrorKind.Conflict, judged.Period);
        }

        return issue;
    }

    /// <summary>The reward in words ("Merchandise: kaos dan topi berlogo Telkom").</summary>
    public string Reward(RewardRule rule, CultureInfo culture) => rule.Kind switch
    {
        RewardKind.Merchandise => texts.Format("reward.what.merchandise", culture, rule.Item ?? ""),
        RewardKind.HigherCeiling => texts.Format("reward.what.ceiling", culture, rule.CeilingIncrease ?? 0m),
        _ => texts.Get($"enum.RewardKind.{rule.Kind}", culture),
    };

    /// <summary>The receiver must be a partner or group of the rule's program (404 otherwise).</summary>
    private async Task RequireReceiverAsync(RewardRule rule, Guid receiver, CancellationToken ct)
    {
        var known = rule.Scope == RewardScope.Partner
            ? await db.Partners.AnyAsync(p => p.Id == receiver && p.ProgramId == rule.ProgramId, ct)
            : await db.Groups.AnyAsync(g => g.Id == receiver && g.ProgramId == rule.ProgramId, ct);
        if (!known)
        {
            throw new DomainException("reward.receiver.notfound", "ReceiverId", ErrorKind.NotFound);
        }
    }
}
