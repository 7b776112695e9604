using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Close;

/// <summary>
/// A close as the page and the API show it; a date never closed has no id and no status. <see cref="Error"/>
/// is worded in the reader's language; <see cref="FailedPrograms"/> are the programs a finished close left out.
/// </summary>
public sealed record CloseView(Guid? Id, DateOnly BusinessDate, DailyCloseStatus? Status, bool IsMonthEnd, int TotalLoans, int ProcessedLoans,
    bool SnapshotTaken, int Runs, string? StartedBy, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error,
    IReadOnlyList<Guid> FailedPrograms)
{
    /// <summary>Share of the loans done, 0–100 (a close with no active loan is complete once it ends).</summary>
    public int Percent => TotalLoans == 0
        ? (Status == DailyCloseStatus.Done ? 100 : 0)
        : (int)Math.Min(100, ProcessedLoans * 100L / TotalLoans);
}

[FeatureService]
public sealed class DailyCloseQueries(AppDbContext db, Texts texts)
{
    public const int Recent = 30;

    public async Task<List<CloseView>> RecentAsync(CancellationToken ct)
    {
        var rows = await db.DailyCloses.AsNoTracking().OrderByDescending(c => c.BusinessDate).Take(Recent).ToListAsync(ct);
        var names = await NamesAsync(rows.Select(r => r.StartedBy), ct);
        var programs = await ProgramNamesAsync(rows.SelectMany(r => r.FailedPrograms), ct);
        return rows.Select(r => View(r, names, programs)).ToList();
    }

    public async Task<CloseView> ForDateAsync(DateOnly date, CancellationToken ct)
    {
        var row = await db.DailyCloses.AsNoTracking().FirstOrDefaultAsync(c => c.BusinessDate == date, ct);
        if (row is null)
        {
            return new CloseView(null, date, null, date.AddDays(1).Day == 1, 0, 0, false, 0, null, null, null, null, []);
        }

        return View(row, await NamesAsync([row.StartedBy], ct), await ProgramNamesAsync(row.FailedPrograms, ct));
    }

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private async Task<Dictionary<Guid, string>> ProgramNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.Programs.Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    private CloseView View(DailyClose c, Dictionary<string, string> names, Dictionary<Guid, string> programs) =>
        new(c.Id, c.BusinessDate, c.Status, c.IsMonthEnd, c.TotalLoans, c.ProcessedLoans, c.SnapshotTaken, c.Runs,
            names.GetValueOrDefault(c.StartedBy, c.StartedBy), c.StartedAt, c.FinishedAt, Message(c, programs), c.FailedPrograms);

    /// <summary>The stored code in words; any other stored text (a database's message, from before) reads as a plain failure.</summary>
    private string? Message(DailyClose c, Dictionary<Guid, string> programs)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (c.Error is null)
        {
            return null;
        }

        return c.FailedPrograms is { Count: > 0 } failed
            ? texts.Format("close.error.programs", culture, string.Join(", ", failed.Select(id => programs.GetValueOrDefault(id, id.ToString()))))
            : texts.Get("close.error.failed", culture);
    }
}
