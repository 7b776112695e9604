using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Repayments;
using Berdaya.Features.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Repayments;

/// <summary>The group a collection is for, as far as the sheet needs it.</summary>
public sealed record CollectionGroup(Guid Id, string Name, Guid ProgramId, string VillageCode);

/// <summary>
/// Who may see and post a group's monthly collection (docs/domain.md, Roles and scope: the
/// treasurer posts the group's monthly collection): the program office, the village's facilitator,
/// or the treasurer of this very group. A group outside the user's scope is not found; anyone else in
/// scope is refused.
/// </summary>
[FeatureService]
public sealed class CollectionAccess(CurrentUser me, LoanAccess loans, Texts texts)
{
    public async Task<CollectionGroup> GroupAsync(Guid id, CancellationToken ct)
    {
        var groups = await me.GroupsAsync(ct);
        return await groups.Where(g => g.Id == id).Select(g => new CollectionGroup(g.Id, g.Name, g.ProgramId, g.VillageCode)).FirstOrDefaultAsync(ct)
               ?? throw new DomainException("collection.group.notfound", "Id", ErrorKind.NotFound);
    }

    public async Task<bool> MayCollectAsync(Guid groupId, CancellationToken ct) =>
        me.IsAdmin || me.IsOfficer || me.IsFacilitator || (me.IsPartner && await loans.IsTreasurerAsync(groupId, ct));

    /// <summary>
    /// Why the user may not open the group's sheet or due list, for the page to show with its 403; null when
    /// they may. An unknown group, one out of scope, or a month that is not yyyy-MM is not found (404).
    /// </summary>
    public async Task<string?> PageRefusalAsync(Guid groupId, string? month, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(month) && !CollectionMonth.TryParse(month, out _))
        {
            throw new DomainException("collection.month", "Month", ErrorKind.NotFound);
        }

        await GroupAsync(groupId, ct);
        return await MayCollectAsync(groupId, ct) ? null : texts.Get("error.collection.forbidden", CultureInfo.CurrentUICulture);
    }

    /// <summary>The group (404 when out of scope), once the user is known to collect for it (403 otherwise).</summary>
    public async Task<CollectionGroup> RequireCollectorAsync(Guid groupId, CancellationToken ct)
    {
        var group = await GroupAsync(groupId, ct);
        return await MayCollectAsync(groupId, ct) ? group : throw new DomainException("collection.forbidden", null, ErrorKind.Forbidden);
    }
}
