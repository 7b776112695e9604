using System.Globalization;
using System.Text;

namespace Berdaya.Features.Markets.Prices;

/// <summary>
/// The agreed price over time as a server-drawn SVG step line per price (docs/domain.md, Group price agreements): no
/// script, so it shows on any phone. Each price keeps its level until the next agreement changes it, up to today.
/// </summary>
public static class PriceChart
{
    public const int Width = 320;
    public const int Height = 160;
    private const int Left = 4;
    private const int Right = 4;
    private const int Top = 8;
    private const int Bottom = 8;

    /// <summary>The polyline points ("x,y x,y ...") of each series, scaled into one box; empty when there is nothing to draw.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<PriceSeries> series, DateOnly until)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0)
        {
            return [];
        }

        var start = points.Min(p => p.From).DayNumber;
        var end = Math.Max(until.DayNumber, points.Max(p => p.From).DayNumber + 1);
        var max = points.Max(p => p.Price);
        var min = 0m;
        var result = new List<string>();
        foreach (var s in series)
        {
            var sb = new StringBuilder();
            decimal? last = null;
            foreach (var p in s.Points)
            {
                var x = X(p.From.DayNumber, start, end);
                if (last is { } l)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"{x:0.#},{Y(l, min, max):0.#} ");
                }

                sb.Append(CultureInfo.InvariantCulture, $"{x:0.#},{Y(p.Price, min, max):0.#} ");
                last = p.Price;
            }

            sb.Append(CultureInfo.InvariantCulture, $"{X(end, start, end):0.#},{Y(last!.Value, min, max):0.#}");
            result.Add(sb.ToString());
        }

        return result;
    }

    private static double X(int day, int start, int end) => Left + (double)(day - start) / Math.Max(1, end - start) * (Width - Left - Right);

    private static double Y(decimal price, decimal min, decimal max) =>
        Top + (1 - (double)((price - min) / Math.Max(1m, max - min))) * (Height - Top - Bottom);
}
