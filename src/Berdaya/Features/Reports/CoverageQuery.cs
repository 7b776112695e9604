using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Reports;

/// <summary>How many activities of one approach a group or partner received, and when the first and the last were.</summary>
public sealed record CoverageCell(int Count, DateOnly First, DateOnly Last);

public sealed record CoverageRow(Guid Id, string Name, string? Detail, IReadOnlyDictionary<FivePApproach, CoverageCell> Cells);

/// <summary>The program's activities of one approach: how many, how many groups they reached, the last one.</summary>
public sealed record CoverageTotal(FivePApproach Approach, int Activities, int Groups, DateOnly? Last);

public sealed record CoverageReport(Guid ProgramId, bool ByPartner, IReadOnlyList<CoverageRow> Rows, int Page, int RowCount, IReadOnlyList<CoverageTotal> Totals)
{
    public bool More => Page * CoverageQuery.PageSize < RowCount;

    public int PageCount => Math.Max(1, (RowCount + CoverageQuery.PageSize - 1) / CoverageQuery.PageSize);
}

/// <summary>
/// Coverage (docs/domain.md, Coverage): for each group, or each partner, which of the 5P approaches they received,
/// with counts and dates, read from the timeline every activity writes to. A partner received what names them
/// and what their group received as a group. A page of rows at a time, with the program's totals.
/// </summary>
[FeatureService]
public sealed class CoverageQuery(AppDbContext db, CurrentUser me)
{
    public const int PageSize = 50;
    public const string Readers = $"{Data.Identity.Roles.Administrator},{Data.Identity.Roles.ProgramOfficer},{Data.Identity.Roles.Facilitator},{Data.Identity.Roles.Viewer}";

    public async Task<CoverageReport> HandleAsync(Guid programId, bool byPartner, int page, CancellationToken ct)
    {
        if (!(me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsViewer))
        {
            throw new DomainException("coverage.forbidden", null, ErrorKind.Forbidden);
        }

        page = Math.Clamp(page, 1, 100_000);
        var groups = (await me.GroupsAsync(ct)).Where(g => g.ProgramId == programId);
        var totals = await TotalsAsync(programId, groups, ct);
        return byPartner
            ? await PartnersAsync(programId, page, totals, ct)
            : await GroupsAsync(programId, groups, page, totals, ct);
    }

    private async Task<IReadOnlyList<CoverageTotal>> TotalsAsync(Guid programId, IQueryable<Domain.Groups.PartnerGroup> groups, CancellationToken ct)
    {
        var events = db.Timeline.Where(t => t.ProgramId == programId && t.GroupId != null);
        if (!me.IsAdmin && !me.IsOfficer && !me.IsViewer)
        {
            var ids = groups.Select(g => g.Id);
            events = events.Where(t => ids.Contains(t.GroupId!.Value));
        }

        var rows = await events.GroupBy(t => t.Approach)
            .Select(g => new { Approach = g.Key, Count = g.Count(), Groups = g.Select(t => t.GroupId).Distinct().Count(), Last = g.Max(t => t.OccurredOn) })
            .ToListAsync(ct);
        return Enum.GetValues<FivePApproach>()
            .Select(a => rows.FirstOrDefault(r => r.Approach == a) is { } r ? new CoverageTotal(a, r.Count, r.Groups, r.Last) : new CoverageTotal(a, 0, 0, null))
            .ToList();
    }

    private async Task<CoverageReport> GroupsAsync(Guid programId, IQueryable<Domain.Groups.PartnerGroup> groups, int page, IReadOnlyList<CoverageTotal> totals,
        CancellationToken ct)
    {
        var count = await groups.CountAsync(ct);
        var rows = await groups.OrderBy(g => g.Name).ThenBy(g => g.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(g => new { g.Id, g.Name, g.VillageCode }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var cells = await db.Timeline.Where(t => t.GroupId != null && ids.Contains(t.GroupId.Value))
            .GroupBy(t => new { t.GroupId, t.Approach })
            .Select(g => new { g.Key.GroupId, g.Key.Approach, Count = g.Count(), First = g.Min(t => t.OccurredOn), Last = g.Max(t => t.OccurredOn) })
            .ToListAsync(ct);
        var list = rows.Select(r => new CoverageRow(r.Id, r.Name, r.VillageCode,
            cells.Where(c => c.GroupId == r.Id).ToDictionary(c => c.Approach, c => new CoverageCell(c.Count, c.First, c.Last)))).ToList();
        return new CoverageReport(programId, false, list, page, count, totals);
    }

    private async Task<CoverageReport> PartnersAsync(Guid programId, int page, IReadOnlyList<CoverageTotal> totals, CancellationToken ct)
    {
        var partners = (await me.PartnersAsync(ct)).Where(p => p.ProgramId == programId);
        var count = await partners.CountAsync(ct);
        var rows = await partners.OrderBy(p => p.OwnerName).ThenBy(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.OwnerName, p.BusinessName }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var own = await db.Timeline.Where(t => t.PartnerId != null && ids.Contains(t.PartnerId.Value))
            .GroupBy(t => new { t.PartnerId, t.Approach })
            .Select(g => new { Key = g.Key.PartnerId!.Value, g.Key.Approach, Count = g.Count(), First = g.Min(t => t.OccurredOn), Last = g.Max(t => t.OccurredOn) })
            .ToListAsync(ct);
        var memberships = await db.GroupMemberships.Where(m => ids.Contains(m.PartnerId)).Select(m => new { m.PartnerId, m.GroupId }).Distinct().ToListAsync(ct);
        var groupIds = memberships.Select(m => m.GroupId).Distinct().ToList();
        var shared = await db.Timeline.Where(t => t.PartnerId == null && t.GroupId != null && groupIds.Contains(t.GroupId.Value))
            .GroupBy(t => new { t.GroupId, t.Approach })
            .Select(g => new { Key = g.Key.GroupId!.Value, g.Key.Approach, Count = g.Count(), First = g.Min(t => t.OccurredOn), Last = g.Max(t => t.OccurredOn) })
            .ToListAsync(ct);
        var list = rows.Select(r =>
        {
            var mine = own.Where(c => c.Key == r.Id)
                .Concat(shared.Where(c => memberships.Any(m => m.PartnerId == r.Id && m.GroupId == c.Key)));
            var cells = mine.GroupBy(c => c.Approach)
                .ToDictionary(g => g.Key, g => new CoverageCell(g.Sum(c => c.Count), g.Min(c => c.First), g.Max(c => c.Last)));
            return new CoverageRow(r.Id, r.OwnerName, r.BusinessName, cells);
        }).ToList();
        return new CoverageReport(programId, true, list, page, count, totals);
    }
}
