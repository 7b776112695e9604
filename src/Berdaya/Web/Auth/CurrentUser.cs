using System.Security.Claims;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Socialization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Auth;

/// <summary>
/// Who is asking and which records they may see (docs/domain.md, Roles and scope). Every query for partners,
/// groups and what hangs off them starts from one of these filters, so out-of-scope records are
/// simply not found (404), never revealed.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, AppDbContext db)
{
    private ScopeData? _scope;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public string RequiredId => Id ?? throw new DomainException("auth.required", null, ErrorKind.Forbidden);

    public string? Name => Principal.Identity?.Name;

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool IsAdmin => IsInRole(Roles.Administrator);
    public bool IsOfficer => IsInRole(Roles.ProgramOfficer);
    public bool IsFacilitator => IsInRole(Roles.Facilitator);
    public bool IsPartner => IsInRole(Roles.Partner);
    public bool IsEvaluator => IsInRole(Roles.Evaluator);
    public bool IsViewer => IsInRole(Roles.Viewer);

    /// <summary>Roles allowed to read a full NIK on demand (each read is audited).</summary>
    public bool MayRevealNik => IsAdmin || IsOfficer || IsFacilitator;

    /// <summary>Roles that see personal data (phone, NIK masked) at all; evaluators never do.</summary>
    public bool MaySeeContact => IsAdmin || IsOfficer || IsFacilitator;

    /// <summary>Roles that register partners, socializations and groups.</summary>
    public bool MayRegister => IsAdmin || IsOfficer || IsFacilitator;

    public async Task<ScopeData> ScopeAsync(CancellationToken ct = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var id = Id;
        if (id is null)
        {
            return _scope = ScopeData.None;
        }

        var programs = await db.UserPrograms.Where(x => x.UserId == id).Select(x => x.ProgramId).ToListAsync(ct);
        var villages = IsFacilitator
            ? await db.UserVillages.Where(x => x.UserId == id).Select(x => x.VillageCode).ToListAsync(ct)
            : [];
        Guid? partnerId = null;
        var groupIds = new List<Guid>();
        if (IsPartner)
        {
            partnerId = await db.Users.Where(u => u.Id == id).Select(u => u.PartnerId).FirstOrDefaultAsync(ct);
            if (partnerId is { } p)
            {
                groupIds = await db.GroupMemberships.Where(m => m.ActivePartnerId == p).Select(m => m.GroupId).ToListAsync(ct);
                var partnerProgram = await db.Partners.Where(x => x.Id == p).Select(x => x.ProgramId).FirstOrDefaultAsync(ct);
                programs.Add(partnerProgram);
            }
        }

        return _scope = new ScopeData(IsAdmin, programs.Distinct().ToHashSet(), villages.ToHashSet(), partnerId, groupIds.ToHashSet());
    }

    public async Task<IQueryable<Partner>> PartnersAsync(CancellationToken ct = default)
    {
        var s = await ScopeAsync(ct);
        IQueryable<Partner> q = db.Partners;
        if (s.IsAdmin)
        {
            return q;
        }

        if (IsPartner)
        {
            // A partner sees their own record and the members of their group.
            var pid = s.PartnerId ?? Guid.Empty;
            var groups = s.GroupIds.ToList();
            return q.Where(p => p.Id == pid || db.GroupMemberships.Any(m => m.ActivePartnerId == p.Id && groups.Contains(m.GroupId)));
        }

        var programs = s.ProgramIds.ToList();
        q = q.Where(p => programs.Contains(p.ProgramId));
        if (IsFacilitator && !IsOfficer)
        {
            var villages = s.VillageCodes.ToList();
            q = q.Where(p => villages.Contains(p.VillageCode));
        }

        return q;
    }

    public async Task<IQueryable<PartnerGroup>> GroupsAsync(CancellationToken ct = default)
    {
        var s = await ScopeAsync(ct);
        IQueryable<PartnerGroup> q = db.Groups;
        if (s.IsAdmin)
        {
            return q;
        }

        if (IsPartner)
        {
            var groups = s.GroupIds.ToList();
            return q.Where(g => groups.Contains(g.Id));
        }

        var programs = s.ProgramIds.ToList();
        q = q.Where(g => programs.Contains(g.ProgramId));
        if (IsFacilitator && !IsOfficer)
        {
            var villages = s.VillageCodes.ToList();
            q = q.Where(g => villages.Contains(g.VillageCode));
        }

        return q;
    }

    public async Task<IQueryable<SocializationEvent>> SocializationsAsync(CancellationToken ct = default)
    {
        var s = await ScopeAsync(ct);
        IQueryable<SocializationEvent> q = db.Socializations;
        if (s.IsAdmin)
        {
            return q;
        }

        if (IsPartner || IsEvaluator)
        {
            return q.Where(_ => false);
        }

        var programs = s.ProgramIds.ToList();
        q = q.Where(e => programs.Contains(e.ProgramId));
        if (IsFacilitator && !IsOfficer)
        {
            var villages = s.VillageCodes.ToList();
            q = q.Where(e => villages.Contains(e.VillageCode));
        }

        return q;
    }

    /// <summary>Throws 404 unless the program is in scope (admins see all).</summary>
    public async Task RequireProgramAsync(Guid programId, CancellationToken ct = default)
    {
        var s = await ScopeAsync(ct);
        if (!s.IsAdmin && !s.ProgramIds.Contains(programId))
        {
            throw new DomainException("program.notfound", "ProgramId", ErrorKind.NotFound);
        }
    }

    /// <summary>Throws unless a facilitator may work in the village (officers and admins: any village).</summary>
    public async Task RequireVillageAsync(string villageCode, string field = "VillageCode", CancellationToken ct = default)
    {
        var s = await ScopeAsync(ct);
        if (IsFacilitator && !IsOfficer && !s.IsAdmin && !s.VillageCodes.Contains(villageCode))
        {
            throw new DomainException("village.outofscope", field, ErrorKind.Forbidden);
        }
    }

    /// <summary>The single program a new record goes into when the user has exactly one.</summary>
    public async Task<Guid?> DefaultProgramAsync(CancellationToken ct = default)
    {
        var s = await ScopeAsync(ct);
        if (s.ProgramIds.Count == 1)
        {
            return s.ProgramIds.First();
        }

        return s.IsAdmin ? await db.Programs.OrderBy(p => p.Code).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) : null;
    }
}

public sealed record ScopeData(bool IsAdmin, IReadOnlySet<Guid> ProgramIds, IReadOnlySet<string> VillageCodes, Guid? PartnerId, IReadOnlySet<Guid> GroupIds)
{
    public static readonly ScopeData None = new(false, new HashSet<Guid>(), new HashSet<string>(), null, new HashSet<Guid>());
}
