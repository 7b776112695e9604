using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Domain.Programs;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Programs;

/// <summary>
/// Creates or changes a program's settings. Create and edit
/// share one rule set, so they share this handler. Every field is checked before anything is saved.
/// </summary>
[FeatureService]
public sealed class SaveProgram(AppDbContext db)
{
    /// <param name="Criteria">Null keeps the current criteria (a new program gets its regime's preset).</param>
    /// <param name="SurveyAspects">Null keeps the current aspects (a new program gets the five C's).</param>
    public sealed record Command(
        string? Code,
        string? Name,
        string? OperatorName,
        string? UnitName,
        int MinGroupSize,
        int MaxGroupSize,
        decimal MaxLoanPerPartner,
        string? OperatorAreaCode,
        [property: JsonConverter(typeof(JsonStringEnumConverter<EligibilityRegime>))] EligibilityRegime Regime,
        IReadOnlyList<CriterionInput>? Criteria = null,
        IReadOnlyList<AspectInput>? SurveyAspects = null);

    public sealed record CriterionInput(
        [property: JsonConverter(typeof(JsonStringEnumConverter<CriterionKind>))] CriterionKind Kind,
        bool Mandatory = true,
        decimal? Limit = null,
        decimal? SecondLimit = null);

    public sealed record AspectInput(string? Code, string? Name, int Order);

    public async Task<PartnershipProgram> CreateAsync(Command command, CancellationToken ct = default)
    {
        // Start from a valid shell so that every field's message is collected in one pass below.
        var program = new PartnershipProgram("-", "-", "-", "", EligibilityRegime.Regime2021, 1, 1, 1, null);
        await ApplyAsync(program, command, isNew: true, ct);
        db.Programs.Add(program);

        // A new program starts with the default training topics, editable (docs/domain.md, Coaching: trainings).
        db.TrainingTopics.AddRange(TrainingTopic.Defaults.Select(d => new TrainingTopic(program.Id, d.Code, d.Name, d.Need, d.Evidence, TrainingTopic.DefaultAdoptionWeeks)));
        await SaveAsync(program, ct);
        return program;
    }

    public async Task<PartnershipProgram> UpdateAsync(Guid id, Command command, CancellationToken ct = default)
    {
        var program = await db.Programs.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new DomainException("program.notfound", "Id", ErrorKind.NotFound);
        await ApplyAsync(program, command, isNew: false, ct);
        await SaveAsync(program, ct);
        return program;
    }

    /// <summary>Two administrators saving the same code at once: the unique index decides, and the loser gets 409.</summary>
    private async Task SaveAsync(PartnershipProgram program, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await db.Programs.AsNoTracking().AnyAsync(p => p.Code == program.Code && p.Id != program.Id, ct))
            {
                throw new DomainException("program.code.taken", "Code", ErrorKind.Conflict, program.Code);
            }

            throw;
        }
    }

    private async Task ApplyAsync(PartnershipProgram program, Command c, bool isNew, CancellationToken ct)
    {
        var errors = new List<DomainException>();
        RuleErrors.Collect(errors, () => program.ChangeCode(c.Code ?? ""));
        RuleErrors.Collect(errors, () => program.Rename(c.Name ?? "", c.OperatorName ?? "", c.UnitName ?? "", c.OperatorAreaCode));
        RuleErrors.Collect(errors, () => program.SetGroupSize(c.MinGroupSize, c.MaxGroupSize));
        RuleErrors.Collect(errors, () => program.SetMaxLoan(c.MaxLoanPerPartner));

        // The operator's area is a priority criterion compared by code prefix, so any level will do.
        var area = string.IsNullOrWhiteSpace(c.OperatorAreaCode) ? null : c.OperatorAreaCode.Trim();
        if (area is not null && !await db.Regions.AnyAsync(r => r.Code == area, ct))
        {
            errors.Add(new DomainException("program.area.unknown", "OperatorAreaCode", ErrorKind.Validation, area));
        }

        if (!Enum.IsDefined(c.Regime))
        {
            errors.Add(new DomainException("program.regime.unknown", "Regime"));
        }
        else if (!isNew && c.Regime != program.Regime)
        {
            // A new regime brings its own preset criteria (docs/domain.md, Proposals, surveys and decisions); edit them afterwards.
            program.ChangeRegime(c.Regime);
        }
        else
        {
            if (isNew)
            {
                program.ChangeRegime(c.Regime);
            }

            if (c.Criteria is not null)
            {
                RuleErrors.Collect(errors, () => program.SetCriteria(c.Criteria.Select(x => new EligibilityCriterion(x.Kind, x.Mandatory, x.Limit, x.SecondLimit))));
            }
        }

        if (c.SurveyAspects is not null)
        {
            var aspects = new List<SurveyAspect>();
            var blank = false;
            for (var i = 0; i < c.SurveyAspects.Count; i++)
            {
                var a = c.SurveyAspects[i];
                if (string.IsNullOrWhiteSpace(a.Code) || string.IsNullOrWhiteSpace(a.Name))
                {
                    errors.Add(new DomainException("program.aspect.blank", $"SurveyAspects[{i}].{(string.IsNullOrWhiteSpace(a.Code) ? "Code" : "Name")}"));
                    blank = true;
                    continue;
                }

                aspects.Add(new SurveyAspect(a.Code, a.Name, a.Order));
            }

            if (!blank)
            {
                RuleErrors.Collect(errors, () => program.SetSurveyAspects(aspects));
            }
        }

        var code = (c.Code ?? "").Trim();
        if (code.Length > 0 && await db.Programs.AnyAsync(p => p.Code == code && p.Id != program.Id, ct))
        {
            errors.Add(new DomainException("program.code.taken", "Code", ErrorKind.Conflict, code));
        }

        RuleErrors.Throw(errors);
    }
}
