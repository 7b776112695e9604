using Google.OrTools.Graph;

namespace Berdaya.Features.MeetAndGreet.Matching;

/// <summary>The chosen pairs of an <see cref="IndexedMatchProblem"/> (their indexes, ascending) and their total score.</summary>
public sealed record IndexedMatchResult(long Total, IReadOnlyList<int> ChosenPairs);

/// <summary>
/// The optimal matching of a round (decision 0031): among the listed pairs, the set with the largest total score in which no
/// mentor takes more than their capacity and no mentee more than one mentor, found exactly as a min-cost flow.
/// </summary>
public static class MatchSolver
{
    /// <summary>How many candidate pairs each mentee keeps before a round is solved (decision 0031: what that can lose, measured).</summary>
    public const int CandidatesPerMentee = 40;

    /// <summary>
    /// Solves the round; throws <see cref="MatchProblemException"/> naming the offending item when the problem is not valid.
    /// A pair of score 0 adds nothing and is never chosen.
    /// </summary>
    public static MatchResult Solve(MatchProblem problem)
    {
        var index = MatchIndex.Build(problem);
        return index.Result(Solve(index.Indexed).ChosenPairs);
    }

    /// <summary>
    /// The problem with each mentee's <paramref name="perMentee"/> highest-scoring pairs only; of equal scores the mentor with
    /// the lower id (ordinal) is kept. Mentors and mentees stay; the kept pairs keep their order.
    /// </summary>
    public static MatchProblem Prune(MatchProblem problem, int perMentee)
    {
        var index = MatchIndex.Build(problem);
        var kept = index.Indexed.KeptPairs(perMentee, index.MentorRankById());
        var pairs = new MatchPair[kept.Length];
        for (var c = 0; c < kept.Length; c++)
        {
            pairs[c] = problem.Pairs[kept[c]];
        }

        return problem with { Pairs = pairs };
    }

    /// <summary>
    /// The flow network: source → each mentor (capacity: the mentor's capacity, cost 0), mentor → mentee for each pair of
    /// positive score (capacity 1, cost −score), each mentee → sink (capacity 1, cost 0), and source → sink directly
    /// (capacity: the whole supply, cost 0) so that nobody has to be matched. The source supplies S = min(total capacity,
    /// mentees with a pair) units and the sink takes them; an optimal integral flow is an optimal matching (decision 0031).
    /// </summary>
    public static IndexedMatchResult Solve(IndexedMatchProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int mentors = problem.MentorCount, mentees = problem.MenteeCount;
        var degree = new int[mentors];
        var reachable = new bool[mentees];
        var arcsOfPairs = 0;
        for (var k = 0; k < problem.PairCount; k++)
        {
            if (problem.PairScore[k] > 0 && problem.Capacities[problem.PairMentor[k]] > 0)
            {
                degree[problem.PairMentor[k]]++;
                reachable[problem.PairMentee[k]] = true;
                arcsOfPairs++;
            }
        }

        // A mentor never takes more than their pairs: the arc's capacity is the smaller of the two.
        long capacity = 0;
        var active = 0;
        for (var i = 0; i < mentors; i++)
        {
            degree[i] = Math.Min(degree[i], problem.Capacities[i]);
            capacity += degree[i];
            active += degree[i] > 0 ? 1 : 0;
        }

        var matchable = reachable.Count(r => r);
        var supply = Math.Min(capacity, matchable);
        if (supply == 0)
        {
            return new IndexedMatchResult(0, []);
        }

        const int source = 0, sink = 1;
        var arcPair = new int[arcsOfPairs];
        using var flow = new MinCostFlow(2 + mentors + mentees, arcsOfPairs + active + matchable + 1);
        var arc = 0;
        for (var k = 0; k < problem.PairCount; k++)
        {
            if (problem.PairScore[k] > 0 && problem.Capacities[problem.PairMentor[k]] > 0)
            {
                flow.AddArcWithCapacityAndUnitCost(2 + problem.PairMentor[k], 2 + mentors + problem.PairMentee[k], 1, -problem.PairScore[k]);
                arcPair[arc++] = k;
            }
        }

        for (var i = 0; i < mentors; i++)
        {
            if (degree[i] > 0)
            {
                flow.AddArcWithCapacityAndUnitCost(source, 2 + i, degree[i], 0);
            }
        }

        for (var j = 0; j < mentees; j++)
        {
            if (reachable[j])
            {
                flow.AddArcWithCapacityAndUnitCost(2 + mentors + j, sink, 1, 0);
            }
        }

        flow.AddArcWithCapacityAndUnitCost(source, sink, supply, 0);
        flow.SetNodeSupply(source, supply);
        flow.SetNodeSupply(sink, -supply);

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            // Cannot happen for a checked problem: the bypass arc makes the flow feasible and the limits keep costs in range.
            throw new InvalidOperationException($"The min-cost flow solver answered {status}.");
        }

        var chosen = new List<int>();
        long total = 0;
        for (var a = 0; a < arcsOfPairs; a++)
        {
            if (flow.Flow(a) > 0)
            {
                chosen.Add(arcPair[a]);
                total += problem.PairScore[arcPair[a]];
            }
        }

        if (total != -flow.OptimalCost())
        {
            throw new InvalidOperationException($"The chosen pairs add up to {total}, the solver's optimum to {-flow.OptimalCost()}.");
        }

        return new IndexedMatchResult(total, chosen);
    }
}
