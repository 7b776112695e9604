using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Layout;

/// <summary>
/// Which daily close a page's figures come from (docs/domain.md, Daily close): its business date and when it finished,
/// for the "as of the daily close of …" line of the reports and the fund, and the date the program office may close
/// from there (<see cref="RunDate"/>; null for everyone else, who see no button).
/// </summary>
[FeatureService]
public sealed class CloseStamps(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    /// <summary>Yesterday, the date a close on demand closes, for administrators and officers only.</summary>
    public DateOnly? RunDate => me.IsAdmin || me.IsOfficer ? clock.Today().AddDays(-1) : null;

    /// <summary>When the close of the date finished, if it did.</summary>
    public async Task<DateTimeOffset?> FinishedAtAsync(DateOnly businessDate, CancellationToken ct) =>
        await db.DailyCloses.Where(c => c.BusinessDate == businessDate && c.Status == DailyCloseStatus.Done)
            .Select(c => c.FinishedAt).FirstOrDefaultAsync(ct);

    /// <summary>The latest finished close of the deployment, if any.</summary>
    public async Task<(DateOnly BusinessDate, DateTimeOffset? FinishedAt)?> LatestAsync(CancellationToken ct)
    {
        var latest = await db.DailyCloses.Where(c => c.Status == DailyCloseStatus.Done).OrderByDescending(c => c.BusinessDate)
            .Select(c => new { c.BusinessDate, c.FinishedAt }).FirstOrDefaultAsync(ct);
        return latest is null ? null : (latest.BusinessDate, latest.FinishedAt);
    }
}
