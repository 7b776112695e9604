using System.Globalization;

namespace Berdaya.Domain.Fostering;

/// <summary>Which figure of a quarterly report fell.</summary>
public enum ReportFigure
{
    Assets = 1,
    Turnover = 2,
    Employees = 3,
}

/// <summary>What a report is compared with: the quarter before, or the same quarter a year before (seasonal businesses).</summary>
public enum DeclineBasis
{
    PreviousQuarter = 1,
    YearBefore = 2,
}

/// <summary>The three figures a decline is read from: assets, the quarter's turnover, employees paid plus family.</summary>
public readonly record struct Figures(decimal Assets, decimal Turnover, int Employees)
{
    public static Figures Of(QuarterlyReport r) => new(r.Assets, r.Turnover, r.Employees);
}

/// <summary>One fall beyond the threshold: the figure, what it is compared with, from, to, and by how many percent.</summary>
public sealed record Fall(ReportFigure Figure, DeclineBasis Basis, Quarter Against, decimal From, decimal To, decimal Percent)
{
    /// <summary>The two figures as the alert shows them, on the page and in the visit's task: whole rupiah, or people.</summary>
    public (string From, string To) Shown => Figure == ReportFigure.Employees
        ? (From.ToString("0", CultureInfo.InvariantCulture), To.ToString("0", CultureInfo.InvariantCulture))
        : (Rp(From), Rp(To));

    /// <summary>The percent fallen, one decimal, with the Indonesian comma.</summary>
    public string PercentShown => Percent.ToString("0.#", CultureInfo.GetCultureInfo("id-ID"));

    private static string Rp(decimal amount) => "Rp " + amount.ToString("N0", CultureInfo.GetCultureInfo("id-ID"));
}

/// <summary>
/// The decline alert (docs/domain.md, Quarterly reports): a fall in assets, turnover or employees of more than the program's
/// threshold against the previous quarter's report, or against the same quarter a year before, opens a follow-up for a
/// monitoring visit. A figure that was zero cannot fall.
/// </summary>
public static class Decline
{
    public const int DefaultPercent = 20;

    public static IReadOnlyList<Fall> Falls(QuarterlyReport report, QuarterlyReport? previous, QuarterlyReport? yearBefore, int thresholdPercent) =>
        Falls(report.Quarter, Figures.Of(report), previous is null ? null : Figures.Of(previous), yearBefore is null ? null : Figures.Of(yearBefore),
            thresholdPercent);

    /// <summary>The same rule on the figures alone, for a check that reads a whole quarter of a program at once.</summary>
    public static IReadOnlyList<Fall> Falls(Quarter quarter, Figures now, Figures? previous, Figures? yearBefore, int thresholdPercent)
    {
        var falls = new List<Fall>();
        foreach (var (basis, against, other) in new[] { (DeclineBasis.PreviousQuarter, quarter.Previous, previous), (DeclineBasis.YearBefore, quarter.YearBefore, yearBefore) })
        {
            if (other is not { } o)
            {
                continue;
            }

            Check(ReportFigure.Assets, o.Assets, now.Assets);
            Check(ReportFigure.Turnover, o.Turnover, now.Turnover);
            Check(ReportFigure.Employees, o.Employees, now.Employees);

            void Check(ReportFigure figure, decimal from, decimal to)
            {
                if (from <= 0 || to >= from)
                {
                    return;
                }

                var percent = Math.Round((from - to) * 100m / from, 1, MidpointRounding.AwayFromZero);
                if (percent > thresholdPercent)
                {
                    falls.Add(new Fall(figure, basis, against, from, to, percent));
                }
            }
        }

        return falls;
    }

    /// <summary>The follow-up's task, in Bahasa Indonesia as the field team reads it: each fall with its figures.</summary>
    public static string Task(string owner, Quarter quarter, IReadOnlyList<Fall> falls)
    {
        var parts = falls.Select(f =>
        {
            var what = f.Figure switch
            {
                ReportFigure.Assets => "aset",
                ReportFigure.Turnover => "omset",
                _ => "tenaga kerja",
            };
            var (from, to) = f.Shown;
            return string.Create(CultureInfo.InvariantCulture, $"{what} turun {f.PercentShown}% dari {from} ({f.Against}) ke {to}");
        });
        var text = $"Kunjungan monitoring: laporan triwulan {quarter} {owner}: " + string.Join("; ", parts) + ".";
        return text.Length <= Monitoring.FollowUp.MaxTask ? text : text[..(Monitoring.FollowUp.MaxTask - 3)] + "...";
    }
}
