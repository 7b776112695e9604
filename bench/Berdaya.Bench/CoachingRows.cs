using Berdaya.Domain.Partners;

namespace Berdaya.Bench;

/// <summary>What the coaching features hold per generated partner, beside the timeline.</summary>
public sealed class CoachingRows(IReadOnlyDictionary<Type, Table> tables, DateOnly today, Random rng)
{
    /// <summary>The entities written here, so their tables are mapped and their indexes suspended during the load.</summary>
    public static readonly Type[] Types = [];

    public void Add(Guid program, Guid group, Partner partner, DateOnly formed, Dictionary<Table, List<object?[]>> rows, int index)
    {
        _ = (tables, today, rng, program, group, partner, formed, rows, index);
    }

    /// <summary>The benchmarks of what is written here.</summary>
    public static Task BenchmarkAsync(IServiceProvider services)
    {
        _ = services;
        return Task.CompletedTask;
    }
}
