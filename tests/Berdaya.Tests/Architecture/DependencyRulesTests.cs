using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Berdaya.Tests.Architecture;

/// <summary>The dependency rules of decision 0012, read from the compiled app (method bodies included).</summary>
public sealed class DependencyRulesTests
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> App =
        new(() => new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build());

    [Fact]
    public void The_domain_references_no_other_layer_of_the_app_nor_EF_Core_nor_ASP_NET_Core() =>
        Violations("Berdaya.Domain", t => InApp(t, "Berdaya.Data", "Berdaya.Features", "Berdaya.Web") || t.Assembly.FullName.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                                          || t.Assembly.FullName.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || t.Assembly.FullName.StartsWith("Npgsql", StringComparison.Ordinal))
            .ShouldBeEmpty();

    [Fact]
    public void Data_never_references_the_features() =>
        Violations("Berdaya.Data", t => InApp(t, "Berdaya.Features")).ShouldBeEmpty();

    [Fact]
    public void Web_never_references_the_features() =>
        Violations("Berdaya.Web", t => InApp(t, "Berdaya.Features")).ShouldBeEmpty();

    [Fact]
    public void No_two_feature_areas_depend_on_each_other_even_through_others() =>
        FeatureCycles(App.Value.Types).ShouldBeEmpty();

    /// <summary>A test of the test: two areas that use each other are found.</summary>
    [Fact]
    public void A_cycle_between_two_areas_is_found()
    {
        var edges = new Dictionary<string, HashSet<string>> { ["Groups"] = ["Proposals"], ["Proposals"] = ["Groups", "Loans"], ["Loans"] = [] };
        Cycles(edges).ShouldBe(["Groups -> Proposals -> Groups"]);
    }

    /// <summary>
    /// The feature area of a namespace: the folder under Features/; the daily close is an area of its own
    /// wherever it lives (Features/Close or Features/Loans/Close).
    /// </summary>
    public static string? AreaOf(string? ns)
    {
        const string prefix = "Berdaya.Features.";
        if (ns is null || !ns.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        if (ns == "Berdaya.Features.Loans.Close" || ns.StartsWith("Berdaya.Features.Loans.Close.", StringComparison.Ordinal))
        {
            return "Close";
        }

        var rest = ns[prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static List<string> FeatureCycles(IEnumerable<IType> types)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (AreaOf(type.Namespace?.FullName) is not { } from)
            {
                continue;
            }

            var targets = edges.TryGetValue(from, out var set) ? set : edges[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in type.Dependencies)
            {
                if (AreaOf(d.Target.Namespace?.FullName) is { } to && to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return Cycles(edges);
    }

    /// <summary>Every pair of areas reachable from each other, as "A -> ... -> A" (shortest path each way).</summary>
    private static List<string> Cycles(Dictionary<string, HashSet<string>> edges)
    {
        var found = new List<string>();
        var areas = edges.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var a in areas)
        {
            foreach (var b in areas.Where(b => string.CompareOrdinal(a, b) < 0))
            {
                if (Path(edges, a, b) is { } there && Path(edges, b, a) is { } back)
                {
                    found.Add(string.Join(" -> ", there.Concat(back.Skip(1))));
                }
            }
        }

        return found;
    }

    private static List<string>? Path(Dictionary<string, HashSet<string>> edges, string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (at == to)
            {
                var path = new List<string> { to };
                while (path[^1] != from)
                {
                    path.Add(previous[path[^1]]);
                }

                path.Reverse();
                return path;
            }

            foreach (var next in edges.GetValueOrDefault(at, []).Order(StringComparer.Ordinal))
            {
                if (previous.TryAdd(next, at))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    private static bool InApp(IType target, params string[] layers) =>
        target.Namespace?.FullName is { } ns && layers.Any(l => ns == l || ns.StartsWith(l + ".", StringComparison.Ordinal));

    private static List<string> Violations(string layer, Func<IType, bool> forbidden) =>
        App.Value.Types
            .Where(t => InApp(t, layer))
            .SelectMany(t => t.Dependencies.Where(d => forbidden(d.Target)).Select(d => $"{t.FullName} -> {d.Target.FullName}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
