namespace Berdaya.Domain.Reminders;

/// <summary>
/// Something that came due and was raised once by the reminder job (docs/domain.md, Reminders and the work list):
/// a licence about to expire, a follow-up due, an adoption check. <see cref="Key"/> is unique, so the thing is
/// raised once however many app nodes run the job. It is for one user when <see cref="AssigneeUserId"/> is set;
/// otherwise for the program's officers, the facilitators of <see cref="VillageCode"/> and the partner.
/// </summary>
public sealed class Reminder
{
    public const int KeyLength = 120;
    public const int KindLength = 60;
    public const int SubjectLength = 300;
    public const int HrefLength = 300;
    public const int MessageLength = 1000;

    private Reminder() { }

    public Reminder(string key, string kind, Guid programId, DateOnly dueOn, string subject, string href, Guid? partnerId,
        string? villageCode, string? assigneeUserId, string? whatsAppMessage, DateTimeOffset raisedAt)
    {
        Id = Guid.CreateVersion7();
        Key = Cut(key, KeyLength);
        Kind = Cut(kind, KindLength);
        ProgramId = programId;
        DueOn = dueOn;
        Subject = Cut(subject, SubjectLength);
        Href = Cut(href, HrefLength);
        PartnerId = partnerId;
        VillageCode = villageCode;
        AssigneeUserId = assigneeUserId;
        WhatsAppMessage = whatsAppMessage is null ? null : Cut(whatsAppMessage, MessageLength);
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public Guid ProgramId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public string Subject { get; private set; } = "";
    public string Href { get; private set; } = "";
    public Guid? PartnerId { get; private set; }
    public string? VillageCode { get; private set; }
    public string? AssigneeUserId { get; private set; }
    public string? WhatsAppMessage { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }

    public bool IsOpen => DoneAt is null;

    /// <summary>Marks the reminder dealt with, for everyone it was for; a second mark keeps the first.</summary>
    public bool MarkDone(string by, DateTimeOffset at)
    {
        if (DoneAt is not null)
        {
            return false;
        }

        DoneAt = at;
        DoneBy = by;
        return true;
    }

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;
}
