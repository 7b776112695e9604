using Berdaya.Domain.Common;

namespace Berdaya.Web.Home;

/// <summary>
/// A feature's part of a partner's open needs (docs/domain.md, Coaching): legality gaps, help requests, visit
/// findings, a cash book not kept. Like <see cref="IWorkSource"/>, any class marked
/// <see cref="FeatureServiceAttribute"/> that implements it is asked, so the needs page and the session planner's
/// "invite by need" know every source without depending on the features behind them.
/// </summary>
public interface INeedSource
{
    /// <summary>The open needs of the given partners (already scoped by the caller), of one kind when asked.</summary>
    Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct);
}

/// <summary>One open need: <see cref="Reason"/> is already in the user's language ("PIRT kedaluwarsa 2026-03-01").</summary>
public sealed record PartnerNeed(Guid PartnerId, NeedKind Kind, string Reason, DateOnly? Since, string? Href = null);
