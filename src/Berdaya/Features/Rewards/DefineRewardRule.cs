using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Rewards;
using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Rewards;

/// <summary>A program's new reward rule (docs/domain.md, Rewards): the program office only.</summary>
[FeatureService]
public sealed class DefineRewardRule(AppDbContext db, CurrentUser me, RewardEvaluation evaluation, TimeProvider clock)
{
    public sealed record Command
    {
        public Guid? ProgramId { get; set; }
        public string? Name { get; set; }
        public RewardScope? Scope { get; set; }
        public int? Months { get; set; }
        public RewardKind? Kind { get; set; }
        public string? Item { get; set; }
        public decimal? CeilingIncrease { get; set; }
    }

    public async Task<RewardRule> HandleAsync(Command c, CancellationToken ct = default)
    {
        evaluation.RequireOffice();
        var program = c.ProgramId ?? await me.DefaultProgramAsync(ct)
            ?? throw new DomainValidationException([new DomainException("partner.program.required", "ProgramId")]);
        await me.RequireProgramAsync(program, ct);
        var rule = RewardRule.Create(program, c.Name, c.Scope, c.Months, c.Kind, c.Item, c.CeilingIncrease, me.RequiredId, clock.GetUtcNow());
        db.RewardRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule;
    }
}
