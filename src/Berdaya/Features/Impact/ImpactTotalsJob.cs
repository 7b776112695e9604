using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Impact;
using Berdaya.Domain.Jobs;
using Berdaya.Web;
using Berdaya.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Impact;

/// <summary>
/// The nightly impact job (decision 0030): once a day it counts every program's impact, for the program and for each cohort of
/// one dimension (year of first loan, village, sector, group), and keeps the counts as <see cref="ImpactTotal"/> rows that the
/// dashboard reads at once. Each program's partners are read in one streamed pass; a program's rows are replaced in one
/// transaction, so a reader sees the old counts or the new, never half. Safe on several nodes: the replace of a program's rows
/// is one transaction, and a day already done is not run again.
/// </summary>
[FeatureService]
public sealed class ImpactTotalsJob(AppDbContext db, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "impact";
    private const int Batch = 5000;

    public string Name => JobName;

    public Task<DateOnly?> DueAsync(DateOnly today, CancellationToken ct) => OncePerDay.DueAsync(db, JobName, today, clock, ct);

    public async Task<string?> RunAsync(DateOnly businessDate, JobProgress progress, CancellationToken ct)
    {
        var programs = await db.Programs.OrderBy(p => p.Code).Select(p => p.Id).ToListAsync(ct);
        var rows = 0;
        for (var i = 0; i < programs.Count; i++)
        {
            rows += await CountAsync(programs[i], businessDate, ct);
            await progress.ReportAsync(i + 1, programs.Count, ct);
        }

        return $"{programs.Count} programs, {rows} cohorts";
    }

    /// <summary>Counts one program's impact as of <paramref name="asOf"/> and replaces its kept rows; returns how many were kept.</summary>
    public async Task<int> CountAsync(Guid programId, DateOnly asOf, CancellationToken ct)
    {
        var lines = new List<ImpactLine>();
        await foreach (var line in new ImpactReader(db).LinesAsync(programId).WithCancellation(ct))
        {
            lines.Add(line);
        }

        var countedAt = clock.GetUtcNow();
        var totals = new List<ImpactTotal> { new(programId, ImpactDimension.Program, "", asOf, countedAt, ImpactMath.Summarize(lines.Select(l => l.Impact))) };
        totals.AddRange(Cohorts(ImpactDimension.FirstLoanYear, l => l.FirstLoanYear?.ToString(CultureInfo.InvariantCulture)));
        totals.AddRange(Cohorts(ImpactDimension.Village, l => l.VillageCode));
        totals.AddRange(Cohorts(ImpactDimension.Sector, l => l.Sector.Length > ImpactTotal.MaxKey ? null : l.Sector));
        totals.AddRange(Cohorts(ImpactDimension.Group, l => l.GroupId?.ToString()));
        lines.Clear();

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.ImpactTotals.Where(t => t.ProgramId == programId).ExecuteDeleteAsync(ct);
            foreach (var chunk in totals.Chunk(Batch))
            {
                db.ImpactTotals.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            await tx.CommitAsync(ct);
        }

        return totals.Count;

        IEnumerable<ImpactTotal> Cohorts(ImpactDimension dimension, Func<ImpactLine, string?> key) =>
            lines.Where(l => !string.IsNullOrEmpty(key(l))).GroupBy(l => key(l)!, StringComparer.Ordinal)
                .Select(g => new ImpactTotal(programId, dimension, g.Key, asOf, countedAt, ImpactMath.Summarize(g.Select(l => l.Impact))));
    }
}
