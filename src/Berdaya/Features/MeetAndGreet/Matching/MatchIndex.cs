namespace Berdaya.Features.MeetAndGreet.Matching;

/// <summary>
/// A <see cref="MatchProblem"/> checked and turned into indexes: mentors and mentees by their place in the problem's lists,
/// pairs by their place in its pair list. Every way into the solver, the greedy baseline and the pruning goes through here.
/// </summary>
internal sealed class MatchIndex
{
    private MatchIndex(MatchProblem problem, IndexedMatchProblem indexed)
    {
        Problem = problem;
        Indexed = indexed;
    }

    public MatchProblem Problem { get; }

    public IndexedMatchProblem Indexed { get; }

    public static MatchIndex Build(MatchProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var mentors = problem.Mentors ?? throw new MatchProblemException("The problem has no list of mentors.");
        var mentees = problem.Mentees ?? throw new MatchProblemException("The problem has no list of mentees.");
        var pairs = problem.Pairs ?? throw new MatchProblemException("The problem has no list of pairs.");

        var mentorIds = new string[mentors.Count];
        var capacities = new int[mentors.Count];
        var mentorIndex = new Dictionary<string, int>(mentors.Count, StringComparer.Ordinal);
        for (var i = 0; i < mentors.Count; i++)
        {
            var mentor = mentors[i] ?? throw new MatchProblemException($"Mentor {i} is empty.");
            if (string.IsNullOrEmpty(mentor.Id))
            {
                throw new MatchProblemException($"Mentor {i} has no id.");
            }

            if (!mentorIndex.TryAdd(mentor.Id, i))
            {
                throw new MatchProblemException($"Mentor '{mentor.Id}' is listed twice.");
            }

            mentorIds[i] = mentor.Id;
            capacities[i] = mentor.Capacity;
        }

        var menteeIds = new string[mentees.Count];
        var menteeIndex = new Dictionary<string, int>(mentees.Count, StringComparer.Ordinal);
        for (var j = 0; j < mentees.Count; j++)
        {
            var mentee = mentees[j] ?? throw new MatchProblemException($"Mentee {j} is empty.");
            if (string.IsNullOrEmpty(mentee.Id))
            {
                throw new MatchProblemException($"Mentee {j} has no id.");
            }

            if (!menteeIndex.TryAdd(mentee.Id, j))
            {
                throw new MatchProblemException($"Mentee '{mentee.Id}' is listed twice.");
            }

            menteeIds[j] = mentee.Id;
        }

        var pairMentor = new int[pairs.Count];
        var pairMentee = new int[pairs.Count];
        var pairScore = new long[pairs.Count];
        for (var k = 0; k < pairs.Count; k++)
        {
            var pair = pairs[k] ?? throw new MatchProblemException($"Pair {k} is empty.");
            if (pair.Mentor is null || !mentorIndex.TryGetValue(pair.Mentor, out pairMentor[k]))
            {
                throw new MatchProblemException($"Pair {k} (mentor '{pair.Mentor}', mentee '{pair.Mentee}') names an unknown mentor '{pair.Mentor}'.");
            }

            if (pair.Mentee is null || !menteeIndex.TryGetValue(pair.Mentee, out pairMentee[k]))
            {
                throw new MatchProblemException($"Pair {k} (mentor '{pair.Mentor}', mentee '{pair.Mentee}') names an unknown mentee '{pair.Mentee}'.");
            }

            pairScore[k] = pair.Score;
        }

        return new MatchIndex(problem, new IndexedMatchProblem(capacities, mentees.Count, pairMentor, pairMentee, pairScore,
            i => mentorIds[i], j => menteeIds[j]));
    }

    /// <summary>The result of the chosen pairs (indexes into the problem's pairs), ordered by mentor id, then mentee id.</summary>
    public MatchResult Result(IReadOnlyList<int> chosenPairs)
    {
        var chosen = new MatchPair[chosenPairs.Count];
        long total = 0;
        for (var c = 0; c < chosen.Length; c++)
        {
            chosen[c] = Problem.Pairs[chosenPairs[c]];
            total += chosen[c].Score;
        }

        Array.Sort(chosen, static (a, b) =>
        {
            var byMentor = string.CompareOrdinal(a.Mentor, b.Mentor);
            return byMentor != 0 ? byMentor : string.CompareOrdinal(a.Mentee, b.Mentee);
        });
        return new MatchResult(total, chosen);
    }

    /// <summary>Each mentor's place in the order of mentor ids (ordinal), for ties that do not depend on the list's order.</summary>
    public int[] MentorRankById()
    {
        var order = Enumerable.Range(0, Problem.Mentors.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(Problem.Mentors[a].Id, Problem.Mentors[b].Id));
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }
}
