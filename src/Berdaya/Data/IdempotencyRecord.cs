namespace Berdaya.Data;

/// <summary>
/// A request made with an <c>Idempotency-Key</c> header: the same key and body answer with the first
/// result; the same key with another body is refused. The key is unique per user, so one user's key
/// never collides with another's.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Key { get; set; } = "";
    public string UserId { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public Guid ResultId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
