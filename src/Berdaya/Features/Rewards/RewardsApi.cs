using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Rewards;

/// <summary>Reward rules, who qualifies and the rewards given, as JSON through the same handlers as the pages (docs/domain.md, Rewards).</summary>
public sealed class RewardsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var rules = api.MapGroup("/reward-rules").WithTags("Rewards");

        rules.MapGet("/", (RewardQueries queries, CancellationToken ct) => queries.RulesAsync(ct))
            .WithSummary("The reward rules of the programs in scope (program office)");

        rules.MapPost("/", async ([FromBody] DefineRewardRule.Command body, DefineRewardRule define, CancellationToken ct) =>
            {
                var rule = await define.HandleAsync(body, ct);
                return Results.Created($"/api/v1/reward-rules/{rule.Id}/qualification", RewardEvaluation.View(rule));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Define a rule: name, scope (Partner or Group), months (1–60), kind (ExhibitionInvitation, Merchandise with item, Certificate, HigherCeiling with ceilingIncrease)");

        rules.MapGet("/{id:guid}/qualification", (Guid id, DateOnly? on, RewardEvaluation evaluation, CancellationToken ct) =>
                evaluation.QualificationAsync(id, on, ct))
            .WithSummary("Who qualifies under the rule on a date (on=yyyy-MM-dd, today when left out), and why not");

        rules.MapGet("/{id:guid}/issues", (Guid id, RewardQueries queries, CancellationToken ct) => queries.IssuesOfRuleAsync(id, ct))
            .WithSummary("The rewards given under the rule (for an exhibition rule: the invitation list)");

        rules.MapPost("/{id:guid}/issues", async (Guid id, [FromBody] IssueReward.Command body, IssueReward issue, CancellationToken ct) =>
            {
                var given = await issue.HandleAsync(id, body, ct);
                return Results.Created($"/rewards/issued/{given.Id}/certificate",
                    new { given.Id, given.RuleId, given.PartnerId, given.GroupId, given.AsOf, given.Period, given.IssuedOn, given.Basis });
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Issue the reward to a receiver (partner or group) for the period ending asOf: refused with the reason when they do not qualify, 409 when already given");

        api.MapGet("/partners/{id:guid}/rewards", async (Guid id, RewardQueries queries, CancellationToken ct) =>
            {
                var (partnerId, name, rewards) = await queries.OfPartnerAsync(id, ct);
                return new { partnerId, name, rewards };
            })
            .WithTags("Rewards")
            .WithSummary("The rewards of a partner: their own and their group's");
    }
}
