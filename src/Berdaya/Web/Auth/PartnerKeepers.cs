using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Auth;

/// <summary>The partner whose own records (cash book, quarterly reports) are open.</summary>
public sealed record KeptPartner(Guid Id, Guid ProgramId, string OwnerName, string BusinessName, string VillageCode);

/// <summary>
/// Who keeps a partner's own records (docs/domain.md, Roles and scope; decision 0017): the partner, the treasurer of the
/// partner's group, the village's facilitator, the program office and administrators. Evaluators and viewers never (403);
/// another partner's records, or a partner out of scope, are not found (404).
/// </summary>
[FeatureService]
public sealed class PartnerKeepers(AppDbContext db, CurrentUser me)
{
    /// <summary>Roles that keep partners' records at all (the check still asks whose).</summary>
    public bool MayKeep => me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsPartner;

    public bool IsStaff => me.IsAdmin || me.IsOfficer || me.IsFacilitator;

    /// <summary>The partner, when the user keeps their records; <paramref name="forbidden"/> (403) or <paramref name="notFound"/> (404) otherwise.</summary>
    public async Task<KeptPartner> RequireAsync(Guid partnerId, string forbidden, string notFound, CancellationToken ct)
    {
        if (!MayKeep)
        {
            throw new DomainException(forbidden, null, ErrorKind.Forbidden);
        }

        var owner = await (await me.PartnersAsync(ct)).Where(p => p.Id == partnerId)
                        .Select(p => new KeptPartner(p.Id, p.ProgramId, p.OwnerName, p.BusinessName, p.VillageCode)).FirstOrDefaultAsync(ct)
                    ?? throw new DomainException(notFound, "Id", ErrorKind.NotFound);
        if (IsStaff)
        {
            return owner;
        }

        var scope = await me.ScopeAsync(ct);
        if (scope.PartnerId is { } self && (self == partnerId || await IsTreasurerOfAsync(self, partnerId, ct)))
        {
            return owner;
        }

        throw new DomainException(notFound, "Id", ErrorKind.NotFound);
    }

    /// <summary>
    /// Whose records the user keeps, asked of each partner a page shows (for its links): staff every partner of their
    /// scope (the page shows no other), a partner themselves and, as treasurer, their group's members; evaluators and
    /// viewers no one.
    /// </summary>
    public async Task<Func<Guid, bool>> KeptAsync(CancellationToken ct)
    {
        if (IsStaff)
        {
            return _ => true;
        }

        if (!MayKeep || (await me.ScopeAsync(ct)).PartnerId is not { } self)
        {
            return _ => false;
        }

        var members = await db.GroupMemberships.Where(m => m.ActivePartnerId != null && db.GroupMemberships
                .Any(t => t.GroupId == m.GroupId && t.ActivePartnerId == self && t.Role == GroupRole.Treasurer))
            .Select(m => m.ActivePartnerId!.Value).ToListAsync(ct);
        var kept = members.Append(self).ToHashSet();
        return kept.Contains;
    }

    /// <summary>
    /// Whose loans the user opens: partners read only the loans of those whose records they keep (their own, and a
    /// treasurer's group's); every other role the loans of the partners a page shows.
    /// </summary>
    public async Task<Func<Guid, bool>> LoansReadAsync(CancellationToken ct) => me.IsPartner ? await KeptAsync(ct) : _ => true;

    /// <summary>The user's own partner record, for the menu's links; null for staff.</summary>
    public async Task<Guid?> OwnPartnerAsync(CancellationToken ct) => me.IsPartner ? (await me.ScopeAsync(ct)).PartnerId : null;

    /// <summary>The treasurer keeps the records of every active member of their group (docs/domain.md, Roles and scope).</summary>
    private Task<bool> IsTreasurerOfAsync(Guid treasurer, Guid partnerId, CancellationToken ct) =>
        db.GroupMemberships.AnyAsync(m => m.ActivePartnerId == treasurer && m.Role == GroupRole.Treasurer
                                          && db.GroupMemberships.Any(x => x.GroupId == m.GroupId && x.ActivePartnerId == partnerId), ct);
}
