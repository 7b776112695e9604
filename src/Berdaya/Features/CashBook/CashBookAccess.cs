using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.CashBook;

/// <summary>The partner whose book is open, as far as the cash book needs them.</summary>
public sealed record CashBookOwner(Guid Id, Guid ProgramId, string OwnerName, string BusinessName);

/// <summary>
/// Who may keep and read a partner's cash book (docs/domain.md, Cash book; decision 0017): the partner, the
/// treasurer of the partner's group, the village's facilitator, the program office and administrators. Personal
/// money stays private: evaluators and viewers never (403); another partner's book is not found (404), as is a
/// partner out of scope.
/// </summary>
[FeatureService]
public sealed class CashBookAccess(AppDbContext db, CurrentUser me)
{
    /// <summary>Roles that keep cash books at all (the handler still checks which book).</summary>
    public bool MayKeepBooks => me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsPartner;

    private bool IsStaff => me.IsAdmin || me.IsOfficer || me.IsFacilitator;

    public async Task<CashBookOwner> RequireAsync(Guid partnerId, CancellationToken ct)
    {
        if (!MayKeepBooks)
        {
            throw new DomainException("cashbook.forbidden", null, ErrorKind.Forbidden);
        }

        var owner = await (await me.PartnersAsync(ct)).Where(p => p.Id == partnerId)
                        .Select(p => new CashBookOwner(p.Id, p.ProgramId, p.OwnerName, p.BusinessName)).FirstOrDefaultAsync(ct)
                    ?? throw NotFound();
        if (IsStaff)
        {
            return owner;
        }

        var scope = await me.ScopeAsync(ct);
        if (scope.PartnerId is not { } self)
        {
            throw NotFound();
        }

        if (self == partnerId || await IsTreasurerOfAsync(self, partnerId, ct))
        {
            return owner;
        }

        throw NotFound();
    }

    /// <summary>The user's own partner record, for the menu's "my cash book"; null for staff.</summary>
    public async Task<Guid?> OwnPartnerAsync(CancellationToken ct) => me.IsPartner ? (await me.ScopeAsync(ct)).PartnerId : null;

    /// <summary>The treasurer keeps the book of every active member of their group (docs/domain.md, Roles and scope).</summary>
    private Task<bool> IsTreasurerOfAsync(Guid treasurer, Guid partnerId, CancellationToken ct) =>
        db.GroupMemberships.AnyAsync(m => m.ActivePartnerId == treasurer && m.Role == GroupRole.Treasurer
                                          && db.GroupMemberships.Any(x => x.GroupId == m.GroupId && x.ActivePartnerId == partnerId), ct);

    private static DomainException NotFound() => new("cashbook.partner.notfound", "Id", ErrorKind.NotFound);
}
