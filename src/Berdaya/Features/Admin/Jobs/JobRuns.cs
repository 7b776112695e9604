using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Jobs;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Jobs;

public sealed record JobRunRow(Guid Id, string Job, string Node, DateOnly BusinessDate, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    JobOutcome Outcome, int Done, int Total, string? Summary);

/// <summary>
/// Every scheduled job's runs for the administrator (docs/domain.md, Scheduled jobs): start, end, outcome and
/// progress, newest first; and a job started now when it is due.
/// </summary>
[FeatureService]
public sealed class JobRuns(AppDbContext db, CurrentUser me, JobRunner runner, IEnumerable<IScheduledJob> jobs)
{
    public IReadOnlyList<string> Names => jobs.Select(j => j.Name).Order(StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<JobRunRow>> ListAsync(string? job, CancellationToken ct)
    {
        Require();
        var q = db.JobRuns.AsNoTracking();
        if (!string.IsNullOrEmpty(job))
        {
            q = q.Where(r => r.Job == job);
        }

        return await q.OrderByDescending(r => r.StartedAt).Take(100)
            .Select(r => new JobRunRow(r.Id, r.Job, r.Node, r.BusinessDate, r.StartedAt, r.FinishedAt, r.Outcome, r.Done, r.Total, r.Summary))
            .ToListAsync(ct);
    }

    /// <summary>Runs the job now if it is due; a job not due (done today, or running) is a 409.</summary>
    public async Task<JobRun> RunNowAsync(string? job, CancellationToken ct)
    {
        Require();
        if (string.IsNullOrEmpty(job) || !Names.Contains(job, StringComparer.Ordinal))
        {
            throw new DomainValidationException([new DomainException("job.unknown", "Job")]);
        }

        return await runner.RunIfDueAsync(job, ct) ?? throw new DomainException("job.notdue", "Job", ErrorKind.Conflict);
    }

    private void Require()
    {
        if (!me.IsAdmin)
        {
            throw new DomainException("job.forbidden", null, ErrorKind.Forbidden);
        }
    }
}
