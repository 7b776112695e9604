namespace Berdaya.Features.MeetAndGreet.Matching;

/// <summary>
/// The greedy baseline the optimal matching is compared with in the benchmark (decision 0031): pairs by score, highest first
/// (equal scores in the problem's order), each taken when its mentor has room and its mentee is still free. Pairs of score 0
/// are never taken, as in <see cref="MatchSolver"/>.
/// </summary>
public static class GreedyMatcher
{
    public static MatchResult Solve(MatchProblem problem)
    {
        var index = MatchIndex.Build(problem);
        var p = index.Indexed;
        var count = p.PairCount;
        var keys = new long[count];
        var order = new int[count];
        var positive = 0;
        for (var k = 0; k < count; k++)
        {
            if (p.PairScore[k] > 0)
            {
                keys[positive] = (IndexedMatchProblem.MaxScore - p.PairScore[k]) * count + k;
                order[positive++] = k;
            }
        }

        Array.Sort(keys, order, 0, positive);
        var room = (int[])p.Capacities.Clone();
        var taken = new bool[p.MenteeCount];
        var chosen = new List<int>();
        for (var s = 0; s < positive; s++)
        {
            var k = order[s];
            if (room[p.PairMentor[k]] > 0 && !taken[p.PairMentee[k]])
            {
                room[p.PairMentor[k]]--;
                taken[p.PairMentee[k]] = true;
                chosen.Add(k);
            }
        }

        return index.Result(chosen);
    }
}
