using Berdaya.Features.MeetAndGreet.Matching;
using CsCheck;

namespace Berdaya.Tests.MeetAndGreet;

/// <summary>Decision 0031: the matching is the best total over the listed pairs, within every capacity, one mentor a mentee.</summary>
public sealed class MatchSolverTests
{
    /// <summary>
    /// Random rounds: each (mentor, mentee) cell is a pair with a score drawn from [-maxScore, maxScore], a negative draw
    /// meaning "not listed" (so about half the pairs are listed, some with score 0); the pairs come in a shuffled order.
    /// </summary>
    private static Gen<MatchProblem> Rounds(int maxMentors, int maxMentees, int maxCapacity, int maxScore) =>
        from mentors in Gen.Int[0, maxMentors]
        from mentees in Gen.Int[0, maxMentees]
        from capacities in Gen.Int[0, maxCapacity].Array[mentors]
        from cells in Gen.Int[-maxScore, maxScore].Array[mentors * mentees]
        from shuffle in Gen.Int
        select Round(capacities, mentees, cells, shuffle);

    private static MatchProblem Round(int[] capacities, int mentees, int[] cells, int shuffle)
    {
        var pairs = new List<MatchPair>();
        for (var i = 0; i < capacities.Length; i++)
        {
            for (var j = 0; j < mentees; j++)
            {
                if (cells[(i * mentees) + j] >= 0)
                {
                    pairs.Add(new MatchPair($"m{i}", $"e{j}", cells[(i * mentees) + j]));
                }
            }
        }

        var shuffled = pairs.ToArray();
        new Random(shuffle).Shuffle(shuffled);
        return new MatchProblem(
            capacities.Select((c, i) => new MatchMentor($"m{i}", c)).ToArray(),
            Enumerable.Range(0, mentees).Select(j => new MatchMentee($"e{j}")).ToArray(),
            shuffled);
    }

    /// <summary>The best total by trying every assignment: each mentee gets none or one of its listed mentors with room.</summary>
    private static long Exhaustive(MatchProblem problem)
    {
        var room = problem.Mentors.ToDictionary(m => m.Id, m => m.Capacity);
        var byMentee = problem.Mentees.Select(e => problem.Pairs.Where(p => p.Mentee == e.Id).ToArray()).ToArray();

        long Best(int j)
        {
            if (j == byMentee.Length)
            {
                return 0;
            }

            var best = Best(j + 1);
            foreach (var pair in byMentee[j])
            {
                if (room[pair.Mentor] > 0)
                {
                    room[pair.Mentor]--;
                    best = Math.Max(best, pair.Score + Best(j + 1));
                    room[pair.Mentor]++;
                }
            }

            return best;
        }

        return Best(0);
    }

    /// <summary>Everything a result must be, whatever the round: listed pairs only, capacities, one mentor a mentee, its total.</summary>
    private static void ShouldBeAValidMatching(MatchResult result, MatchProblem problem)
    {
        var listed = problem.Pairs.ToHashSet();
        result.Pairs.ShouldAllBe(p => listed.Contains(p));
        result.Pairs.ShouldAllBe(p => p.Score > 0);
        result.Pairs.Select(p => p.Mentee).ShouldBeUnique();
        foreach (var mentor in problem.Mentors)
        {
            result.Pairs.Count(p => p.Mentor == mentor.Id).ShouldBeLessThanOrEqualTo(mentor.Capacity, mentor.Id);
        }

        result.Total.ShouldBe(result.Pairs.Sum(p => p.Score));
        result.Pairs.ShouldBe(result.Pairs.OrderBy(p => p.Mentor, StringComparer.Ordinal).ThenBy(p => p.Mentee, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_total_is_the_best_that_trying_every_assignment_finds()
    {
        Rounds(maxMentors: 4, maxMentees: 6, maxCapacity: 3, maxScore: 20).Sample(problem =>
        {
            var result = MatchSolver.Solve(problem);

            ShouldBeAValidMatching(result, problem);
            result.Total.ShouldBe(Exhaustive(problem));
        }, iter: 1_500);
    }

    [Fact]
    public void A_larger_round_is_a_valid_matching_at_least_as_good_as_the_greedy_one()
    {
        Rounds(maxMentors: 25, maxMentees: 80, maxCapacity: 5, maxScore: 100).Sample(problem =>
        {
            var result = MatchSolver.Solve(problem);
            var greedy = GreedyMatcher.Solve(problem);

            ShouldBeAValidMatching(result, problem);
            ShouldBeAValidMatching(greedy, problem);
            result.Total.ShouldBeGreaterThanOrEqualTo(greedy.Total);
        }, iter: 200);
    }

    [Fact]
    public void Greedy_takes_the_single_best_pair_and_loses_where_the_optimum_gives_it_up()
    {
        // Greedy gives Sari to Rina (10) and leaves Agus without a mentor; the optimum gives Rina to Darto instead.
        var problem = new MatchProblem(
            [new MatchMentor("sari", 1), new MatchMentor("darto", 1)],
            [new MatchMentee("rina"), new MatchMentee("agus")],
            [new MatchPair("sari", "rina", 10), new MatchPair("darto", "rina", 9), new MatchPair("sari", "agus", 9)]);

        var greedy = GreedyMatcher.Solve(problem);
        var optimal = MatchSolver.Solve(problem);

        greedy.Total.ShouldBe(10);
        greedy.Pairs.ShouldBe([new MatchPair("sari", "rina", 10)]);
        optimal.Total.ShouldBe(18);
        optimal.Pairs.ShouldBe([new MatchPair("darto", "rina", 9), new MatchPair("sari", "agus", 9)]);
    }

    [Fact]
    public void A_mentor_takes_up_to_their_capacity_and_a_pair_of_score_zero_is_not_chosen()
    {
        var problem = new MatchProblem(
            [new MatchMentor("sari", 2), new MatchMentor("wati", 0)],
            [new MatchMentee("a"), new MatchMentee("b"), new MatchMentee("c"), new MatchMentee("d")],
            [
                new MatchPair("sari", "a", 5), new MatchPair("sari", "b", 7), new MatchPair("sari", "c", 6),
                new MatchPair("wati", "c", 50), new MatchPair("sari", "d", 0),
            ]);

        var result = MatchSolver.Solve(problem);

        result.Pairs.ShouldBe([new MatchPair("sari", "b", 7), new MatchPair("sari", "c", 6)]);
        result.Total.ShouldBe(13);
    }

    [Fact]
    public void A_round_with_nobody_or_nothing_allowed_matches_nobody()
    {
        var nobody = MatchSolver.Solve(new MatchProblem([], [], []));
        var nothingAllowed = MatchSolver.Solve(new MatchProblem([new MatchMentor("sari", 3)], [new MatchMentee("a")], []));

        (nobody.Total, nobody.Pairs.Count).ShouldBe((0L, 0));
        (nothingAllowed.Total, nothingAllowed.Pairs.Count).ShouldBe((0L, 0));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_lists_when_the_optimum_is_unique()
    {
        // Scores of distinct powers of two: every set of pairs has its own total, so the optimum is one set.
        var mentors = Enumerable.Range(0, 4).Select(i => new MatchMentor($"m{i}", 1 + (i % 2))).ToArray();
        var mentees = Enumerable.Range(0, 7).Select(j => new MatchMentee($"e{j}")).ToArray();
        var pairs = new List<MatchPair>();
        var bit = 0;
        for (var i = 0; i < mentors.Length; i++)
        {
            for (var j = 0; j < mentees.Length; j++)
            {
                if ((i + j) % 3 != 0)
                {
                    pairs.Add(new MatchPair(mentors[i].Id, mentees[j].Id, 1L << bit++));
                }
            }
        }

        var first = MatchSolver.Solve(new MatchProblem(mentors, mentees, pairs));
        for (var seed = 0; seed < 10; seed++)
        {
            var random = new Random(seed);
            var (m, e, p) = (mentors.ToArray(), mentees.ToArray(), pairs.ToArray());
            random.Shuffle(m);
            random.Shuffle(e);
            random.Shuffle(p);

            var again = MatchSolver.Solve(new MatchProblem(m, e, p));

            again.Total.ShouldBe(first.Total);
            again.Pairs.ShouldBe(first.Pairs);
        }
    }

    [Fact]
    public void The_largest_allowed_scores_and_capacities_are_solved_without_overflow()
    {
        var mentees = Enumerable.Range(0, 50).Select(j => new MatchMentee($"e{j}")).ToArray();
        var problem = new MatchProblem(
            [new MatchMentor("big", IndexedMatchProblem.MaxCapacity), new MatchMentor("small", 1)],
            mentees,
            [
                .. mentees.Select(e => new MatchPair("big", e.Id, IndexedMatchProblem.MaxScore)),
                new MatchPair("small", "e0", IndexedMatchProblem.MaxScore),
            ]);

        var result = MatchSolver.Solve(problem);

        result.Total.ShouldBe(50 * IndexedMatchProblem.MaxScore);
        result.Pairs.Count.ShouldBe(50);
    }

    [Fact]
    public void Pruning_keeps_each_mentees_best_pairs_and_breaks_ties_by_mentor_id()
    {
        var problem = new MatchProblem(
            [new MatchMentor("c", 1), new MatchMentor("a", 1), new MatchMentor("b", 1)],
            [new MatchMentee("x"), new MatchMentee("y")],
            [
                new MatchPair("c", "x", 5), new MatchPair("a", "x", 5), new MatchPair("b", "x", 9),
                new MatchPair("c", "y", 1), new MatchPair("b", "y", 0),
            ]);

        var pruned = MatchSolver.Prune(problem, 2);

        pruned.Mentors.ShouldBe(problem.Mentors);
        pruned.Mentees.ShouldBe(problem.Mentees);
        pruned.Pairs.ShouldBe([new MatchPair("a", "x", 5), new MatchPair("b", "x", 9), new MatchPair("c", "y", 1), new MatchPair("b", "y", 0)]);
        MatchSolver.Prune(problem, 0).Pairs.ShouldBeEmpty();
        Should.Throw<ArgumentOutOfRangeException>(() => MatchSolver.Prune(problem, -1));
    }

    [Fact]
    public void A_pruned_round_keeps_the_best_K_of_each_mentee_and_its_optimum_is_at_most_the_whole_rounds()
    {
        Gen.Select(Rounds(maxMentors: 8, maxMentees: 20, maxCapacity: 3, maxScore: 10), Gen.Int[0, 8]).Sample((problem, k) =>
        {
            var pruned = MatchSolver.Prune(problem, k);

            foreach (var mentee in problem.Mentees)
            {
                var all = problem.Pairs.Where(p => p.Mentee == mentee.Id).ToArray();
                var kept = pruned.Pairs.Where(p => p.Mentee == mentee.Id).ToArray();
                kept.Length.ShouldBe(Math.Min(k, all.Length));
                kept.ShouldAllBe(p => all.Contains(p));
                var weakestKept = kept.Length == 0 ? long.MaxValue : kept.Min(p => p.Score);
                all.Except(kept).ShouldAllBe(p => p.Score <= weakestKept);
            }

            var whole = MatchSolver.Solve(problem).Total;
            var best = MatchSolver.Solve(pruned).Total;
            best.ShouldBeLessThanOrEqualTo(whole);
            if (k >= problem.Mentors.Count)
            {
                best.ShouldBe(whole);
            }
        }, iter: 300);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "unknown mentor", "unknown mentor 'ghost'" },
        { "unknown mentee", "unknown mentee 'ghost'" },
        { "mentor twice", "Mentor 'sari' is listed twice" },
        { "mentee twice", "Mentee 'rina' is listed twice" },
        { "pair twice", "The pair of mentor 'sari' and mentee 'rina' is listed twice" },
        { "negative capacity", "Mentor 'sari' has a negative capacity (-1)" },
        { "capacity too large", "Mentor 'sari' has a capacity of 1000001, more than the largest allowed (1000000)" },
        { "negative score", "The pair of mentor 'sari' and mentee 'rina' has a negative score (-3)" },
        { "score too large", "The pair of mentor 'sari' and mentee 'rina' has a score of 1000001, more than the largest allowed (1000000)" },
        { "mentor without id", "Mentor 0 has no id" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_round_is_refused_with_a_message_naming_the_offending_item(string fault, string message)
    {
        MatchMentor[] mentors = [new("sari", 2)];
        MatchMentee[] mentees = [new("rina")];
        MatchPair[] pairs = [new("sari", "rina", 10)];
        var problem = fault switch
        {
            "unknown mentor" => new MatchProblem(mentors, mentees, [.. pairs, new("ghost", "rina", 1)]),
            "unknown mentee" => new MatchProblem(mentors, mentees, [.. pairs, new("sari", "ghost", 1)]),
            "mentor twice" => new MatchProblem([.. mentors, new("sari", 1)], mentees, pairs),
            "mentee twice" => new MatchProblem(mentors, [.. mentees, new("rina")], pairs),
            "pair twice" => new MatchProblem(mentors, mentees, [.. pairs, new("sari", "rina", 4)]),
            "negative capacity" => new MatchProblem([new("sari", -1)], mentees, pairs),
            "capacity too large" => new MatchProblem([new("sari", IndexedMatchProblem.MaxCapacity + 1)], mentees, pairs),
            "negative score" => new MatchProblem(mentors, mentees, [new("sari", "rina", -3)]),
            "score too large" => new MatchProblem(mentors, mentees, [new("sari", "rina", IndexedMatchProblem.MaxScore + 1)]),
            "mentor without id" => new MatchProblem([new("", 1)], mentees, []),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        Should.Throw<MatchProblemException>(() => MatchSolver.Solve(problem)).Message.ShouldContain(message);
        Should.Throw<MatchProblemException>(() => MatchSolver.Prune(problem, 5)).Message.ShouldContain(message);
        Should.Throw<MatchProblemException>(() => GreedyMatcher.Solve(problem)).Message.ShouldContain(message);
    }

    [Fact]
    public void The_indexed_form_solves_the_same_round_and_refuses_an_index_out_of_range()
    {
        // Mentor 0 (capacity 1) and mentor 1 (capacity 2), mentees 0..2: 9 + 9 beats 10 + 1; the pair of score 0 is not taken.
        var problem = new IndexedMatchProblem([1, 2], 3, [0, 0, 1, 1, 1], [0, 1, 0, 1, 2], [10, 9, 9, 1, 0]);

        var result = MatchSolver.Solve(problem);

        result.Total.ShouldBe(18);
        result.ChosenPairs.ShouldBe([1, 2]);
        Should.Throw<MatchProblemException>(() => new IndexedMatchProblem([1], 1, [1], [0], [5])).Message.ShouldContain("Pair 0 names mentor 1");
        Should.Throw<MatchProblemException>(() => new IndexedMatchProblem([1], 1, [0], [1], [5])).Message.ShouldContain("Pair 0 names mentee 1");
        Should.Throw<MatchProblemException>(() => new IndexedMatchProblem([1], 1, [0, 0], [0], [5])).Message.ShouldContain("differ in length");
    }
}
