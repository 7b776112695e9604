using Berdaya.Domain.Common;

namespace Berdaya.Domain.Loans;

/// <summary>How the service fee is computed (docs/domain.md, Schedules and rounding).</summary>
public enum FeeMethod
{
    /// <summary>On the original principal every month (the legacy 6% product).</summary>
    Flat,

    /// <summary>On the principal outstanding at the start of each loan year, fixed for that year (2017 rules).</summary>
    YearlyOpeningBalance,

    /// <summary>Declining balance, equal installments (annuity; 2022/2023 rules).</summary>
    Effective,
}

/// <summary>What the grace months pay.</summary>
public enum GraceKind
{
    FeeOnly,
    Nothing,
}

/// <param name="TenorMonths">The loan's whole length, grace months included.</param>
/// <param name="GraceMonths">Months before principal is repaid; fewer than <paramref name="TenorMonths"/>.</param>
/// <param name="DueDay">Day of month installments fall due; past the month's end they fall on its last day.</param>
public sealed record ScheduleTerms(decimal Principal, decimal AnnualRatePercent, FeeMethod Method, int TenorMonths, int GraceMonths, GraceKind Grace, DateOnly DisbursedOn, int DueDay);

public sealed record ScheduledInstallment(int Number, DateOnly DueDate, decimal Principal, decimal Fee, decimal OutstandingAfter)
{
    public decimal Total => Principal + Fee;
}

/// <summary>
/// The repayment schedule of a loan, exact to the rupiah (docs/domain.md, Schedules and rounding): whole
/// rupiah, half away from zero, and the last installment absorbs what rounding left over.
/// </summary>
public static class RepaymentSchedule
{
    public const int MaxTenorMonths = 360;

    /// <summary>Far above any program's cap; keeps every intermediate product inside decimal's range.</summary>
    public const decimal MaxPrincipal = 1_000_000_000_000_000m;

    public static IReadOnlyList<ScheduledInstallment> Calculate(ScheduleTerms terms)
    {
        var errors = Problems(terms);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var principal = Round(terms.Principal);
        var principalRows = terms.TenorMonths - terms.GraceMonths;
        var feeOnlyRows = terms.Grace == GraceKind.FeeOnly ? terms.GraceMonths : 0;
        // With nothing to pay in grace the grace months have no rows, but the first row still waits for them.
        var skippedMonths = terms.Grace == GraceKind.Nothing ? terms.GraceMonths : 0;
        var rate = terms.AnnualRatePercent;
        var monthlyRate = rate / 1200m;

        // Without interest an annuity is equal principal parts: the flat schedule with no fee.
        var parts = terms.Method == FeeMethod.Effective && 1 + monthlyRate != 1
            ? Annuity(principal, monthlyRate, feeOnlyRows, principalRows)
            : Straight(principal, rate, terms.Method == FeeMethod.Effective ? FeeMethod.Flat : terms.Method, feeOnlyRows, principalRows);
        var rows = new List<ScheduledInstallment>(parts.Count);
        var outstanding = principal;
        for (var k = 0; k < parts.Count; k++)
        {
            outstanding -= parts[k].Principal;
            rows.Add(new ScheduledInstallment(k + 1, DueDate(terms.DisbursedOn, terms.DueDay, k + 1 + skippedMonths),
                parts[k].Principal, parts[k].Fee, outstanding));
        }

        return rows;
    }

    /// <summary>The due day of the month <paramref name="monthsAfter"/> months after disbursement, or that month's last day.</summary>
    public static DateOnly DueDate(DateOnly disbursedOn, int dueDay, int monthsAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dueDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueDay, 31);
        var month = new DateOnly(disbursedOn.Year, disbursedOn.Month, 1).AddMonths(monthsAfter);
        return month.AddDays(Math.Min(dueDay, DateTime.DaysInMonth(month.Year, month.Month)) - 1);
    }

    /// <summary>Whole rupiah, half away from zero (not banker's rounding).</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);

    /// <summary>Every broken term, so a form can name each field at once.</summary>
    internal static List<DomainException> Problems(ScheduleTerms terms)
    {
        var errors = new List<DomainException>();
        if (terms.Principal <= 0)
        {
            errors.Add(new DomainException("money.positive", nameof(ScheduleTerms.Principal)));
        }

        if (terms.Principal != decimal.Truncate(terms.Principal))
        {
            errors.Add(new DomainException("money.whole", nameof(ScheduleTerms.Principal)));
        }

        if (terms.Principal > MaxPrincipal)
        {
            errors.Add(new DomainException("schedule.principal.max", nameof(ScheduleTerms.Principal), ErrorKind.Validation, MaxPrincipal));
        }

        if (terms.AnnualRatePercent is < 0 or > 100)
        {
            errors.Add(new DomainException("schedule.rate", nameof(ScheduleTerms.AnnualRatePercent)));
        }

        if (!Enum.IsDefined(terms.Method))
        {
            errors.Add(new DomainException("schedule.method", nameof(ScheduleTerms.Method)));
        }

        if (terms.TenorMonths is < 1 or > MaxTenorMonths)
        {
            errors.Add(new DomainException("schedule.tenor", nameof(ScheduleTerms.TenorMonths), ErrorKind.Validation, MaxTenorMonths));
        }

        // Measured against the tenor when it is valid, else against the longest tenor, so one mistake is reported once.
        var maxGrace = Math.Clamp(terms.TenorMonths, 1, MaxTenorMonths) - 1;
        if (terms.GraceMonths < 0 || terms.GraceMonths > maxGrace)
        {
            errors.Add(new DomainException("schedule.grace", nameof(ScheduleTerms.GraceMonths), ErrorKind.Validation, maxGrace));
        }

        if (!Enum.IsDefined(terms.Grace))
        {
            errors.Add(new DomainException("schedule.gracekind", "GraceKind"));
        }

        if (terms.DueDay is < 1 or > 31)
        {
            errors.Add(new DomainException("schedule.dueday", nameof(ScheduleTerms.DueDay)));
        }

        // The last due date must still be a date; no real loan comes near either end.
        if (terms.DisbursedOn.Year is < 1900 or > 2200)
        {
            errors.Add(new DomainException("schedule.disbursedon", nameof(ScheduleTerms.DisbursedOn)));
        }

        return errors;
    }

    private readonly record struct Part(decimal Principal, decimal Fee);

    /// <summary>
    /// Principal in equal parts rounded down, the last part taking the remainder; the fee flat on the
    /// original principal or fixed per loan year on its opening balance.
    /// </summary>
    private static List<Part> Straight(decimal principal, decimal rate, FeeMethod method, int feeOnlyRows, int principalRows)
    {
        var total = feeOnlyRows + principalRows;
        var even = (principal - (principal % principalRows)) / principalRows;
        var principals = new decimal[total];
        for (var k = feeOnlyRows; k < total; k++)
        {
            principals[k] = k == total - 1 ? principal - (even * (principalRows - 1)) : even;
        }

        var fees = new decimal[total];
        if (method == FeeMethod.Flat)
        {
            Array.Fill(fees, Round(principal * rate / 1200m));
        }
        else
        {
            // Loan years count rows, fee-only grace rows included; the last year may be short.
            var outstanding = principal;
            for (var start = 0; start < total; start += 12)
            {
                var rowsInYear = Math.Min(12, total - start);
                var yearFee = Round(rate * outstanding * rowsInYear / 1200m);
                var each = (yearFee - (yearFee % rowsInYear)) / rowsInYear;
                for (var k = start; k < start + rowsInYear; k++)
                {
                    fees[k] = k == start + rowsInYear - 1 ? yearFee - (each * (rowsInYear - 1)) : each;
                    outstanding -= principals[k];
                }
            }
        }

        return [.. principals.Zip(fees, (p, f) => new Part(p, f))];
    }

    /// <summary>
    /// Equal installments A = P·i / (1 − (1 + i)^−n), rounded; each fee on the outstanding; the last
    /// row clears the outstanding exactly.
    /// </summary>
    private static List<Part> Annuity(decimal principal, decimal monthlyRate, int feeOnlyRows, int principalRows)
    {
        var parts = new List<Part>(feeOnlyRows + principalRows);
        var graceFee = Round(principal * monthlyRate);
        for (var k = 0; k < feeOnlyRows; k++)
        {
            parts.Add(new Part(0, graceFee));
        }

        // Decimal all the way: (1 + i)^n by repeated multiplication, never through double.
        var growth = 1m;
        for (var k = 0; k < principalRows; k++)
        {
            growth *= 1 + monthlyRate;
        }

        var installment = Round(principal * monthlyRate * growth / (growth - 1));
        var outstanding = principal;
        for (var k = 0; k < principalRows; k++)
        {
            var fee = Round(outstanding * monthlyRate);
            // Rounding the installment up on a tiny loan could repay it early; then later rows owe nothing.
            var part = k == principalRows - 1 ? outstanding : Math.Min(installment - fee, outstanding);
            parts.Add(new Part(part, fee));
            outstanding -= part;
        }

        return parts;
    }
}
