namespace Berdaya.Domain.Loans;

/// <summary>
/// The close of one business date for the whole deployment: arrears and classes recomputed for every
/// loan in batches (the cursor makes it resumable after a crash), and month-end snapshots on the
/// last day of a month. Running it again for a closed date recomputes the same values.
/// </summary>
public sealed class DailyClose
{
    private DailyClose() { }

    public DailyClose(DateOnly businessDate, int totalLoans, string startedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        BusinessDate = businessDate;
        Status = DailyCloseStatus.Running;
        TotalLoans = totalLoans;
        StartedBy = startedBy;
        StartedAt = at;
        IsMonthEnd = businessDate.AddDays(1).Day == 1;
    }

    public Guid Id { get; private set; }
    public DateOnly BusinessDate { get; private set; }
    public DailyCloseStatus Status { get; private set; }
    public bool IsMonthEnd { get; private set; }
    public int TotalLoans { get; private set; }
    public int ProcessedLoans { get; private set; }

    /// <summary>The last loan id done; the next batch starts after it.</summary>
    public Guid? Cursor { get; private set; }

    public bool SnapshotTaken { get; private set; }
    public int Runs { get; private set; }
    public string StartedBy { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>
    /// What went wrong, as a code the page words in the reader's language (the details go to the log):
    /// <see cref="FailedCode"/> for a close that stopped, or the programs whose part failed in a close that
    /// finished for the others (<see cref="FailedPrograms"/>).
    /// </summary>
    public string? Error { get; private set; }

    public const string FailedCode = "close.failed";

    private const string ProgramsPrefix = "programs:";

    /// <summary>The programs whose part of a finished close failed (their figures were left as they were).</summary>
    public IReadOnlyList<Guid> FailedPrograms => Error is { } e && e.StartsWith(ProgramsPrefix, StringComparison.Ordinal)
        ? [.. e[ProgramsPrefix.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)]
        : [];

    public void Restart(int totalLoans, string by, DateTimeOffset at)
    {
        Status = DailyCloseStatus.Running;
        TotalLoans = totalLoans;
        ProcessedLoans = 0;
        Cursor = null;
        SnapshotTaken = false;
        StartedBy = by;
        StartedAt = at;
        FinishedAt = null;
        Error = null;
    }

    public void Resume()
    {
        Status = DailyCloseStatus.Running;
        Error = null;
    }

    public void Advance(Guid cursor, int processed)
    {
        Cursor = cursor;
        ProcessedLoans += processed;
    }

    public void SnapshotDone() => SnapshotTaken = true;

    public void Finish(DateTimeOffset at, IReadOnlyCollection<Guid>? failedPrograms = null)
    {
        Error = failedPrograms is { Count: > 0 }
            ? ProgramsPrefix + string.Join(',', failedPrograms.Take((ErrorLength - ProgramsPrefix.Length) / 37))
            : null;

        // Loans disbursed or repaid while the close ran move the count taken at its start; a finished
        // close reports what it actually covered, so its progress reads "n of n".
        TotalLoans = ProcessedLoans;
        Status = DailyCloseStatus.Done;
        FinishedAt = at;
        Runs++;
    }

    /// <summary>The close stopped; the cause is the log's (a database's own message is no text for officers).</summary>
    public void Fail()
    {
        Status = DailyCloseStatus.Failed;
        Error = FailedCode;
    }

    /// <summary>The longest <see cref="Error"/> the database keeps.</summary>
    public const int ErrorLength = 500;
}

public enum DailyCloseStatus
{
    Running = 1,
    Done = 2,
    Failed = 3,
}
