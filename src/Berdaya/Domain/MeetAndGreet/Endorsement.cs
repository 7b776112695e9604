using Berdaya.Domain.Common;

namespace Berdaya.Domain.MeetAndGreet;

public enum EndorserRole
{
    Officer = 1,
    Mentor = 2,
}

/// <summary>
/// A few words an officer or a mentor wrote for a partner, shown beside their directory entry (docs/domain.md, Meet and Greet:
/// trust signals). Kept as written, with who wrote it and when; an endorsement is taken back by its writer, not edited.
/// </summary>
public sealed class Endorsement
{
    public const int MaxText = 300;

    private Endorsement() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public EndorserRole Role { get; private set; }
    public string Text { get; private set; } = "";
    public string WrittenBy { get; private set; } = "";
    public string WriterName { get; private set; } = "";
    public DateOnly WrittenOn { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public static Endorsement Write(Guid programId, Guid partnerId, EndorserRole role, string? text, string writtenBy, string writerName, DateOnly on)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            throw new DomainException("field.required", "Text");
        }

        if (t.Length > MaxText)
        {
            throw new DomainException("text.toolong", "Text", ErrorKind.Validation, MaxText);
        }

        return new Endorsement
        {
            Id = Guid.NewGuid(),
            ProgramId = programId,
            PartnerId = partnerId,
            Role = role,
            Text = t,
            WrittenBy = writtenBy,
            WriterName = writerName,
            WrittenOn = on,
        };
    }

    public void Withdraw(DateTimeOffset at)
    {
        if (WithdrawnAt is not null)
        {
            throw new DomainException("endorsement.withdrawn", null, ErrorKind.Conflict);
        }

        WithdrawnAt = at;
    }
}
