using Berdaya.Data;

namespace Berdaya.Web.Charts;

/// <summary>A business's (or a group's summed) figures over time for <c>_FiguresChart.cshtml</c>: the chart's id and title and its points.</summary>
public sealed record FiguresChart(string Id, string Title, IReadOnlyList<FiguresPoint> Points);
