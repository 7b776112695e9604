using Berdaya.Domain.Common;

namespace Berdaya.Domain.MeetAndGreet;

public enum RoundState
{
    Proposed = 1,
    Confirmed = 2,
}

public enum PairState
{
    /// <summary>Proposed by the solver, waiting for the officer.</summary>
    Proposed = 1,

    /// <summary>Kept by the officer; the two are asked.</summary>
    Accepted = 2,

    /// <summary>Taken out by the officer.</summary>
    Removed = 3,

    MentorDeclined = 4,
    MenteeDeclined = 5,
}

/// <summary>
/// The weights a program gives each part of a pair's score (docs/domain.md, Meet and Greet: matching), 0–10 each, not all zero.
/// </summary>
public sealed record MatchWeights(int Product, int Needs, int Distance, int Capacity)
{
    public const int Max = 10;
    public static readonly MatchWeights Default = new(3, 4, 2, 1);

    public int Sum => Product + Needs + Distance + Capacity;

    public static List<DomainException> Problems(MatchWeights w)
    {
        var errors = new List<DomainException>();
        foreach (var (value, field) in new[] { (w.Product, "WeightProduct"), (w.Needs, "WeightNeeds"), (w.Distance, "WeightDistance"), (w.Capacity, "WeightCapacity") })
        {
            if (value is < 0 or > Max)
            {
                errors.Add(new DomainException("matching.weight.range", field, ErrorKind.Validation, Max));
            }
        }

        if (errors.Count == 0 && w.Sum == 0)
        {
            errors.Add(new DomainException("matching.weight.zero", "WeightNeeds"));
        }

        return errors;
    }
}

/// <summary>
/// A matching round of a program in a region (docs/domain.md, Meet and Greet; decision 0031): the mentees and mentors it
/// considered, the weights, and the pairs of the optimal assignment with their scores and reasons.
/// </summary>
public sealed class MatchingRound
{
    public const int MaxName = 100;

    private readonly List<RoundPair> _pairs = [];

    private MatchingRound() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>A district or regency code: the mentees within it.</summary>
    public string RegionCode { get; private set; } = "";

    public int WeightProduct { get; private set; }
    public int WeightNeeds { get; private set; }
    public int WeightDistance { get; private set; }
    public int WeightCapacity { get; private set; }
    public int Mentees { get; private set; }
    public int Mentors { get; private set; }
    public int Candidates { get; private set; }
    public long Total { get; private set; }
    public long GreedyTotal { get; private set; }
    public RoundState State { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public string StartedBy { get; private set; } = "";
    public Guid Version { get; private set; } = Guid.NewGuid();
    public IReadOnlyList<RoundPair> Pairs => _pairs;

    public MatchWeights Weights => new(WeightProduct, WeightNeeds, WeightDistance, WeightCapacity);

    public static MatchingRound Start(Guid programId, string? name, string regionCode, MatchWeights weights, DateOnly on, string by)
    {
        var n = (name ?? "").Trim();
        if (n.Length == 0)
        {
            throw new DomainException("field.required", "Name");
        }

        if (n.Length > MaxName)
        {
            throw new DomainException("text.toolong", "Name", ErrorKind.Validation, MaxName);
        }

        return new MatchingRound
        {
            Id = Guid.NewGuid(),
            ProgramId = programId,
            Name = n,
            RegionCode = regionCode,
            WeightProduct = weights.Product,
            WeightNeeds = weights.Needs,
            WeightDistance = weights.Distance,
            WeightCapacity = weights.Capacity,
            State = RoundState.Proposed,
            StartedOn = on,
            StartedBy = by,
        };
    }

    /// <summary>The peer seminars proposed with the round, as JSON (<see cref="Seminars"/>).</summary>
    public string SeminarsJson { get; private set; } = "[]";

    public const int MaxSeminarsJson = 25_000;

    public IReadOnlyList<SeminarProposal> Seminars => System.Text.Json.JsonSerializer.Deserialize<List<SeminarProposal>>(SeminarsJson) ?? [];

    public void ProposeSeminars(IReadOnlyList<SeminarProposal> seminars) => SeminarsJson = System.Text.Json.JsonSerializer.Serialize(seminars);

    public void Propose(int mentees, int mentors, int candidates, long total, long greedy, IEnumerable<(Guid Mentor, Guid Mentee, int Score, string Reasons)> pairs)
    {
        (Mentees, Mentors, Candidates, Total, GreedyTotal) = (mentees, mentors, candidates, total, greedy);
        foreach (var p in pairs)
        {
            _pairs.Add(new RoundPair(Id, p.Mentor, p.Mentee, p.Score, p.Reasons));
        }
    }
}

/// <summary>
/// A peer seminar proposed with a round (docs/domain.md, Meet and Greet: matching): an independent mentor speaking to the coached
/// partners of a district who share a need they answer.
/// </summary>
public sealed record SeminarProposal(Guid SpeakerId, string DistrictCode, NeedKind Need, IReadOnlyList<Guid> Mentees);

/// <summary>One proposed pair of a round, with its score and the reasons in words.</summary>
public sealed class RoundPair
{
    public const int MaxReasons = 500;

    private RoundPair() { }

    internal RoundPair(Guid roundId, Guid mentor, Guid mentee, int score, string reasons)
    {
        Id = Guid.NewGuid();
        RoundId = roundId;
        MentorPartnerId = mentor;
        MenteePartnerId = mentee;
        Score = score;
        Reasons = reasons.Length <= MaxReasons ? reasons : reasons[..(MaxReasons - 3)] + "...";
        State = PairState.Proposed;
    }

    public Guid Id { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid MentorPartnerId { get; private set; }
    public Guid MenteePartnerId { get; private set; }
    public int Score { get; private set; }
    public string Reasons { get; private set; } = "";
    public PairState State { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The mentor's answer once the pair was kept: true agreed, null not asked yet (a decline is the state).</summary>
    public bool? MentorAgreed { get; private set; }

    public bool? MenteeAgreed { get; private set; }

    /// <summary>The pair this one replaced, when the officer swapped the mentor.</summary>
    public Guid? ReplacesPairId { get; private set; }

    /// <summary>A live pair counts against the mentor's capacity and gives the mentee their mentor.</summary>
    public bool Live => State is PairState.Proposed or PairState.Accepted;

    /// <summary>Both sides agreed: the pair meets.</summary>
    public bool Agreed => State == PairState.Accepted && MentorAgreed == true && MenteeAgreed == true;

    /// <summary>
    /// One side of a kept pair answers (docs/domain.md, Meet and Greet: matching): agrees, or declines, which ends the pair and keeps
    /// the two from being proposed to each other again. Each side answers once.
    /// </summary>
    public void Answer(bool mentor, bool agree)
    {
        if (State != PairState.Accepted || (mentor ? MentorAgreed : MenteeAgreed) is not null)
        {
            throw new DomainException("matching.pair.answered", null, ErrorKind.Conflict);
        }

        if (agree)
        {
            if (mentor)
            {
                MentorAgreed = true;
            }
            else
            {
                MenteeAgreed = true;
            }
        }
        else
        {
            State = mentor ? PairState.MentorDeclined : PairState.MenteeDeclined;
        }

        Version = Guid.NewGuid();
    }

    /// <summary>
    /// The officer gives the mentee another mentor: a pair still proposed is removed, and the new pair, already kept by the officer, is
    /// returned for the two to be asked. A pair the officer removed or the mentor declined may be swapped too; one the mentee declined
    /// may not.
    /// </summary>
    public RoundPair SwapTo(Guid mentor, int score, string reasons)
    {
        if (State is not (PairState.Proposed or PairState.Removed or PairState.MentorDeclined))
        {
            throw new DomainException("matching.pair.noswap", null, ErrorKind.Conflict);
        }

        if (mentor == MentorPartnerId)
        {
            throw new DomainValidationException([new DomainException("matching.swap.same", "MentorId")]);
        }

        if (State == PairState.Proposed)
        {
            State = PairState.Removed;
        }

        Version = Guid.NewGuid();
        return new RoundPair(RoundId, mentor, MenteePartnerId, score, reasons) { State = PairState.Accepted, ReplacesPairId = Id };
    }

    /// <summary>The officer keeps or removes a proposed pair; a pair already decided is a conflict.</summary>
    public void Decide(bool keep)
    {
        if (State != PairState.Proposed)
        {
            throw new DomainException("matching.pair.decided", null, ErrorKind.Conflict);
        }

        State = keep ? PairState.Accepted : PairState.Removed;
        Version = Guid.NewGuid();
    }
}
