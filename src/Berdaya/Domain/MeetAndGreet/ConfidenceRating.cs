using Berdaya.Domain.Common;

namespace Berdaya.Domain.MeetAndGreet;

public enum ConfidenceMoment
{
    /// <summary>Before the mentee's first meeting of the round.</summary>
    Before = 1,

    /// <summary>After the mentee's last meeting of the round.</summary>
    After = 2,
}

/// <summary>
/// A mentee's confidence in a round (docs/domain.md, Meet and Greet: confidence): four short statements rated 1–5, once before
/// their first meeting and once after their last, by the mentee on their phone or through the facilitator. Never edited: one
/// rating per mentee, round and moment.
/// </summary>
public sealed class ConfidenceRating
{
    public const int Statements = 4;
    public const int Min = 1;
    public const int Max = 5;

    private ConfidenceRating() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid PartnerId { get; private set; }
    public ConfidenceMoment Moment { get; private set; }
    public int Grow { get; private set; }
    public int Reach { get; private set; }
    public int Help { get; private set; }
    public int Repay { get; private set; }
    public DateOnly RatedOn { get; private set; }
    public ConsentWay Way { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The mean of the four statements, to two decimals.</summary>
    public decimal Average => Math.Round((Grow + Reach + Help + Repay) / (decimal)Statements, 2);

    /// <summary>The statements' field names, in the order the form asks them.</summary>
    public static readonly string[] Fields = ["Grow", "Reach", "Help", "Repay"];

    /// <summary>
    /// Checks and makes a rating. <paramref name="firstCame"/> and <paramref name="lastCame"/> are the mentee's first and last meetings
    /// of the round they came to (null: none yet): before is rated no later than the first, after only once one was held and not
    /// before the last.
    /// </summary>
    public static ConfidenceRating Make(Guid programId, Guid roundId, Guid partnerId, ConfidenceMoment? moment, int?[] scores, DateOnly? ratedOn,
        DateOnly roundStarted, DateOnly? firstCame, DateOnly? lastCame, bool byPartner, ConsentWay? way, DateOnly today, string by, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        if (moment is not { } m || !Enum.IsDefined(m))
        {
            errors.Add(new DomainException("field.required", "Moment"));
        }

        for (var i = 0; i < Statements; i++)
        {
            var s = i < scores.Length ? scores[i] : null;
            if (s is not { } v || v < Min || v > Max)
            {
                errors.Add(new DomainException("confidence.range", Fields[i], ErrorKind.Validation, Min, Max));
            }
        }

        if (ratedOn is not { } d)
        {
            errors.Add(new DomainException("field.required", "RatedOn"));
        }
        else if (d > today)
        {
            errors.Add(new DomainException("date.future", "RatedOn"));
        }
        else if (d < roundStarted)
        {
            errors.Add(new DomainException("confidence.date.beforeround", "RatedOn", ErrorKind.Validation, roundStarted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (moment == ConfidenceMoment.Before && firstCame is { } f && d > f)
        {
            errors.Add(new DomainException("confidence.before.late", "RatedOn", ErrorKind.Validation, f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (moment == ConfidenceMoment.After && lastCame is null)
        {
            errors.Add(new DomainException("confidence.after.nomeeting", "Moment"));
        }
        else if (moment == ConfidenceMoment.After && lastCame is { } l && d < l)
        {
            errors.Add(new DomainException("confidence.after.early", "RatedOn", ErrorKind.Validation, l.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var how = byPartner ? ConsentWay.Self : way;
        if (how is not { } w || !Enum.IsDefined(w) || (!byPartner && w == ConsentWay.Self))
        {
            errors.Add(new DomainException("confidence.way.required", "Way"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new ConfidenceRating
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            RoundId = roundId,
            PartnerId = partnerId,
            Moment = moment!.Value,
            Grow = scores[0]!.Value,
            Reach = scores[1]!.Value,
            Help = scores[2]!.Value,
            Repay = scores[3]!.Value,
            RatedOn = ratedOn!.Value,
            Way = how!.Value,
            RecordedBy = by,
            RecordedAt = at,
        };
    }
}
