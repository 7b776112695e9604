using Berdaya.Domain.Common;

namespace Berdaya.Domain.Fostering;

/// <summary>What a partner reports for a quarter (docs/domain.md, Quarterly reports), as entered.</summary>
public sealed record ReportFigures(decimal? Assets, decimal? Turnover, int? PaidEmployees, int? FamilyEmployees, decimal? ProductionVolume,
    string? ProductionUnit, string? Note);

/// <summary>
/// One version of a partner's report for a quarter (docs/domain.md, Quarterly reports): total assets, the quarter's turnover,
/// employees paid and family, production and a note. A report never changes: a correction is a new version with a reason,
/// and only the newest version of a quarter is current.
/// </summary>
public sealed class QuarterlyReport
{
    public const int MaxNote = 500;
    public const int MaxReason = 500;
    public const int MaxUnit = 20;
    public const int MaxEmployees = 100_000;
    public const decimal MaxVolume = 1_000_000_000m;

    private QuarterlyReport() { }

    private QuarterlyReport(Guid programId, Guid partnerId, Quarter quarter, int version, ReportFigures f, string? reason, DateOnly today, string by,
        DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        PartnerId = partnerId;
        QuarterIndex = quarter.Index;
        Version = version;
        Current = true;
        Assets = f.Assets!.Value;
        Turnover = f.Turnover!.Value;
        PaidEmployees = f.PaidEmployees!.Value;
        FamilyEmployees = f.FamilyEmployees!.Value;
        ProductionVolume = f.ProductionVolume;
        ProductionUnit = string.IsNullOrWhiteSpace(f.ProductionUnit) ? null : f.ProductionUnit.Trim();
        Note = string.IsNullOrWhiteSpace(f.Note) ? null : f.Note.Trim();
        CorrectionReason = reason?.Trim();
        SubmittedOn = today;
        SubmittedBy = by;
        SubmittedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }

    /// <summary>The quarter, as <see cref="Quarter.Index"/>.</summary>
    public int QuarterIndex { get; private set; }

    /// <summary>1 for the first report of the quarter, one more for each correction.</summary>
    public int Version { get; private set; }

    /// <summary>Whether this is the newest version of the quarter (only one is).</summary>
    public bool Current { get; private set; }

    public decimal Assets { get; private set; }
    public decimal Turnover { get; private set; }
    public int PaidEmployees { get; private set; }
    public int FamilyEmployees { get; private set; }
    public decimal? ProductionVolume { get; private set; }
    public string? ProductionUnit { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Why an earlier version was corrected (required from version 2).</summary>
    public string? CorrectionReason { get; private set; }

    public DateOnly SubmittedOn { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }

    public Quarter Quarter => Quarter.FromIndex(QuarterIndex);
    public int Employees => PaidEmployees + FamilyEmployees;

    /// <summary>What the group's timeline says of this report, in Bahasa Indonesia as every timeline entry; money as the caller shows it.</summary>
    public string TimelineSummary(string owner, Func<decimal, string> money) => Version == 1
        ? $"{owner}: laporan triwulan {Quarter} (aset {money(Assets)}, omset {money(Turnover)}, {Employees} tenaga kerja)"
        : $"{owner}: laporan triwulan {Quarter} dikoreksi (versi {Version}): {CorrectionReason}";

    /// <summary>The first report of a quarter that has ended (or ends today), with figures within their bounds.</summary>
    public static QuarterlyReport Submit(Guid programId, Guid partnerId, Quarter? quarter, ReportFigures f, DateOnly today, string by, DateTimeOffset at)
    {
        var errors = Problems(quarter, f, today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new QuarterlyReport(programId, partnerId, quarter!.Value, 1, f, null, today, by, at);
    }

    /// <summary>A correction: the next version, with the reason; this version stops being current.</summary>
    public QuarterlyReport Correct(ReportFigures f, string? reason, DateOnly today, string by, DateTimeOffset at)
    {
        if (!Current)
        {
            // Someone corrected it first: the newest version is the one to correct.
            throw new DomainException("fostering.report.superseded", "Version", ErrorKind.Conflict);
        }

        var errors = Problems(Quarter, f, today);
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainException("fostering.report.reason.required", "Reason"));
        }
        else if (reason.Trim().Length > MaxReason)
        {
            errors.Add(new DomainException("text.toolong", "Reason", ErrorKind.Validation, MaxReason));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Current = false;
        return new QuarterlyReport(ProgramId, PartnerId, Quarter, Version + 1, f, reason, today, by, at);
    }

    /// <summary>Every rule the figures break, named by field.</summary>
    public static List<DomainException> Problems(Quarter? quarter, ReportFigures f, DateOnly today)
    {
        var errors = new List<DomainException>();
        if (quarter is not { } q)
        {
            errors.Add(new DomainException("fostering.quarter.required", "Quarter"));
        }
        else if (q.Last > today)
        {
            errors.Add(new DomainException("fostering.quarter.future", "Quarter", ErrorKind.Validation, q.ToString()));
        }
        else if (q.First < BusinessCalendar.Earliest)
        {
            errors.Add(new DomainException("fostering.quarter.early", "Quarter"));
        }

        Money(f.Assets, "Assets", errors);
        Money(f.Turnover, "Turnover", errors);
        People(f.PaidEmployees, "PaidEmployees", errors);
        People(f.FamilyEmployees, "FamilyEmployees", errors);
        if (f.ProductionVolume is { } v && (v < 0 || v > MaxVolume))
        {
            errors.Add(new DomainException("fostering.volume.range", "ProductionVolume", ErrorKind.Validation, MaxVolume));
        }

        if (f.ProductionVolume is not null && string.IsNullOrWhiteSpace(f.ProductionUnit))
        {
            errors.Add(new DomainException("fostering.unit.required", "ProductionUnit"));
        }

        Text(f.ProductionUnit, MaxUnit, "ProductionUnit", errors);
        Text(f.Note, MaxNote, "Note", errors);
        return errors;
    }

    private static void Money(decimal? amount, string field, List<DomainException> errors)
    {
        if (amount is not { } a)
        {
            errors.Add(new DomainException("fostering.figure.required", field));
        }
        else
        {
            Rupiah.CheckNonNegative(a, field, errors);
        }
    }

    private static void People(int? count, string field, List<DomainException> errors)
    {
        if (count is not { } n)
        {
            errors.Add(new DomainException("fostering.figure.required", field));
        }
        else if (n is < 0 or > MaxEmployees)
        {
            errors.Add(new DomainException("fostering.employees.range", field, ErrorKind.Validation, MaxEmployees));
        }
    }

    private static void Text(string? text, int max, string field, List<DomainException> errors)
    {
        if (text is { } t && t.Trim().Length > max)
        {
            errors.Add(new DomainException("text.toolong", field, ErrorKind.Validation, max));
        }
    }
}
