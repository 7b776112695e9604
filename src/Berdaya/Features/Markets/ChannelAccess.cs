using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets;

/// <summary>The partner a readiness belongs to, as much as the pages and the timeline need.</summary>
public sealed record ReadinessPartner(Guid Id, Guid ProgramId, string OwnerName, string BusinessName, Guid? GroupId);

/// <summary>
/// Who may read and change channels and readiness (docs/domain.md, Roles and scope; decision 0019): the program
/// office keeps the channels; everyone signed in reads their program's channels (no person in them); staff in scope
/// and the partner themself declare and read a partner's readiness, viewers read it; evaluators see the matrix's
/// counts only, never a partner's name, NIK or phone.
/// </summary>
[FeatureService]
public sealed class ChannelAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public const string MatrixReaders = $"{Roles.Administrator},{Roles.ProgramOfficer},{Roles.Facilitator},{Roles.Viewer},{Roles.Evaluator}";

    public DateOnly Today => clock.Today();

    public DateTimeOffset Now => clock.GetUtcNow();

    public string UserId => me.RequiredId;

    public CurrentUser User => me;

    public bool MayEditChannels => me.IsAdmin || me.IsOfficer;

    /// <summary>Matrix rows name partners: staff and viewers; an evaluator reads the counts only.</summary>
    public bool MaySeeNames => me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsViewer;

    public void RequireOffice()
    {
        if (!MayEditChannels)
        {
            throw new DomainException("channel.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>Staff, viewers and evaluators read the readiness matrix; partners read their own readiness only.</summary>
    public bool MayReadMatrix => MaySeeNames || me.IsEvaluator;

    public void RequireMatrixReader()
    {
        if (!MayReadMatrix)
        {
            throw new DomainException("channel.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>A channel of a program in scope; any other is not found (404).</summary>
    public async Task<MarketChannel> ChannelAsync(Guid id, CancellationToken ct)
    {
        var channel = await db.MarketChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        var s = await me.ScopeAsync(ct);
        return channel is not null && (s.IsAdmin || s.ProgramIds.Contains(channel.ProgramId))
            ? channel
            : throw new DomainException("channel.notfound", "Id", ErrorKind.NotFound);
    }

    /// <summary>
    /// The partner whose readiness is read or declared: in the reader's scope, a partner user only themself (another
    /// member of the group is not found); an evaluator never reads a named partner's readiness (403).
    /// </summary>
    public async Task<ReadinessPartner> PartnerAsync(Guid partnerId, CancellationToken ct)
    {
        if (me.IsEvaluator && !me.IsAdmin)
        {
            throw new DomainException("channel.forbidden", null, ErrorKind.Forbidden);
        }

        var s = await me.ScopeAsync(ct);
        var q = await me.PartnersAsync(ct);
        if (me.IsPartner && !s.IsAdmin)
        {
            var own = s.PartnerId ?? Guid.Empty;
            q = q.Where(p => p.Id == own);
        }

        return await q.Where(p => p.Id == partnerId)
                   .Select(p => new ReadinessPartner(p.Id, p.ProgramId, p.OwnerName, p.BusinessName,
                       db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault()))
                   .FirstOrDefaultAsync(ct)
               ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
    }

    /// <summary>Who declares: the partner themself, or staff for them; a viewer never (403).</summary>
    public DeclaredBy Declarer() =>
        me.IsAdmin || me.IsOfficer ? DeclaredBy.Officer
        : me.IsFacilitator ? DeclaredBy.Facilitator
        : me.IsPartner ? DeclaredBy.Partner
        : throw new DomainException("channel.forbidden", null, ErrorKind.Forbidden);

    public bool MayDeclare => me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsPartner;
}
