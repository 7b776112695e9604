using Berdaya.Domain.Common;

namespace Berdaya.Domain.MeetAndGreet;

public enum ConnectionKind
{
    /// <summary>One partner asks another.</summary>
    Partner = 1,

    /// <summary>A buyer's enquiry from the public products page.</summary>
    Buyer = 2,
}

public enum ConnectionState
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
}

/// <summary>
/// A request to connect (docs/domain.md, Meet and Greet): from a partner or a buyer to a listed partner who shows
/// <see cref="DirectoryField.Contact"/>. The partner accepts or declines; only on acceptance are phone numbers exchanged.
/// Every request and answer is kept; texts are stored as typed and always shown encoded.
/// </summary>
public sealed class ConnectionRequest
{
    public const int MaxMessage = 500;
    public const int MaxBuyerName = 100;
    public const int MaxBuyerContact = 100;

    private ConnectionRequest() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public ConnectionKind Kind { get; private set; }
    public Guid? FromPartnerId { get; private set; }
    public Guid ToPartnerId { get; private set; }
    public string? BuyerName { get; private set; }

    /// <summary>A buyer's phone or e-mail, shown to the partner only; never public.</summary>
    public string? BuyerContact { get; private set; }

    public string Message { get; private set; } = "";
    public ConnectionState State { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public string SentBy { get; private set; } = "";
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }

    /// <summary>The meeting of the Meet and Greet program the connection came from, if any.</summary>
    public Guid? MeetingId { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public static ConnectionRequest FromPartner(Guid programId, Guid from, Guid to, string? message, string sentBy, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        if (from == to)
        {
            errors.Add(new DomainException("connection.self", "ToPartnerId"));
        }

        var text = CheckMessage(message, errors);
        Throw(errors);
        return new ConnectionRequest
        {
            Id = Guid.NewGuid(),
            ProgramId = programId,
            Kind = ConnectionKind.Partner,
            FromPartnerId = from,
            ToPartnerId = to,
            Message = text,
            State = ConnectionState.Pending,
            SentAt = at,
            SentBy = sentBy,
        };
    }

    public static ConnectionRequest FromBuyer(Guid programId, Guid to, string? buyerName, string? buyerContact, string? message, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        var name = (buyerName ?? "").Trim();
        if (name.Length == 0)
        {
            errors.Add(new DomainException("field.required", "BuyerName"));
        }
        else if (name.Length > MaxBuyerName)
        {
            errors.Add(new DomainException("text.toolong", "BuyerName", ErrorKind.Validation, MaxBuyerName));
        }

        var contact = (buyerContact ?? "").Trim();
        if (contact.Length == 0)
        {
            errors.Add(new DomainException("field.required", "BuyerContact"));
        }
        else if (contact.Length > MaxBuyerContact)
        {
            errors.Add(new DomainException("text.toolong", "BuyerContact", ErrorKind.Validation, MaxBuyerContact));
        }
        else if (!IsEmail(contact) && !Partners.Phone.TryNormalize(contact, out _))
        {
            errors.Add(new DomainException("connection.buyer.contact", "BuyerContact"));
        }

        var text = CheckMessage(message, errors);
        Throw(errors);
        return new ConnectionRequest
        {
            Id = Guid.NewGuid(),
            ProgramId = programId,
            Kind = ConnectionKind.Buyer,
            ToPartnerId = to,
            BuyerName = name,
            BuyerContact = contact,
            Message = text,
            State = ConnectionState.Pending,
            SentAt = at,
            SentBy = "public",
        };
    }

    public void Answer(bool accept, string by, DateTimeOffset at)
    {
        if (State != ConnectionState.Pending)
        {
            throw new DomainException("connection.answered", null, ErrorKind.Conflict);
        }

        State = accept ? ConnectionState.Accepted : ConnectionState.Declined;
        AnsweredAt = at;
        AnsweredBy = by;
        Version = Guid.NewGuid();
    }

    /// <summary>One @ with a name before it and a dotted domain after it, no spaces.</summary>
    private static bool IsEmail(string s)
    {
        var at = s.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == s.LastIndexOf('@') && !s.Any(char.IsWhiteSpace) && s.IndexOf('.', at) is var dot && dot > at + 1 && dot < s.Length - 1;
    }

    private static string CheckMessage(string? message, List<DomainException> errors)
    {
        var text = (message ?? "").Trim();
        if (text.Length == 0)
        {
            errors.Add(new DomainException("field.required", "Message"));
        }
        else if (text.Length > MaxMessage)
        {
            errors.Add(new DomainException("text.toolong", "Message", ErrorKind.Validation, MaxMessage));
        }

        return text;
    }

    private static void Throw(List<DomainException> errors)
    {
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
