using Berdaya.Domain.Common;

namespace Berdaya.Domain.Reports;

/// <summary>A total of the semester report that is checked against the ledger (docs/domain.md, Semester report).</summary>
public enum SemesterTotal
{
    /// <summary>Loans disbursed in the semester, summed over the sectors, against the ledger's disbursement entries of the semester.</summary>
    DisbursedBySector = 1,

    /// <summary>The same, summed over the provinces.</summary>
    DisbursedByProvince = 2,

    /// <summary>Loans disbursed up to the semester's end, summed over the sectors, against every disbursement entry up to then.</summary>
    DisbursedCumulative = 3,

    /// <summary>Principal outstanding at the semester's end, summed over the classes, against the loans-receivable balance then.</summary>
    Outstanding = 4,

    /// <summary>The fund position's closing balance (opening + inflows − outflows) against the ledger's cash balance at the semester's end.</summary>
    Closing = 5,
}

/// <summary>One total that disagrees: the report's figure, the ledger's, and the difference (report − ledger).</summary>
public sealed record SemesterMismatch(SemesterTotal Total, decimal Report, decimal Ledger)
{
    public decimal Difference => Report - Ledger;
}

/// <summary>
/// The semester report's totals against the ledger, before the file is made (docs/domain.md, Semester report): every total
/// must agree to the rupiah; any that does not refuses the report with all the differences at once.
/// </summary>
public static class SemesterCheck
{
    public static IReadOnlyList<SemesterMismatch> Mismatches(params (SemesterTotal Total, decimal Report, decimal Ledger)[] totals) =>
        totals.Where(t => t.Report != t.Ledger).Select(t => new SemesterMismatch(t.Total, t.Report, t.Ledger)).ToList();

    /// <summary>Refuses the report (409: the books disagree with each other, not the request) when any total disagrees.</summary>
    public static void Require(params (SemesterTotal Total, decimal Report, decimal Ledger)[] totals)
    {
        var mismatches = Mismatches(totals);
        if (mismatches.Count > 0)
        {
            throw new DomainValidationException(mismatches
                .Select(m => new DomainException("semester.mismatch", "Semester", ErrorKind.Conflict, m.Total, m.Report, m.Ledger, m.Difference))
                .ToList());
        }
    }
}
