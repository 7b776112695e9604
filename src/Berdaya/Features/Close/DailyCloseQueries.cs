using Berdaya.Data;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Close;

/// <summary>A close as the page and the API show it; a date never closed has no id and no status.</summary>
public sealed record CloseView(Guid? Id, DateOnly BusinessDate, DailyCloseStatus? Status, bool IsMonthEnd, int TotalLoans, int ProcessedLoans,
    bool SnapshotTaken, int Runs, string? StartedBy, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    /// <summary>Share of the loans done, 0–100 (a close with no active loan is complete once it ends).</summary>
    public int Percent => TotalLoans == 0
        ? (Status == DailyCloseStatus.Done ? 100 : 0)
        : (int)Math.Min(100, ProcessedLoans * 100L / TotalLoans);
}

[FeatureService]
public sealed class DailyCloseQueries(AppDbContext db)
{
    public const int Recent = 30;

    public async Task<List<CloseView>> RecentAsync(CancellationToken ct)
    {
        var rows = await db.DailyCloses.AsNoTracking().OrderByDescending(c => c.BusinessDate).Take(Recent).ToListAsync(ct);
        var names = await NamesAsync(rows.Select(r => r.StartedBy), ct);
        return rows.Select(r => View(r, names)).ToList();
    }

    public async Task<CloseView> ForDateAsync(DateOnly date, CancellationToken ct)
    {
        var row = await db.DailyCloses.AsNoTracking().FirstOrDefaultAsync(c => c.BusinessDate == date, ct);
        if (row is null)
        {
            return new CloseView(null, date, null, date.AddDays(1).Day == 1, 0, 0, false, 0, null, null, null, null);
        }

        return View(row, await NamesAsync([row.StartedBy], ct));
    }

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static CloseView View(DailyClose c, Dictionary<string, string> names) =>
        new(c.Id, c.BusinessDate, c.Status, c.IsMonthEnd, c.TotalLoans, c.ProcessedLoans, c.SnapshotTaken, c.Runs,
            names.GetValueOrDefault(c.StartedBy, c.StartedBy), c.StartedAt, c.FinishedAt, c.Error);
}
