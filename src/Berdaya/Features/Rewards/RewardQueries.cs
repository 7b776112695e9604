using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Rewards;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Rewards;

/// <summary>A reward given: to whom, under which rule, for which period, and what it is.</summary>
public sealed record IssuedReward(Guid Id, Guid RuleId, string RuleName, RewardKind Kind, string Reward, Guid? PartnerId, string? PartnerName,
    Guid? GroupId, string? GroupName, DateOnly AsOf, string Period, DateOnly IssuedOn, string Basis);

/// <summary>What a certificate prints: the reward, and the program that gives it.</summary>
public sealed record CertificateView(IssuedReward Reward, string ReceiverName, string? BusinessName, string ProgramName, string OperatorName,
    string UnitName, int Months);

/// <summary>Reads reward rules and the rewards given (docs/domain.md, Rewards).</summary>
[FeatureService]
public sealed class RewardQueries(AppDbContext db, CurrentUser me, RewardEvaluation evaluation, IssueReward issue)
{
    /// <summary>The rules of the programs in scope (the program office).</summary>
    public async Task<IReadOnlyList<RewardRuleView>> RulesAsync(CancellationToken ct = default)
    {
        evaluation.RequireOffice();
        var scope = await me.ScopeAsync(ct);
        var programs = scope.ProgramIds.ToList();
        var rules = await db.RewardRules.AsNoTracking().Where(r => scope.IsAdmin || programs.Contains(r.ProgramId)).OrderBy(r => r.Name).ToListAsync(ct);
        return rules.Select(RewardEvaluation.View).ToList();
    }

    /// <summary>Every reward given under a rule, newest period first: for an exhibition rule, the invitation list.</summary>
    public async Task<IReadOnlyList<IssuedReward>> IssuesOfRuleAsync(Guid ruleId, CancellationToken ct = default)
    {
        var rule = await evaluation.RuleAsync(ruleId, ct);
        return await ListAsync(db.RewardIssues.Where(i => i.RuleId == rule.Id), ct);
    }

    /// <summary>The rewards of a partner in scope (404 otherwise): their own, and those given to their group.</summary>
    public async Task<(Guid Id, string Name, IReadOnlyList<IssuedReward> Rewards)> OfPartnerAsync(Guid partnerId, CancellationToken ct = default)
    {
        var partner = await (await me.PartnersAsync(ct)).Where(p => p.Id == partnerId).Select(p => new { p.Id, p.OwnerName }).FirstOrDefaultAsync(ct)
                      ?? throw new DomainException("reward.partner.notfound", "Id", ErrorKind.NotFound);
        var groups = db.GroupMemberships.Where(m => m.ActivePartnerId == partner.Id).Select(m => m.GroupId);
        var rewards = await ListAsync(db.RewardIssues.Where(i => i.PartnerId == partner.Id || (i.PartnerId == null && i.GroupId != null && groups.Contains(i.GroupId.Value))), ct);
        return (partner.Id, partner.OwnerName, rewards);
    }

    /// <summary>A certificate: anyone who may see the receiver (the partner, or the group for a group's reward).</summary>
    public async Task<CertificateView> CertificateAsync(Guid issueId, CancellationToken ct = default)
    {
        var row = await db.RewardIssues.AsNoTracking().FirstOrDefaultAsync(i => i.Id == issueId, ct) ?? throw NotFound();
        var visible = row.PartnerId is { } pid
            ? await (await me.PartnersAsync(ct)).AnyAsync(p => p.Id == pid, ct)
            : await (await me.GroupsAsync(ct)).AnyAsync(g => g.Id == row.GroupId, ct);
        if (!visible)
        {
            throw NotFound();
        }

        var reward = (await ListAsync(db.RewardIssues.Where(i => i.Id == issueId), ct))[0];
        var program = await db.Programs.Where(p => p.Id == row.ProgramId).Select(p => new { p.Name, p.OperatorName, p.UnitName }).FirstAsync(ct);
        var months = await db.RewardRules.Where(r => r.Id == row.RuleId).Select(r => r.Months).FirstAsync(ct);
        var business = row.PartnerId is { } id ? await db.Partners.Where(p => p.Id == id).Select(p => p.BusinessName).FirstAsync(ct) : null;
        return new CertificateView(reward, reward.PartnerName ?? reward.GroupName ?? "", business, program.Name, program.OperatorName, program.UnitName, months);
    }

    private async Task<IReadOnlyList<IssuedReward>> ListAsync(IQueryable<RewardIssue> issues, CancellationToken ct)
    {
        var rows = await (from i in issues
                          join r in db.RewardRules on i.RuleId equals r.Id
                          join p in db.Partners on i.PartnerId equals p.Id into ps
                          from p in ps.DefaultIfEmpty()
                          join g in db.Groups on i.GroupId equals g.Id into gs
                          from g in gs.DefaultIfEmpty()
                          orderby i.Period descending, i.IssuedAt
                          select new { Issue = i, Rule = r, PartnerName = p == null ? null : p.OwnerName, GroupName = g == null ? null : g.Name })
            .AsNoTracking().ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture;
        return rows.Select(x => new IssuedReward(x.Issue.Id, x.Rule.Id, x.Rule.Name, x.Rule.Kind, issue.Reward(x.Rule, culture), x.Issue.PartnerId, x.PartnerName,
            x.Issue.GroupId, x.GroupName, x.Issue.AsOf, x.Issue.Period, x.Issue.IssuedOn, x.Issue.Basis)).ToList();
    }

    private static DomainException NotFound() => new("reward.issue.notfound", "Id", ErrorKind.NotFound);
}
