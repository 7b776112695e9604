using System.Diagnostics;
using System.Globalization;
using Berdaya.Features.MeetAndGreet.Matching;

namespace Berdaya.Bench;

/// <summary>
/// The optimal matching of a Meet and Greet round at scale (decision 0031; docs/performance.md): a random round of mentors
/// and mentees spread over regions of uneven density, each mentee's candidates its nearest mentors (<c>--nearby</c>, twice
/// <c>--candidates</c> unless given), scores 0–100 from the mentor's standing, the distance and a shared sector. The round is
/// pruned to <c>--candidates</c> per mentee and solved through the app's <see cref="MatchSolver"/>, then matched greedily for
/// comparison; <c>--unpruned</c> also solves the whole round. With <c>--ks 5,10,20</c> and <c>--runs N</c> it instead measures,
/// over N rounds, how much pruning at each K loses against the unpruned optimum.
/// </summary>
public static class MatchBenchmark
{
    public static void Run(string[] args, int seed)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var mentees = Int("mentees", 100_000);
        var mentors = Int("mentors", 10_000);
        var candidates = Int("candidates", MatchSolver.CandidatesPerMentee);
        var nearby = Int("nearby", 2 * candidates);
        var maxCapacity = Int("max-capacity", 5);
        var ks = Get("ks", "");
        if (ks.Length > 0)
        {
            PruningStudy(mentees, mentors, nearby, maxCapacity, seed, Int("runs", 20),
                ks.Split(',').Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToArray());
            return;
        }

        Measure(mentees, mentors, candidates, nearby, maxCapacity, seed, args.Contains("--unpruned"));
    }

    private static void Measure(int mentees, int mentors, int candidates, int nearby, int maxCapacity, int seed, bool unpruned)
    {
        using var memory = new PeakWorkingSet();
        var watch = Stopwatch.StartNew();
        var round = Generate(mentees, mentors, nearby, maxCapacity, seed);
        var capacity = round.Mentors.Sum(m => (long)m.Capacity);
        Console.WriteLine($"round: {mentors:N0} mentors (capacity 1–{maxCapacity}, {capacity:N0} places), {mentees:N0} mentees, " +
                          $"{round.Pairs.Count:N0} pairs within reach ({nearby} nearest mentors each), seed {seed}; generated in {watch.Elapsed.TotalSeconds:F1} s");

        var pruned = Timed($"prune to {candidates} per mentee", () => MatchSolver.Prune(round, candidates), p => $"{p.Pairs.Count:N0} pairs kept");
        var optimal = Timed("optimal (min-cost flow)", () => MatchSolver.Solve(pruned), r => Describe(r));
        var indexed = Indexed(pruned);
        Timed("  of which the flow alone (the same round already indexed)", () => MatchSolver.Solve(indexed), r => $"total {r.Total:N0}");
        var greedy = Timed("greedy", () => GreedyMatcher.Solve(pruned), r => Describe(r));
        Console.WriteLine($"optimal total {optimal.Total:N0} vs greedy {greedy.Total:N0}: " +
                          $"{100.0 * (optimal.Total - greedy.Total) / Math.Max(1, greedy.Total):F2} % better; " +
                          $"pairs matched {optimal.Pairs.Count:N0} vs {greedy.Pairs.Count:N0}");
        if (unpruned)
        {
            var whole = Timed($"optimal over all {round.Pairs.Count:N0} pairs", () => MatchSolver.Solve(round), r => Describe(r));
            Console.WriteLine($"pruning to {candidates} loses {whole.Total - optimal.Total:N0} of {whole.Total:N0} " +
                              $"({100.0 * (whole.Total - optimal.Total) / Math.Max(1, whole.Total):F4} %)");
        }

        using var self = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine($"memory: {memory.Report()}; Process.PeakWorkingSet64 {self.PeakWorkingSet64 / 1048576.0:F0} MB; " +
                          $"GC heap now {gc.HeapSizeBytes / 1048576.0:F0} MB, committed {gc.TotalCommittedBytes / 1048576.0:F0} MB, " +
                          $"allocated in all {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB, " +
                          $"collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; " +
                          $"server GC {System.Runtime.GCSettings.IsServerGC}; total {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static void PruningStudy(int mentees, int mentors, int nearby, int maxCapacity, int seed, int runs, int[] ks)
    {
        var changed = new int[ks.Length];
        var loss = new double[ks.Length];
        var worst = new double[ks.Length];
        for (var run = 0; run < runs; run++)
        {
            var round = Generate(mentees, mentors, nearby, maxCapacity, seed + run);
            var whole = MatchSolver.Solve(round).Total;
            for (var i = 0; i < ks.Length; i++)
            {
                var kept = MatchSolver.Solve(MatchSolver.Prune(round, ks[i])).Total;
                var share = 100.0 * (whole - kept) / Math.Max(1, whole);
                changed[i] += kept != whole ? 1 : 0;
                loss[i] += share;
                worst[i] = Math.Max(worst[i], share);
            }
        }

        Console.WriteLine($"{runs} rounds of {mentors:N0} mentors (capacity 1–{maxCapacity}), {mentees:N0} mentees, {nearby} nearest mentors each, seeds {seed}–{seed + runs - 1}:");
        for (var i = 0; i < ks.Length; i++)
        {
            Console.WriteLine($"  K = {ks[i],3}: optimum lower than unpruned in {changed[i]} of {runs} rounds; loss mean {loss[i] / runs:F4} %, worst {worst[i]:F4} %");
        }
    }

    private static T Timed<T>(string label, Func<T> step, Func<T, string> describe)
    {
        var watch = Stopwatch.StartNew();
        var result = step();
        Console.WriteLine($"{label}: {watch.Elapsed.TotalSeconds:F2} s, {describe(result)}");
        return result;
    }

    /// <summary>The round by index, as the app's solver turns it, to time the flow without the ids' lookups.</summary>
    private static IndexedMatchProblem Indexed(MatchProblem round)
    {
        var mentors = round.Mentors.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var mentees = round.Mentees.Select((e, j) => (e.Id, j)).ToDictionary(x => x.Id, x => x.j);
        return new IndexedMatchProblem(round.Mentors.Select(m => m.Capacity).ToArray(), round.Mentees.Count,
            round.Pairs.Select(p => mentors[p.Mentor]).ToArray(), round.Pairs.Select(p => mentees[p.Mentee]).ToArray(),
            round.Pairs.Select(p => p.Score).ToArray());
    }

    private static string Describe(MatchResult r) => $"total {r.Total:N0}, {r.Pairs.Count:N0} pairs";

    /// <summary>
    /// A random round: a 10 × 10 grid of regions of uneven weight (a few crowded, most sparse); everyone placed in a region by
    /// weight, uniformly within it; each mentee's candidates its <paramref name="nearby"/> nearest mentors, scored
    /// 40 × standing + 35 × nearness (1 at the spot, 0 at the farthest candidate) + 15 if the sector is shared + 10 × chance.
    /// </summary>
    public static MatchProblem Generate(int mentees, int mentors, int nearby, int maxCapacity, int seed)
    {
        var random = new Random(seed);
        const int regions = 10;
        var weights = Enumerable.Range(0, regions * regions).Select(_ => Math.Exp(random.NextDouble() * 3)).ToArray();
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var r = 0; r < weights.Length; r++)
        {
            cumulative[r] = sum += weights[r];
        }

        (double X, double Y) Place()
        {
            var region = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            region = region < 0 ? ~region : region;
            region = Math.Min(region, weights.Length - 1);
            return (((region % regions) + random.NextDouble()) / regions, ((region / regions) + random.NextDouble()) / regions);
        }

        const int sectors = 8;
        var mentorList = new MatchMentor[mentors];
        var mx = new double[mentors];
        var my = new double[mentors];
        var standing = new double[mentors];
        var mentorSector = new int[mentors];
        for (var i = 0; i < mentors; i++)
        {
            mentorList[i] = new MatchMentor($"m{i:D6}", random.Next(1, maxCapacity + 1));
            (mx[i], my[i]) = Place();
            standing[i] = (random.NextDouble() + random.NextDouble()) / 2;
            mentorSector[i] = random.Next(sectors);
        }

        // The mentors by cell of a grid of about 4 mentors a cell, for the nearest-mentor search.
        var side = Math.Max(1, (int)Math.Sqrt(mentors / 4.0));
        int Cell(double v) => Math.Min(side - 1, (int)(v * side));
        var cellStart = new int[side * side + 1];
        for (var i = 0; i < mentors; i++)
        {
            cellStart[Cell(my[i]) * side + Cell(mx[i]) + 1]++;
        }

        for (var c = 0; c < side * side; c++)
        {
            cellStart[c + 1] += cellStart[c];
        }

        var inCell = new int[mentors];
        var fill = cellStart[..(side * side)];
        for (var i = 0; i < mentors; i++)
        {
            inCell[fill[Cell(my[i]) * side + Cell(mx[i])]++] = i;
        }

        var menteeList = new MatchMentee[mentees];
        var pairs = new List<MatchPair>(mentees * Math.Min(nearby, mentors));
        var found = new List<int>();
        var distances = new List<double>();
        var want = Math.Min(nearby, mentors);
        for (var j = 0; j < mentees; j++)
        {
            menteeList[j] = new MatchMentee($"e{j:D7}");
            var (x, y) = Place();
            var sector = random.Next(sectors);
            int cx = Cell(x), cy = Cell(y);

            // Squares of cells around the mentee grow until they hold enough mentors; one ring more covers the nearest ones.
            var reach = 0;
            while (reach < side && Count(cx, cy, reach) < want)
            {
                reach++;
            }

            reach++;
            found.Clear();
            distances.Clear();
            for (var gy = Math.Max(0, cy - reach); gy <= Math.Min(side - 1, cy + reach); gy++)
            {
                for (var gx = Math.Max(0, cx - reach); gx <= Math.Min(side - 1, cx + reach); gx++)
                {
                    for (var s = cellStart[gy * side + gx]; s < cellStart[gy * side + gx + 1]; s++)
                    {
                        var i = inCell[s];
                        found.Add(i);
                        distances.Add(Math.Sqrt(((mx[i] - x) * (mx[i] - x)) + ((my[i] - y) * (my[i] - y))));
                    }
                }
            }

            var order = found.ToArray();
            var keys = distances.ToArray();
            Array.Sort(keys, order);
            var take = Math.Min(want, order.Length);
            var farthest = Math.Max(keys[take - 1], 1e-9);
            for (var c = 0; c < take; c++)
            {
                var i = order[c];
                var score = (40 * standing[i]) + (35 * (1 - (keys[c] / farthest))) + (mentorSector[i] == sector ? 15 : 0) + (10 * random.NextDouble());
                pairs.Add(new MatchPair(mentorList[i].Id, menteeList[j].Id, Math.Clamp((long)Math.Round(score), 0, 100)));
            }
        }

        return new MatchProblem(mentorList, menteeList, pairs);

        int Count(int cx, int cy, int reach)
        {
            var n = 0;
            for (var gy = Math.Max(0, cy - reach); gy <= Math.Min(side - 1, cy + reach); gy++)
            {
                n += cellStart[(gy * side) + Math.Min(side - 1, cx + reach) + 1] - cellStart[(gy * side) + Math.Max(0, cx - reach)];
            }

            return n;
        }
    }
}
