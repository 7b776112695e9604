using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>The partner a directory decision is about: as much as the consent page and the entry need.</summary>
public sealed record ConsentPartner(Guid Id, Guid ProgramId, string OwnerName, string BusinessName, string VillageCode, Guid? GroupId);

/// <summary>
/// Who reads and changes the directory (docs/domain.md, Meet and Greet; Roles and scope): the staff and viewers of a program and
/// its partners read the directory of that program; a partner records their own decision, the field staff one given to them by a
/// partner in their scope; officers write endorsements. Evaluators never (403): the directory names people.
/// </summary>
[FeatureService]
public sealed class DirectoryAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public bool MayRead => me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsViewer || me.IsPartner;
    public bool IsField => me.IsAdmin || me.IsOfficer || me.IsFacilitator;
    public bool MayEndorse => me.IsAdmin || me.IsOfficer;
    public bool IsPartner => me.IsPartner && !IsField;
    public DateOnly Today => clock.Today();
    public DateTimeOffset Now => clock.GetUtcNow();
    public string By => me.Name ?? me.RequiredId;
    public string UserId => me.RequiredId;

    public void RequireReader()
    {
        if (!MayRead)
        {
            throw new DomainException("directory.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>The programs whose directory the reader sees (null: every program, for an administrator).</summary>
    public async Task<IReadOnlySet<Guid>?> ProgramsAsync(CancellationToken ct)
    {
        RequireReader();
        var s = await me.ScopeAsync(ct);
        return s.IsAdmin ? null : s.ProgramIds;
    }

    /// <summary>The reader's own partner record, for a partner user.</summary>
    public async Task<Guid?> OwnPartnerAsync(CancellationToken ct) => me.IsPartner ? (await me.ScopeAsync(ct)).PartnerId : null;

    /// <summary>
    /// A partner whose decision the reader may see (write: record): a partner user only themself; field staff the partners in their
    /// scope; officers and viewers of the program read. Otherwise 404 (403 for a role that never reads).
    /// </summary>
    public async Task<ConsentPartner> PartnerAsync(Guid partnerId, bool write, CancellationToken ct)
    {
        RequireReader();
        if (write && !IsField && !me.IsPartner)
        {
            throw new DomainException("directory.forbidden", null, ErrorKind.Forbidden);
        }

        var s = await me.ScopeAsync(ct);
        var q = await me.PartnersAsync(ct);
        if (IsPartner)
        {
            var own = s.PartnerId ?? Guid.Empty;
            q = q.Where(p => p.Id == own);
        }

        return await q.Where(p => p.Id == partnerId)
                   .Select(p => new ConsentPartner(p.Id, p.ProgramId, p.OwnerName, p.BusinessName, p.VillageCode,
                       db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault()))
                   .FirstOrDefaultAsync(ct)
               ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
    }
}
