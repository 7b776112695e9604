using Berdaya.Domain.Common;

namespace Berdaya.Domain.MeetAndGreet;

/// <summary>
/// A partner who volunteers to mentor (docs/domain.md, Meet and Greet: mentors): how many mentees they can take, how far they
/// can travel, and the kinds of need they offer to help with. The latest offer of a partner is in force until withdrawn.
/// </summary>
public sealed class MentorOffer
{
    public const int MaxCapacity = 10;
    public const int MaxTravelKm = 200;

    private MentorOffer() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public int Capacity { get; private set; }
    public int TravelKm { get; private set; }

    /// <summary>The kinds of need offered, one bit per <see cref="NeedKind"/> (1 &lt;&lt; kind).</summary>
    public int Topics { get; private set; }

    public DateOnly OfferedOn { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool Offers(NeedKind kind) => (Topics & Bit(kind)) != 0;

    public static int Bit(NeedKind kind) => 1 << (int)kind;

    public static IReadOnlyList<NeedKind> KindsOf(int topics) => Enum.GetValues<NeedKind>().Where(k => (topics & Bit(k)) != 0).ToList();

    public static MentorOffer Make(Guid programId, Guid partnerId, int? capacity, int? travelKm, IReadOnlyCollection<NeedKind>? topics, DateOnly today,
        string recordedBy)
    {
        var errors = new List<DomainException>();
        if (capacity is not { } c || c < 1 || c > MaxCapacity)
        {
            errors.Add(new DomainException("mentor.capacity.range", "Capacity", ErrorKind.Validation, MaxCapacity));
        }

        if (travelKm is not { } km || km < 0 || km > MaxTravelKm)
        {
            errors.Add(new DomainException("mentor.travel.range", "TravelKm", ErrorKind.Validation, MaxTravelKm));
        }

        var kinds = (topics ?? []).Distinct().ToList();
        if (kinds.Count == 0 || kinds.Any(k => !Enum.IsDefined(k)))
        {
            errors.Add(new DomainException("mentor.topics.required", "Topics"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new MentorOffer
        {
            Id = Guid.NewGuid(),
            ProgramId = programId,
            PartnerId = partnerId,
            Capacity = capacity!.Value,
            TravelKm = travelKm!.Value,
            Topics = kinds.Aggregate(0, (a, k) => a | Bit(k)),
            OfferedOn = today,
            RecordedBy = recordedBy,
        };
    }

    public void Withdraw(DateTimeOffset at)
    {
        if (WithdrawnAt is not null)
        {
            throw new DomainException("mentor.withdrawn", null, ErrorKind.Conflict);
        }

        WithdrawnAt = at;
    }
}
