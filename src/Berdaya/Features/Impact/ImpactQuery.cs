using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Impact;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Impact;

/// <summary>One figure's growth since baseline, in percent: lower quartile, median, upper quartile, over how many partners.</summary>
public sealed record GrowthView(int Partners, decimal LowerQuartile, decimal Median, decimal UpperQuartile)
{
    public static GrowthView? Of(Spread? s) => s is null ? null : new GrowthView(s.Count, s.LowerQuartile, s.Median, s.UpperQuartile);
}

/// <summary>One value a cohort may be picked by: the value the query takes and the name shown.</summary>
public sealed record CohortChoice(string Value, string Name);

/// <summary>The values a cohort may be picked by, and whether there were more than were kept (decision 0030).</summary>
public sealed record CohortChoices(IReadOnlyList<CohortChoice> Choices, bool Cut);

/// <summary>
/// A cohort's impact as shown and answered by the API (docs/domain.md, Impact). <c>AsOf</c>: the day the nightly job counted it
/// (decision 0030); null when it was counted live from the records.
/// </summary>
public sealed record ImpactView(Guid ProgramId, int? CohortYear, string? Village, string? Sector, Guid? GroupId, int Partners, int Measured,
    GrowthView? Assets, GrowthView? Turnover, GrowthView? Employees, int Growing, decimal GrowingPercent, int Graduated, decimal GraduatedPercent,
    int Repaid, decimal RepaidPercent, int WrittenOff, decimal WrittenOffPercent, DateOnly? AsOf);

/// <summary>
/// The impact of a program or a cohort (docs/domain.md, Impact; decision 0030), for the office and management, and for a
/// facilitator over the partners of their villages only.
/// </summary>
[FeatureService]
public sealed class ImpactQuery(AppDbContext db, ProgramScope scope, CurrentUser me, RegionDirectory regions)
{
    public const string Readers = $"{Roles.Administrator},{Roles.ProgramOfficer},{Roles.Viewer},{Roles.Facilitator}";
    public const int MinYear = 1990;
    public const int MaxText = 100;

    /// <summary>At most this many villages, and sectors, are offered to pick a cohort by: those with the most partners (decision 0030).</summary>
    public const int MaxChoices = 200;

    public async Task<ImpactView> HandleAsync(Guid? programId, int? cohortYear, string? village, string? sector, Guid? groupId, CancellationToken ct)
    {
        var errors = new List<DomainException>();
        if (cohortYear is { } y && (y < MinYear || y > 9998))
        {
            errors.Add(new DomainException("impact.year.range", "CohortYear", ErrorKind.Validation, MinYear));
        }

        village = string.IsNullOrWhiteSpace(village) ? null : village.Trim();
        sector = string.IsNullOrWhiteSpace(sector) ? null : sector.Trim();
        if (village?.Length > MaxText)
        {
            errors.Add(new DomainException("text.toolong", "Village", ErrorKind.Validation, MaxText));
        }

        if (sector?.Length > MaxText)
        {
            errors.Add(new DomainException("text.toolong", "Sector", ErrorKind.Validation, MaxText));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var id = await scope.ResolveAsync(programId, ct);
        if (groupId is { } g && g != Guid.Empty)
        {
            await RequireGroupAsync(id, g, ErrorKind.NotFound, ct);
        }
        else
        {
            groupId = null;
        }

        var kept = await KeptAsync(id, cohortYear, village, sector, groupId, ct);
        var s = kept?.Summary ?? await new ImpactReader(db).ReadAsync(id, await me.PartnersAsync(ct), new ImpactCohort(cohortYear, village, sector, groupId), ct);
        return new ImpactView(id, cohortYear, village, sector, groupId, s.Partners, s.Measured, GrowthView.Of(s.Assets), GrowthView.Of(s.Turnover),
            GrowthView.Of(s.Employees), s.Growing, s.GrowingPercent, s.Graduated, s.GraduatedPercent, s.Repaid, s.RepaidPercent, s.WrittenOff,
            s.WrittenOffPercent, kept?.AsOf);
    }

    /// <summary>
    /// The counts the nightly job kept (decision 0030), for a reader who sees the whole program and a cohort of at most one
    /// dimension; null when they must be counted live: a facilitator's villages, a cohort of two dimensions, a program not yet
    /// counted. A cohort the job found no partner in is an empty count as of the job's day.
    /// </summary>
    private async Task<(ImpactSummary Summary, DateOnly AsOf)?> KeptAsync(Guid programId, int? year, string? village, string? sector, Guid? groupId,
        CancellationToken ct)
    {
        var wholeProgram = me.IsAdmin || me.IsOfficer || me.IsViewer;
        var cohorts = new (ImpactDimension Dimension, string? Key)[]
            {
                (ImpactDimension.FirstLoanYear, year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), (ImpactDimension.Village, village),
                (ImpactDimension.Sector, sector), (ImpactDimension.Group, groupId?.ToString()),
            }
            .Where(c => c.Key is not null).ToList();
        if (!wholeProgram || cohorts.Count > 1)
        {
            return null;
        }

        var program = await db.ImpactTotals.AsNoTracking().Where(t => t.ProgramId == programId && t.Dimension == ImpactDimension.Program)
            .FirstOrDefaultAsync(ct);
        if (program is null)
        {
            return null;
        }

        if (cohorts.Count == 0)
        {
            return (program.Summary(), program.AsOf);
        }

        var (dimension, key) = cohorts[0];
        var row = await db.ImpactTotals.AsNoTracking().Where(t => t.ProgramId == programId && t.Dimension == dimension && t.Key == key)
            .FirstOrDefaultAsync(ct);
        return (row?.Summary() ?? new ImpactSummary(0, 0, null, null, null, 0, 0, 0, 0), program.AsOf);
    }

    /// <summary>
    /// The villages a cohort may be picked by (decision 0030): those of the program's partners with a loan in the reader's scope,
    /// at most <see cref="MaxChoices"/> with the most partners, by name with the district ("Narimbang, Conggeang"), value the code;
    /// <c>Cut</c> when there were more.
    /// </summary>
    public async Task<CohortChoices> VillagesAsync(Guid programId, CancellationToken ct)
    {
        var (codes, cut) = await CountedAsync(programId, ImpactDimension.Village, ct);
        var named = (await regions.DescribeManyAsync(codes, ct)).ToDictionary(r => r.Code);
        var choices = codes.Select(c => named.TryGetValue(c, out var r)
                ? new CohortChoice(c, string.IsNullOrEmpty(r.Path) ? r.Name : r.Name + ", " + r.Path.Split(", ")[0])
                : new CohortChoice(c, c))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        return new CohortChoices(choices, cut);
    }

    /// <summary>
    /// The sectors a cohort may be picked by (decision 0030): as the program's partners with a loan in the reader's scope entered
    /// them, at most <see cref="MaxChoices"/> with the most partners, alphabetically; <c>Cut</c> when there were more.
    /// </summary>
    public async Task<CohortChoices> SectorsAsync(Guid programId, CancellationToken ct)
    {
        var (sectors, cut) = await CountedAsync(programId, ImpactDimension.Sector, ct);
        return new CohortChoices(sectors.Order(StringComparer.CurrentCulture).Select(s => new CohortChoice(s, s)).ToList(), cut);
    }

    /// <summary>
    /// The keys of a dimension with the most partners: from the kept counts when the reader sees the whole program and it was
    /// counted, else from the partners in the reader's scope (a facilitator's villages, a program not yet counted).
    /// </summary>
    private async Task<(List<string> Keys, bool Cut)> CountedAsync(Guid programId, ImpactDimension dimension, CancellationToken ct)
    {
        List<string> keys;
        if ((me.IsAdmin || me.IsOfficer || me.IsViewer)
            && await db.ImpactTotals.AnyAsync(t => t.ProgramId == programId && t.Dimension == ImpactDimension.Program, ct))
        {
            keys = await db.ImpactTotals.AsNoTracking().Where(t => t.ProgramId == programId && t.Dimension == dimension && t.Partners > 0)
                .OrderByDescending(t => t.Partners).ThenBy(t => t.Key).Select(t => t.Key).Take(MaxChoices + 1).ToListAsync(ct);
        }
        else
        {
            var partners = (await me.PartnersAsync(ct)).Where(p => p.ProgramId == programId && db.Loans.Any(l => l.PartnerId == p.Id));
            var grouped = dimension == ImpactDimension.Village
                ? partners.GroupBy(p => p.VillageCode)
                : partners.GroupBy(p => p.Sector);
            keys = await grouped.Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key)
                .Select(g => g.Key).Take(MaxChoices + 1).ToListAsync(ct);
        }

        var cut = keys.Count > MaxChoices;
        return (cut ? keys[..MaxChoices] : keys, cut);
    }

    /// <summary>The groups a cohort may be picked by: the reader's groups of the program, by name.</summary>
    /// <summary>
    /// A group out of the program or the reader's scope is never counted: not found on the API; on the page, where the group was
    /// a choice (an old link), a refusal of that choice beside its field.
    /// </summary>
    public async Task RequireGroupAsync(Guid programId, Guid groupId, ErrorKind kind, CancellationToken ct)
    {
        var groups = await me.GroupsAsync(ct);
        if (!await groups.AnyAsync(x => x.Id == groupId && x.ProgramId == programId, ct))
        {
            throw new DomainException("impact.group.notfound", "GroupId", kind);
        }
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> GroupsAsync(Guid programId, CancellationToken ct)
    {
        var rows = await (await me.GroupsAsync(ct)).Where(g => g.ProgramId == programId).OrderBy(g => g.Name).Take(500)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }
}
