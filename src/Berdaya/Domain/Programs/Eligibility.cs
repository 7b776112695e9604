using Berdaya.Domain.Common;

namespace Berdaya.Domain.Programs;

public enum CriterionKind
{
    IndonesianCitizen = 1,
    NoBankFinancing = 2,
    IndependentBusiness = 3,
    InOperatorArea = 4,
    MaxNetAssets = 5,
    MaxYearlySales = 6,
    MaxNetAssetsOrYearlySales = 7,
    MinMonthsInBusiness = 8,
}

/// <summary>
/// One eligibility rule of a program (configurable per program and regime; docs/domain.md, Proposals, surveys and decisions).
/// A criterion that is not mandatory (the operator's area) is reported but never rejects.
/// </summary>
public sealed class EligibilityCriterion
{
    private EligibilityCriterion() { }

    public EligibilityCriterion(CriterionKind kind, bool mandatory = true, decimal? limit = null, decimal? secondLimit = null)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Mandatory = mandatory;

        // A limit on a kind that has none would be shown but never used; drop it.
        Limit = NeedsLimit(kind) ? limit : null;
        SecondLimit = NeedsSecondLimit(kind) ? secondLimit : null;
    }

    public Guid Id { get; private set; }
    public CriterionKind Kind { get; private set; }
    public bool Mandatory { get; private set; }
    public decimal? Limit { get; private set; }
    public decimal? SecondLimit { get; private set; }

    /// <summary>Kinds that compare a fact against <see cref="Limit"/> (an amount in rupiah, or months).</summary>
    public static bool NeedsLimit(CriterionKind kind) => kind is CriterionKind.MaxNetAssets or CriterionKind.MaxYearlySales
        or CriterionKind.MaxNetAssetsOrYearlySales or CriterionKind.MinMonthsInBusiness;

    /// <summary>Only "assets or sales" has a second limit: the sales cap (2015–2017 regime).</summary>
    public static bool NeedsSecondLimit(CriterionKind kind) => kind is CriterionKind.MaxNetAssetsOrYearlySales;

    public static IEnumerable<EligibilityCriterion> PresetFor(EligibilityRegime regime) => regime switch
    {
        EligibilityRegime.Regime2007 =>
        [
            new(CriterionKind.IndonesianCitizen),
            new(CriterionKind.MaxNetAssets, limit: 200_000_000m),
            new(CriterionKind.MaxYearlySales, limit: 1_000_000_000m),
            new(CriterionKind.MinMonthsInBusiness, limit: 12),
        ],
        EligibilityRegime.Regime2015 =>
        [
            new(CriterionKind.IndonesianCitizen),
            new(CriterionKind.MaxNetAssetsOrYearlySales, limit: 500_000_000m, secondLimit: 2_500_000_000m),
            new(CriterionKind.MinMonthsInBusiness, limit: 6),
        ],
        _ =>
        [
            new(CriterionKind.IndonesianCitizen),
            new(CriterionKind.NoBankFinancing),
            new(CriterionKind.IndependentBusiness),
            new(CriterionKind.InOperatorArea, mandatory: false),
        ],
    };
}

/// <summary>The facts about an applicant that the criteria look at.</summary>
public sealed record ApplicantFacts(
    bool IsIndonesianCitizen,
    bool HasBankCredit,
    bool IsIndependentBusiness,
    string VillageCode,
    decimal NetAssets,
    decimal YearlySales,
    DateOnly? BusinessStartedOn);

public sealed record CriterionResult(CriterionKind Kind, bool Passed, bool Mandatory, decimal? Limit, decimal? SecondLimit);

public sealed record EligibilityResult(IReadOnlyList<CriterionResult> Results)
{
    /// <summary>Eligible when every mandatory criterion passes; the failed ones are listed by name.</summary>
    public bool IsEligible => Results.All(r => r.Passed || !r.Mandatory);

    public IEnumerable<CriterionResult> Failed => Results.Where(r => !r.Passed && r.Mandatory);
}

public static class Eligibility
{
    public static EligibilityResult Evaluate(IEnumerable<EligibilityCriterion> criteria, string? operatorAreaCode, ApplicantFacts facts, DateOnly asOf)
    {
        var results = new List<CriterionResult>();
        foreach (var c in criteria)
        {
            var passed = c.Kind switch
            {
                CriterionKind.IndonesianCitizen => facts.IsIndonesianCitizen,
                CriterionKind.NoBankFinancing => !facts.HasBankCredit,
                CriterionKind.IndependentBusiness => facts.IsIndependentBusiness,
                CriterionKind.InOperatorArea => string.IsNullOrEmpty(operatorAreaCode)
                    || facts.VillageCode == operatorAreaCode
                    || facts.VillageCode.StartsWith(operatorAreaCode + ".", StringComparison.Ordinal),
                CriterionKind.MaxNetAssets => facts.NetAssets <= Required(c.Limit),
                CriterionKind.MaxYearlySales => facts.YearlySales <= Required(c.Limit),
                CriterionKind.MaxNetAssetsOrYearlySales => facts.NetAssets <= Required(c.Limit) || facts.YearlySales <= Required(c.SecondLimit),
                CriterionKind.MinMonthsInBusiness => facts.BusinessStartedOn is { } started && MonthsBetween(started, asOf) >= Required(c.Limit),
                _ => throw new DomainException("eligibility.unknown"),
            };
            results.Add(new CriterionResult(c.Kind, passed, c.Mandatory, c.Limit, c.SecondLimit));
        }

        return new EligibilityResult(results);
    }

    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (to.Day < from.Day)
        {
            months--;
        }

        return Math.Max(0, months);
    }

    private static decimal Required(decimal? limit) => limit ?? throw new DomainException("eligibility.limit.missing");
}
