using Berdaya.Domain.Loans;

namespace Berdaya.Domain.Fund;

/// <summary>
/// The program KPIs as graded for BUMN partnership programs (docs/domain.md, KPIs).
/// Rates are percentages rounded to two decimals, half away from zero, and the score is taken from the
/// rounded rate, so the score always agrees with the figure shown.
/// </summary>
public static class Kpi
{
    /// <summary>
    /// Σ(weight(class) × outstanding) ÷ total outstanding × 100 over the loans given; null when nothing
    /// is outstanding (no portfolio to grade).
    /// </summary>
    public static decimal? CollectibilityRate(IEnumerable<(Collectibility Class, decimal Outstanding)> portfolio)
    {
        decimal weighted = 0, total = 0;
        foreach (var (c, outstanding) in portfolio)
        {
            weighted += Arrears.KpiWeight(c) * outstanding;
            total += outstanding;
        }

        return total == 0 ? null : Percent(weighted, total);
    }

    /// <summary>3 at 70–100, 2 at 40–&lt;70, 1 at 10–&lt;40, 0 below 10.</summary>
    public static int CollectibilityScore(decimal rate) => rate switch
    {
        >= 70m => 3,
        >= 40m => 2,
        >= 10m => 1,
        _ => 0,
    };

    /// <summary>
    /// Funds disbursed (loans + coaching grants) ÷ funds available (opening balance + service fees + bank
    /// interest + other income + principal repaid) × 100; null when nothing was available.
    /// </summary>
    public static decimal? DisbursementEffectiveness(EffectivenessInputs x)
    {
        var available = x.OpeningCash + x.FeeIncome + x.BankInterest + x.OtherIncome + x.PrincipalRepaid;
        return available <= 0 ? null : Percent(x.LoansDisbursed + x.CoachingGrants, available);
    }

    /// <summary>3 at ≥ 90, 2 at 85–&lt;90, 1 at 80–&lt;85, 0 below 80.</summary>
    public static int EffectivenessScore(decimal rate) => rate switch
    {
        >= 90m => 3,
        >= 85m => 2,
        >= 80m => 1,
        _ => 0,
    };

    private static decimal Percent(decimal part, decimal whole) => Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);
}

/// <summary>The period's figures the disbursement effectiveness is computed from (all in rupiah).</summary>
public sealed record EffectivenessInputs(
    decimal LoansDisbursed,
    decimal CoachingGrants,
    decimal OpeningCash,
    decimal FeeIncome,
    decimal BankInterest,
    decimal OtherIncome,
    decimal PrincipalRepaid);
