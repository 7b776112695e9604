using Berdaya.Domain.Common;

namespace Berdaya.Domain.Loans;

public enum FeeMethod { Flat, YearlyOpeningBalance, Effective }

public enum GraceKind { FeeOnly, Nothing }

public sealed record ScheduleTerms(decimal Principal, decimal AnnualRatePercent, FeeMethod Method, int TenorMonths, int GraceMonths, GraceKind Grace, DateOnly DisbursedOn, int DueDay);

public sealed record ScheduledInstallment(int Number, DateOnly DueDate, decimal Principal, decimal Fee, decimal OutstandingAfter)
{
    public decimal Total => Principal + Fee;
}

// Interim flat-only version, replaced by the full calculation.
public static class RepaymentSchedule
{
    public static IReadOnlyList<ScheduledInstallment> Calculate(ScheduleTerms t)
    {
        if (t.Principal <= 0 || t.TenorMonths < 1)
        {
            throw new DomainValidationException([new DomainException("money.positive", "Principal")]);
        }

        var n = t.TenorMonths;
        var fee = Round(t.Principal * t.AnnualRatePercent / 100m / 12m);
        var part = decimal.Floor(t.Principal / n);
        var left = t.Principal;
        var rows = new List<ScheduledInstallment>();
        for (var k = 1; k <= n; k++)
        {
            var p = k == n ? left : part;
            left -= p;
            rows.Add(new ScheduledInstallment(k, DueDate(t.DisbursedOn, t.DueDay, k), p, fee, left));
        }

        return rows;
    }

    public static DateOnly DueDate(DateOnly disbursedOn, int dueDay, int monthsAfter)
    {
        var m = disbursedOn.AddDays(1 - disbursedOn.Day).AddMonths(monthsAfter);
        return new DateOnly(m.Year, m.Month, Math.Min(dueDay, DateTime.DaysInMonth(m.Year, m.Month)));
    }

    public static decimal Round(decimal amount) => decimal.Round(amount, 0, MidpointRounding.AwayFromZero);
}
