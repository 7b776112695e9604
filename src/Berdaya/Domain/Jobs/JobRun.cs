namespace Berdaya.Domain.Jobs;

/// <summary>
/// One run of a scheduled job (docs/domain.md, Scheduled jobs): which job, on which app node, when it started
/// and ended, how far it got and how it ended, so an administrator sees every job on one page.
/// </summary>
public sealed class JobRun : Common.INotAudited
{
    public const int NameLength = 60;
    public const int NodeLength = 100;
    public const int SummaryLength = 500;

    private JobRun() { }

    public JobRun(string job, string node, DateOnly businessDate, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Job = job;
        Node = node.Length > NodeLength ? node[..NodeLength] : node;
        BusinessDate = businessDate;
        StartedAt = at;
        Outcome = JobOutcome.Running;
    }

    public Guid Id { get; private set; }
    public string Job { get; private set; } = "";
    public string Node { get; private set; } = "";

    /// <summary>The day (WIB) the run works for: the date closed, the date reminders were raised for.</summary>
    public DateOnly BusinessDate { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public JobOutcome Outcome { get; private set; }
    public int Done { get; private set; }
    public int Total { get; private set; }

    /// <summary>What the run did, in the job's own words ("412 reminders raised"), or why it failed.</summary>
    public string? Summary { get; private set; }

    public void Progress(int done, int total)
    {
        Done = Math.Max(0, done);
        Total = Math.Max(Done, total);
    }

    public void Finish(DateTimeOffset at, string? summary)
    {
        Outcome = JobOutcome.Done;
        FinishedAt = at;
        Summary = Cut(summary);
    }

    public void Fail(DateTimeOffset at, string reason)
    {
        Outcome = JobOutcome.Failed;
        FinishedAt = at;
        Summary = Cut(reason);
    }

    private static string? Cut(string? s) => s is { Length: > SummaryLength } ? s[..SummaryLength] : s;
}

public enum JobOutcome
{
    Running = 1,
    Done = 2,
    Failed = 3,
}
