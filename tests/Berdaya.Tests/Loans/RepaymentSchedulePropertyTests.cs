using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using CsCheck;

namespace Berdaya.Tests.Loans;

/// <summary>docs/domain.md, Schedules and rounding: what every schedule must satisfy, for random valid terms and for each kind of bad term.</summary>
public sealed class RepaymentSchedulePropertyTests
{
    // Tiny loans too: rounding matters most where a rupiah is a large share of the installment.
    private static readonly Gen<ScheduleTerms> ValidTerms =
        from principal in Gen.OneOf(Gen.Long[1, 1_000], Gen.Long[1, 1_000_000_000])
        from rateHundredths in Gen.Int[0, 2_000]
        from tenor in Gen.Int[1, 120]
        from grace in Gen.Int[0, tenor - 1]
        from method in Gen.Enum<FeeMethod>()
        from kind in Gen.Enum<GraceKind>()
        from dueDay in Gen.Int[1, 31]
        from disbursedOn in Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2040, 12, 31)]
        select new ScheduleTerms(principal, rateHundredths / 100m, method, tenor, grace, kind, disbursedOn, dueDay);

    [Fact]
    public void Every_schedule_repays_the_principal_exactly_in_whole_rupiah_on_rising_dates()
    {
        ValidTerms.Sample(terms =>
        {
            var rows = RepaymentSchedule.Calculate(terms);

            var paying = terms.TenorMonths - terms.GraceMonths;
            rows.Count.ShouldBe(terms.Grace == GraceKind.FeeOnly ? terms.TenorMonths : paying);
            rows.Select(r => r.Number).ShouldBe(Enumerable.Range(1, rows.Count));
            rows.Sum(r => r.Principal).ShouldBe(terms.Principal);

            var outstanding = terms.Principal;
            var previous = terms.DisbursedOn;
            var skipped = terms.Grace == GraceKind.Nothing ? terms.GraceMonths : 0;
            foreach (var row in rows)
            {
                row.Principal.ShouldBeGreaterThanOrEqualTo(0);
                row.Fee.ShouldBeGreaterThanOrEqualTo(0);
                foreach (var amount in new[] { row.Principal, row.Fee, row.OutstandingAfter })
                {
                    amount.ShouldBe(decimal.Truncate(amount), $"row {row.Number} is not whole rupiah");
                }

                outstanding -= row.Principal;
                row.OutstandingAfter.ShouldBe(outstanding);
                row.OutstandingAfter.ShouldBeGreaterThanOrEqualTo(0);
                row.Total.ShouldBe(row.Principal + row.Fee);

                row.DueDate.ShouldBeGreaterThan(previous);
                row.DueDate.ShouldBe(RepaymentSchedule.DueDate(terms.DisbursedOn, terms.DueDay, row.Number + skipped));
                previous = row.DueDate;
            }

            rows[^1].OutstandingAfter.ShouldBe(0);
            if (terms.Grace == GraceKind.FeeOnly)
            {
                rows.Take(terms.GraceMonths).ShouldAllBe(r => r.Principal == 0);
            }

            if (terms.AnnualRatePercent == 0)
            {
                rows.ShouldAllBe(r => r.Fee == 0);
            }
        }, iter: 3_000);
    }

    [Fact]
    public void A_due_date_is_the_due_day_or_the_last_day_of_a_shorter_month()
    {
        Gen.Select(Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2040, 12, 31)], Gen.Int[1, 31], Gen.Int[0, 360]).Sample((disbursedOn, dueDay, months) =>
        {
            var due = RepaymentSchedule.DueDate(disbursedOn, dueDay, months);

            var expectedMonth = new DateOnly(disbursedOn.Year, disbursedOn.Month, 1).AddMonths(months);
            (due.Year, due.Month).ShouldBe((expectedMonth.Year, expectedMonth.Month));
            due.Day.ShouldBe(Math.Min(dueDay, DateTime.DaysInMonth(due.Year, due.Month)));
        });
    }

    private static readonly (string Field, Func<ScheduleTerms, Gen<ScheduleTerms>> Break)[] Breakers =
    [
        ("Principal", t => Gen.Long[-1_000_000, 0].Select(p => t with { Principal = p })),
        ("Principal", t => Gen.Int[1, 99].Select(cents => t with { Principal = t.Principal + (cents / 100m) })),
        ("AnnualRatePercent", t => Gen.OneOf(Gen.Int[-10_000, -1], Gen.Int[10_001, 100_000]).Select(r => t with { AnnualRatePercent = r / 100m })),
        ("Method", t => Gen.Int[3, 100].Select(m => t with { Method = (FeeMethod)m })),
        ("TenorMonths", t => Gen.OneOf(Gen.Int[-100, 0], Gen.Int[361, 10_000]).Select(n => t with { TenorMonths = n, GraceMonths = 0 })),
        ("GraceMonths", t => Gen.OneOf(Gen.Int[-100, -1], Gen.Int[t.TenorMonths, t.TenorMonths + 100]).Select(g => t with { GraceMonths = g })),
        ("GraceKind", t => Gen.Int[2, 100].Select(k => t with { Grace = (GraceKind)k })),
        ("DueDay", t => Gen.OneOf(Gen.Int[-31, 0], Gen.Int[32, 100]).Select(d => t with { DueDay = d })),
    ];

    [Fact]
    public void One_bad_term_is_refused_naming_that_field_and_only_that_field()
    {
        var broken = from terms in ValidTerms
                     from which in Gen.Int[0, Breakers.Length - 1]
                     from bad in Breakers[which].Break(terms)
                     select (Field: Breakers[which].Field, Terms: bad);

        broken.Sample(c =>
        {
            var ex = Should.Throw<DomainValidationException>(() => RepaymentSchedule.Calculate(c.Terms));
            ex.Errors.Select(e => e.Field).Distinct().ShouldBe([c.Field]);
        }, iter: 2_000);
    }
}
