using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Programs;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Programs;

/// <summary>Programs the current user may see: administrators all, everyone else the programs of their scope.</summary>
[FeatureService]
public sealed class ProgramQueries(AppDbContext db, CurrentUser me)
{
    public async Task<List<ProgramDto>> ListAsync(CancellationToken ct = default)
    {
        var programs = await (await ScopedAsync(ct)).AsSplitQuery().OrderBy(p => p.Code).ToListAsync(ct);
        return programs.Select(ProgramDto.From).ToList();
    }

    /// <summary>Out of scope answers the same as unknown (404), so existence is not revealed.</summary>
    public async Task<ProgramDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var program = await (await ScopedAsync(ct)).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new DomainException("program.notfound", "Id", ErrorKind.NotFound);
        return ProgramDto.From(program);
    }

    private async Task<IQueryable<PartnershipProgram>> ScopedAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (scope.IsAdmin)
        {
            return db.Programs;
        }

        var ids = scope.ProgramIds.ToList();
        return db.Programs.Where(p => ids.Contains(p.Id));
    }
}

public sealed record ProgramDto(
    Guid Id,
    string Code,
    string Name,
    string OperatorName,
    string UnitName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<EligibilityRegime>))] EligibilityRegime Regime,
    int MinGroupSize,
    int MaxGroupSize,
    decimal MaxLoanPerPartner,
    string? OperatorAreaCode,
    bool IsActive,
    IReadOnlyList<CriterionDto> Criteria,
    IReadOnlyList<AspectDto> SurveyAspects)
{
    public static ProgramDto From(PartnershipProgram p) => new(p.Id, p.Code, p.Name, p.OperatorName, p.UnitName, p.Regime,
        p.MinGroupSize, p.MaxGroupSize, p.MaxLoanPerPartner, p.OperatorAreaCode, p.IsActive,
        p.Criteria.OrderBy(c => c.Kind).Select(c => new CriterionDto(c.Id, c.Kind, c.Mandatory, c.Limit, c.SecondLimit)).ToList(),
        p.SurveyAspects.OrderBy(a => a.Order).ThenBy(a => a.Code, StringComparer.Ordinal).Select(a => new AspectDto(a.Code, a.Name, a.Order)).ToList());
}

public sealed record CriterionDto(
    Guid Id,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CriterionKind>))] CriterionKind Kind,
    bool Mandatory,
    decimal? Limit,
    decimal? SecondLimit);

public sealed record AspectDto(string Code, string Name, int Order);
