using Berdaya.Domain.Common;

namespace Berdaya.Domain.Fostering;

/// <summary>A program's fostering settings (docs/domain.md, Quarterly reports): when a report is due, and what fall alerts.</summary>
public sealed class FosteringSettings
{
    public const int DefaultDueDays = 15;
    public const int MaxDueDays = 90;
    public const int MaxDeclinePercent = 90;

    private FosteringSettings() { }

    public FosteringSettings(Guid programId, int reportDueDays, int declinePercent)
    {
        ProgramId = programId;
        Set(reportDueDays, declinePercent);
    }

    public Guid ProgramId { get; private set; }

    /// <summary>Days after a quarter ends by which its report is due (0–90, default 15).</summary>
    public int ReportDueDays { get; private set; } = DefaultDueDays;

    /// <summary>A fall of more than this many percent opens a follow-up (1–90, default 20).</summary>
    public int DeclinePercent { get; private set; } = Decline.DefaultPercent;

    public void Set(int reportDueDays, int declinePercent)
    {
        var errors = new List<DomainException>();
        if (reportDueDays is < 0 or > MaxDueDays)
        {
            errors.Add(new DomainException("fostering.duedays.range", "ReportDueDays", ErrorKind.Validation, 0, MaxDueDays));
        }

        if (declinePercent is < 1 or > MaxDeclinePercent)
        {
            errors.Add(new DomainException("fostering.decline.range", "DeclinePercent", ErrorKind.Validation, 1, MaxDeclinePercent));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        ReportDueDays = reportDueDays;
        DeclinePercent = declinePercent;
    }
}
