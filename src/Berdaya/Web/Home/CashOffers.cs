using Berdaya.Domain.CashBook;

namespace Berdaya.Web.Home;

/// <summary>
/// A feature whose records are money a partner received or paid (an outlet's payment, a supply order between members),
/// offered to the partner's cash book as a ready line (docs/domain.md, Cash book: lines offered by other records). Like
/// <see cref="INeedSource"/>, any class marked <see cref="FeatureServiceAttribute"/> that implements it is asked, so the
/// cash book knows every source without depending on the features behind them.
/// </summary>
public interface ICashOfferSource
{
    /// <summary>The kind of record this source offers, kept on the line it becomes ("supply-order").</summary>
    string SourceType { get; }

    /// <summary>
    /// The partner's records dated on or after <paramref name="since"/> that would be a line of their book, at most
    /// <paramref name="max"/>, newest first; the caller leaves out those already taken.
    /// </summary>
    Task<IReadOnlyList<CashOffer>> OffersAsync(Guid partnerId, DateOnly since, int max, CancellationToken ct);

    /// <summary>One record of the partner as a line, or null when it is not theirs or not money yet.</summary>
    Task<CashOffer?> FindAsync(Guid partnerId, Guid sourceId, CancellationToken ct);
}

/// <summary>One ready line: <see cref="Note"/> is already in the user's language ("Pembayaran Supermarket Yogya").</summary>
public sealed record CashOffer(string SourceType, Guid SourceId, DateOnly Date, CashCategory Category, decimal Amount, string Note);
