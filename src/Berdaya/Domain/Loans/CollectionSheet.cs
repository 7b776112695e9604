namespace Berdaya.Domain.Loans;

/// <summary>A group's monthly collection sheet as posted by its treasurer or an officer: every line or none.</summary>
public sealed class CollectionSheet
{
    private CollectionSheet() { }

    public CollectionSheet(Guid programId, Guid groupId, DateOnly month, DateOnly paidOn, decimal total, int payments, string postedBy, DateTimeOffset at,
        string? submissionKey = null)
    {
        Id = Guid.CreateVersion7();
        SubmissionKey = submissionKey;
        ProgramId = programId;
        GroupId = groupId;
        Month = new DateOnly(month.Year, month.Month, 1);
        PaidOn = paidOn;
        Total = total;
        Payments = payments;
        PostedBy = postedBy;
        PostedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid GroupId { get; private set; }
    public DateOnly Month { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public decimal Total { get; private set; }
    public int Payments { get; private set; }
    public string PostedBy { get; private set; } = "";
    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>The key the posting form or API client sent: the same key again answers this sheet instead of posting it twice.</summary>
    public string? SubmissionKey { get; private set; }
}
