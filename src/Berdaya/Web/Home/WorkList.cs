namespace Berdaya.Web.Home;

/// <summary>
/// A feature's part of the home page's work list: what is waiting for the signed-in user in that feature,
/// already scoped to their programs, villages or group. A feature implements it on a class marked
/// <see cref="FeatureServiceAttribute"/>; the home page asks every source and shows their items in
/// <see cref="WorkItem.Order"/>, so a new area adds its tasks without the home page knowing it. A source
/// answers with a few counts, never by loading whole tables, and with nothing for a role it has no work for.
/// </summary>
public interface IWorkSource
{
    Task<IReadOnlyList<WorkItem>> ItemsAsync(CancellationToken ct);
}

/// <summary>
/// One line of the work list. <see cref="Text"/> is already in the user's language; <see cref="Href"/> opens
/// the list that shows exactly the <see cref="Count"/> records (none for a plain link); <see cref="Details"/>
/// name a few of them (who is late, the amount due). <see cref="Id"/> is stable for tests and styles.
/// </summary>
public sealed record WorkItem(string Id, int Order, string Text, string Href, int? Count = null, IReadOnlyList<string>? Details = null)
{
    /// <summary>Places in the list: the day's money first, then decisions, then reading.</summary>
    public const int Collection = 10;
    public const int Installment = 20;
    public const int Decisions = 30;
    public const int Arrears = 40;
    public const int Drafts = 50;
    public const int Reports = 80;
}
