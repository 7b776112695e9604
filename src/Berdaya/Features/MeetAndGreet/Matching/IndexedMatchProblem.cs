namespace Berdaya.Features.MeetAndGreet.Matching;

/// <summary>
/// A matching problem by index, as the solver reads it (decision 0031): mentor <c>i</c> has <c>capacities[i]</c>; pair
/// <c>k</c> joins mentor <c>pairMentor[k]</c> and mentee <c>pairMentee[k]</c> with <c>pairScore[k]</c>. The constructor
/// checks everything the solver relies on (indexes in range, no negative or too large capacity or score, no pair twice) and
/// throws <see cref="MatchProblemException"/> otherwise. The arrays are kept, not copied: they must not change afterwards.
/// </summary>
public sealed class IndexedMatchProblem
{
    /// <summary>The largest capacity of one mentor.</summary>
    public const int MaxCapacity = 1_000_000;

    /// <summary>The largest score of one pair: far below what the flow solver accepts once it scales costs by the number of nodes.</summary>
    public const long MaxScore = 1_000_000;

    internal readonly int[] Capacities;
    internal readonly int[] PairMentor;
    internal readonly int[] PairMentee;
    internal readonly long[] PairScore;

    /// <summary>Where each mentee's pairs start in <see cref="ByMentee"/> (one more entry than mentees).</summary>
    internal readonly int[] MenteeStart;

    /// <summary>The pairs' indexes grouped by mentee, in their order within each mentee.</summary>
    internal readonly int[] ByMentee;

    public IndexedMatchProblem(int[] capacities, int menteeCount, int[] pairMentor, int[] pairMentee, long[] pairScore)
        : this(capacities, menteeCount, pairMentor, pairMentee, pairScore, i => $"#{i}", j => $"#{j}")
    {
    }

    internal IndexedMatchProblem(int[] capacities, int menteeCount, int[] pairMentor, int[] pairMentee, long[] pairScore,
        Func<int, string> mentorName, Func<int, string> menteeName)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(pairMentor);
        ArgumentNullException.ThrowIfNull(pairMentee);
        ArgumentNullException.ThrowIfNull(pairScore);
        if (menteeCount < 0)
        {
            throw new MatchProblemException($"The number of mentees cannot be negative ({menteeCount}).");
        }

        if (pairMentee.Length != pairMentor.Length || pairScore.Length != pairMentor.Length)
        {
            throw new MatchProblemException(
                $"The pairs' mentors, mentees and scores differ in length ({pairMentor.Length}, {pairMentee.Length}, {pairScore.Length}).");
        }

        for (var i = 0; i < capacities.Length; i++)
        {
            if (capacities[i] < 0)
            {
                throw new MatchProblemException($"Mentor '{mentorName(i)}' has a negative capacity ({capacities[i]}).");
            }

            if (capacities[i] > MaxCapacity)
            {
                throw new MatchProblemException(
                    $"Mentor '{mentorName(i)}' has a capacity of {capacities[i]}, more than the largest allowed ({MaxCapacity}).");
            }
        }

        // Group the pairs by mentee (a counting sort), checking each pair on the way.
        var start = new int[menteeCount + 1];
        for (var k = 0; k < pairMentor.Length; k++)
        {
            if ((uint)pairMentor[k] >= (uint)capacities.Length)
            {
                throw new MatchProblemException($"Pair {k} names mentor {pairMentor[k]}, but there are {capacities.Length} mentors.");
            }

            if ((uint)pairMentee[k] >= (uint)menteeCount)
            {
                throw new MatchProblemException($"Pair {k} names mentee {pairMentee[k]}, but there are {menteeCount} mentees.");
            }

            if (pairScore[k] < 0)
            {
                throw new MatchProblemException(
                    $"The pair of mentor '{mentorName(pairMentor[k])}' and mentee '{menteeName(pairMentee[k])}' has a negative score ({pairScore[k]}).");
            }

            if (pairScore[k] > MaxScore)
            {
                throw new MatchProblemException(
                    $"The pair of mentor '{mentorName(pairMentor[k])}' and mentee '{menteeName(pairMentee[k])}' has a score of {pairScore[k]}, " +
                    $"more than the largest allowed ({MaxScore}).");
            }

            start[pairMentee[k] + 1]++;
        }

        for (var j = 0; j < menteeCount; j++)
        {
            start[j + 1] += start[j];
        }

        var byMentee = new int[pairMentor.Length];
        var next = start[..menteeCount];
        for (var k = 0; k < pairMentor.Length; k++)
        {
            byMentee[next[pairMentee[k]]++] = k;
        }

        // A mentor seen twice among one mentee's pairs is a pair listed twice: the mark holds the last mentee seen, plus one.
        var seen = new int[capacities.Length];
        for (var j = 0; j < menteeCount; j++)
        {
            for (var s = start[j]; s < start[j + 1]; s++)
            {
                var mentor = pairMentor[byMentee[s]];
                if (seen[mentor] == j + 1)
                {
                    throw new MatchProblemException($"The pair of mentor '{mentorName(mentor)}' and mentee '{menteeName(j)}' is listed twice.");
                }

                seen[mentor] = j + 1;
            }
        }

        Capacities = capacities;
        MenteeCount = menteeCount;
        PairMentor = pairMentor;
        PairMentee = pairMentee;
        PairScore = pairScore;
        MenteeStart = start;
        ByMentee = byMentee;
    }

    public int MentorCount => Capacities.Length;

    public int MenteeCount { get; }

    public int PairCount => PairMentor.Length;

    /// <summary>
    /// The pairs each mentee keeps: its <paramref name="perMentee"/> highest scores, a tie going to the mentor of the lower
    /// <paramref name="mentorRank"/> (the mentor's index when none is given). Returns the kept pairs' indexes, ascending.
    /// </summary>
    internal int[] KeptPairs(int perMentee, int[]? mentorRank = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perMentee);
        var keys = new long[ByMentee.Length];
        var order = (int[])ByMentee.Clone();
        var mentors = Math.Max(1, MentorCount);
        for (var s = 0; s < order.Length; s++)
        {
            var k = order[s];
            var mentor = PairMentor[k];
            keys[s] = (MaxScore - PairScore[k]) * mentors + (mentorRank is null ? mentor : mentorRank[mentor]);
        }

        var kept = new List<int>(Math.Min(order.Length, MenteeCount * Math.Min(perMentee, 64)));
        for (var j = 0; j < MenteeCount; j++)
        {
            var from = MenteeStart[j];
            var count = MenteeStart[j + 1] - from;
            if (count > perMentee)
            {
                Array.Sort(keys, order, from, count);
                count = perMentee;
            }

            for (var s = from; s < from + count; s++)
            {
                kept.Add(order[s]);
            }
        }

        var result = kept.ToArray();
        Array.Sort(result);
        return result;
    }
}
