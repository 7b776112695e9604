using System.Globalization;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>A program's outstanding principal by collectibility class at one closed date.</summary>
public sealed record ClassPoint(DateOnly Date, IReadOnlyDictionary<Collectibility, decimal> Outstanding);

/// <summary>
/// A program's portfolio by class over time: every month end the daily closes kept, oldest first, and the latest close when it is
/// not a month end (the month in progress), or null.
/// </summary>
public sealed record PortfolioClassHistory(IReadOnlyList<ClassPoint> MonthEnds, ClassPoint? InProgress)
{
    /// <summary>The month ends a chart draws: the last 24, two years, as many bars as a phone's width shows apart (decision 0009).</summary>
    public const int ChartMonths = 24;

    public IReadOnlyList<ClassPoint> Chart => MonthEnds.TakeLast(ChartMonths).ToList();
}

/// <summary>
/// Reads a program's class history from the report totals the daily close writes (decision 0009): the close keeps each month end's
/// rows and only the latest close's other rows, so this is a few rows per month and never the loans.
/// </summary>
public sealed class ClassHistoryReader(AppDbContext db)
{
    public static bool IsMonthEnd(DateOnly date) => date.AddDays(1).Day == 1;

    public async Task<PortfolioClassHistory> ReadAsync(Guid programId, CancellationToken ct)
    {
        var dates = await db.PortfolioTotals.Where(t => t.ProgramId == programId && t.Dimension == PortfolioDimension.Total)
            .Select(t => t.BusinessDate).Distinct().ToListAsync(ct);
        if (dates.Count == 0)
        {
            return new PortfolioClassHistory([], null);
        }

        // Decimal sums are added up here: SQLite cannot sum its decimal text exactly.
        var rows = await db.PortfolioTotals.AsNoTracking()
            .Where(t => t.ProgramId == programId && t.Dimension == PortfolioDimension.Class)
            .Select(t => new { t.BusinessDate, t.Key, t.Outstanding }).ToListAsync(ct);
        var byDate = rows.ToLookup(r => r.BusinessDate);
        ClassPoint Point(DateOnly d) => new(d, Enum.GetValues<Collectibility>().ToDictionary(c => c,
            c => byDate[d].Where(r => r.Key == ((int)c).ToString(CultureInfo.InvariantCulture)).Sum(r => r.Outstanding)));

        var latest = dates.Max();
        return new PortfolioClassHistory(dates.Where(IsMonthEnd).Order().Select(Point).ToList(), IsMonthEnd(latest) ? null : Point(latest));
    }
}
