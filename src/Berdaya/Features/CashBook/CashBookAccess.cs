using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.CashBook;

/// <summary>The partner whose book is open, as far as the cash book needs them.</summary>
public sealed record CashBookOwner(Guid Id, Guid ProgramId, string OwnerName, string BusinessName);

/// <summary>
/// Who may keep and read a partner's cash book (docs/domain.md, Cash book; decision 0017): those who keep the partner's own
/// records (<see cref="PartnerKeepers"/>). Personal money stays private: evaluators and viewers never (403); another
/// partner's book is not found (404), as is a partner out of scope.
/// </summary>
[FeatureService]
public sealed class CashBookAccess(PartnerKeepers keepers)
{
    /// <summary>Roles that keep cash books at all (the handler still checks which book).</summary>
    public bool MayKeepBooks => keepers.MayKeep;

    public async Task<CashBookOwner> RequireAsync(Guid partnerId, CancellationToken ct)
    {
        var p = await keepers.RequireAsync(partnerId, "cashbook.forbidden", "cashbook.partner.notfound", ct);
        return new CashBookOwner(p.Id, p.ProgramId, p.OwnerName, p.BusinessName);
    }

    /// <summary>The user's own partner record, for the menu's "my cash book"; null for staff.</summary>
    public Task<Guid?> OwnPartnerAsync(CancellationToken ct) => keepers.OwnPartnerAsync(ct);
}
