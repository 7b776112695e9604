using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Berdaya.Web.Charts;

/// <summary>One line or one stack of a chart: its name in the legend, its colour, and a value per label.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<decimal> Values);

/// <summary>One row of a range chart: lower quartile, median and upper quartile.</summary>
public sealed record ChartRange(string Label, decimal Low, decimal Middle, decimal High);

/// <summary>
/// Charts drawn on the server as inline SVG (decision 0030): no script, a few hundred bytes per series, scaled to the page's width
/// by the view box, so they read on a 360-px phone. Each chart names what it shows for screen readers; the page puts the same
/// figures in a table under it.
/// </summary>
public static class SvgChart
{
    public const string Blue = "#1d4ed8";
    public const string Green = "#15803d";
    public const string Amber = "#b45309";
    public const string Red = "#b91c1c";
    public const string Grey = "#6b7280";

    private const int Width = 400;
    private const int Height = 220;
    private const int Left = 58;
    private const int Right = 10;
    private const int Top = 26;
    private const int Bottom = 30;
    private const int MaxXLabels = 6;

    /// <summary>Lines over the labels (quarters, months), with the y axis from zero written by <paramref name="axis"/>.</summary>
    public static IHtmlContent Lines(string title, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, Func<decimal, string> axis)
    {
        var sb = Open(title);
        var max = Nice(series.SelectMany(s => s.Values).DefaultIfEmpty(0m).Max());
        Grid(sb, 0m, max, axis);
        XLabels(sb, labels);
        foreach (var s in series)
        {
            sb.Append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").Append(s.Colour).Append("\" points=\"");
            for (var i = 0; i < s.Values.Count; i++)
            {
                sb.Append(F(X(i, labels.Count))).Append(',').Append(F(Y(s.Values[i], 0m, max))).Append(' ');
            }

            sb.Append("\"/>");
            if (s.Values.Count == 1)
            {
                sb.Append("<circle r=\"3\" fill=\"").Append(s.Colour).Append("\" cx=\"").Append(F(X(0, 1))).Append("\" cy=\"")
                    .Append(F(Y(s.Values[0], 0m, max))).Append("\"/>");
            }
        }

        Legend(sb, series);
        return Close(sb);
    }

    /// <summary>Stacked columns over the labels (a portfolio by class, month by month).</summary>
    public static IHtmlContent Stacks(string title, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, Func<decimal, string> axis)
    {
        var sb = Open(title);
        var totals = Enumerable.Range(0, labels.Count).Select(i => series.Sum(s => i < s.Values.Count ? s.Values[i] : 0m)).ToList();
        var max = Nice(totals.DefaultIfEmpty(0m).Max());
        Grid(sb, 0m, max, axis);
        XLabels(sb, labels);
        var band = (Width - Left - Right) / (double)Math.Max(1, labels.Count);
        var bar = Math.Max(1.0, band * 0.7);
        for (var i = 0; i < labels.Count; i++)
        {
            var below = 0m;
            foreach (var s in series)
            {
                var v = i < s.Values.Count ? s.Values[i] : 0m;
                if (v <= 0)
                {
                    continue;
                }

                var top = Y(below + v, 0m, max);
                var bottom = Y(below, 0m, max);
                sb.Append("<rect fill=\"").Append(s.Colour).Append("\" x=\"").Append(F(Left + (band * i) + ((band - bar) / 2))).Append("\" y=\"")
                    .Append(F(top)).Append("\" width=\"").Append(F(bar)).Append("\" height=\"").Append(F(Math.Max(0.5, bottom - top))).Append("\"/>");
                below += v;
            }
        }

        Legend(sb, series);
        return Close(sb);
    }

    /// <summary>
    /// Horizontal ranges on one percent axis (a cohort's growth): a bar from the lower to the upper quartile and a mark at the
    /// median, with the zero line drawn.
    /// </summary>
    public static IHtmlContent Ranges(string title, IReadOnlyList<ChartRange> rows, Func<decimal, string> axis)
    {
        var sb = Open(title, rows.Count * 40 + Top + Bottom);
        var height = (rows.Count * 40) + Top + Bottom;
        var lo = Math.Min(0m, rows.Select(r => r.Low).DefaultIfEmpty(0m).Min());
        var hi = Math.Max(0m, rows.Select(r => r.High).DefaultIfEmpty(0m).Max());
        (lo, hi) = (lo < 0 ? -Nice(-lo) : 0m, hi > 0 ? Nice(hi) : 1m);
        const int left = 90;
        double XOf(decimal v) => left + ((double)((v - lo) / (hi - lo)) * (Width - left - Right));
        foreach (var v in new[] { lo, lo + ((hi - lo) / 2), hi, 0m }.Distinct())
        {
            sb.Append("<line stroke=\"#d1d5db\" x1=\"").Append(F(XOf(v))).Append("\" x2=\"").Append(F(XOf(v))).Append("\" y1=\"").Append(Top - 4)
                .Append("\" y2=\"").Append(height - Bottom + 4).Append("\"/>");
            Text(sb, XOf(v), height - Bottom + 18, "middle", axis(v));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = Top + (i * 40) + 8;
            Text(sb, left - 6, y + 14, "end", r.Label);
            sb.Append("<rect fill=\"").Append(Blue).Append("\" fill-opacity=\"0.35\" stroke=\"").Append(Blue).Append("\" x=\"").Append(F(XOf(r.Low)))
                .Append("\" y=\"").Append(y).Append("\" width=\"").Append(F(Math.Max(1, XOf(r.High) - XOf(r.Low)))).Append("\" height=\"20\"/>");
            sb.Append("<line stroke=\"").Append(Blue).Append("\" stroke-width=\"3\" x1=\"").Append(F(XOf(r.Middle))).Append("\" x2=\"")
                .Append(F(XOf(r.Middle))).Append("\" y1=\"").Append(y - 3).Append("\" y2=\"").Append(y + 23).Append("\"/>");
        }

        return Close(sb);
    }

    private static StringBuilder Open(string title, int height = Height)
    {
        var sb = new StringBuilder(4096);
        sb.Append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
            .Append("\" width=\"100%\" role=\"img\" aria-label=\"").Append(HtmlEncoder.Default.Encode(title))
            .Append("\" font-family=\"system-ui,sans-serif\" font-size=\"11\" fill=\"#374151\"><title>").Append(HtmlEncoder.Default.Encode(title))
            .Append("</title>");
        return sb;
    }

    private static HtmlString Close(StringBuilder sb) => new(sb.Append("</svg>").ToString());

    private static void Grid(StringBuilder sb, decimal min, decimal max, Func<decimal, string> axis)
    {
        for (var k = 0; k <= 4; k++)
        {
            var v = min + ((max - min) * k / 4);
            var y = Y(v, min, max);
            sb.Append("<line stroke=\"#e5e7eb\" x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(F(y))
                .Append("\" y2=\"").Append(F(y)).Append("\"/>");
            Text(sb, Left - 4, y + 4, "end", axis(v));
        }
    }

    private static void XLabels(StringBuilder sb, IReadOnlyList<string> labels)
    {
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / (double)MaxXLabels));
        for (var i = 0; i < labels.Count; i += step)
        {
            Text(sb, X(i, labels.Count), Height - Bottom + 16, "middle", labels[i]);
        }
    }

    private static void Legend(StringBuilder sb, IReadOnlyList<ChartSeries> series)
    {
        double x = Left;
        foreach (var s in series)
        {
            sb.Append("<rect width=\"10\" height=\"10\" y=\"6\" x=\"").Append(F(x)).Append("\" fill=\"").Append(s.Colour).Append("\"/>");
            Text(sb, x + 14, 15, "start", s.Name);
            x += 24 + (s.Name.Length * 6);
        }
    }

    private static void Text(StringBuilder sb, double x, double y, string anchor, string text) =>
        sb.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" text-anchor=\"").Append(anchor).Append("\">")
            .Append(HtmlEncoder.Default.Encode(text)).Append("</text>");

    /// <summary>The middle of the label's band: one label sits in the middle, many spread from edge to edge.</summary>
    private static double X(int i, int count) =>
        count <= 1 ? Left + ((Width - Left - Right) / 2.0) : Left + ((Width - Left - Right) * (i + 0.5) / count);

    private static double Y(decimal v, decimal min, decimal max) =>
        max == min ? Height - Bottom : Height - Bottom - ((double)((v - min) / (max - min)) * (Height - Top - Bottom));

    /// <summary>The next round number at or above the value (1, 2, 2.5 or 5 times a power of ten), so the grid reads well.</summary>
    public static decimal Nice(decimal value)
    {
        if (value <= 0)
        {
            return 1m;
        }

        var power = 1m;
        while (power * 10 <= value)
        {
            power *= 10;
        }

        while (power > value)
        {
            power /= 10;
        }

        foreach (var m in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (m * power >= value)
            {
                return m * power;
            }
        }

        return 10 * power;
    }

    private static string F(double v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A compact rupiah for an axis: "Rp 12 jt" / "Rp 12M" for millions, "Rp 1,5 M" / "Rp 1.5B" for billions.</summary>
    public static string CompactRupiah(decimal v, CultureInfo culture)
    {
        var id = culture.TwoLetterISOLanguageName == "id";
        return Math.Abs(v) switch
        {
            >= 1_000_000_000m => "Rp " + (v / 1_000_000_000m).ToString("0.#", culture) + (id ? " M" : "B"),
            >= 1_000_000m => "Rp " + (v / 1_000_000m).ToString("0.#", culture) + (id ? " jt" : "M"),
            >= 1_000m => "Rp " + (v / 1_000m).ToString("0.#", culture) + (id ? " rb" : "k"),
            _ => "Rp " + v.ToString("0", culture),
        };
    }
}
