namespace Berdaya.Data;

/// <summary>One recorded change or sensitive read: who, when, which record, what changed.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";

    /// <summary>Added, Modified, Deleted, or ReadNik.</summary>
    public string Action { get; set; } = "";

    /// <summary>JSON object of property → [old, new]; personal data masked.</summary>
    public string? Changes { get; set; }
}
