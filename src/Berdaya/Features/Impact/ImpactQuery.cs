using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Impact;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Impact;

/// <summary>One figure's growth since baseline, in percent: lower quartile, median, upper quartile, over how many partners.</summary>
public sealed record GrowthView(int Partners, decimal LowerQuartile, decimal Median, decimal UpperQuartile)
{
    public static GrowthView? Of(Spread? s) => s is null ? null : new GrowthView(s.Count, s.LowerQuartile, s.Median, s.UpperQuartile);
}

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
public sealed class ImpactQuery(AppDbContext db, ProgramScope scope, CurrentUser me)
{
    public const string Readers = $"{Roles.Administrator},{Roles.ProgramOfficer},{Roles.Viewer},{Roles.Facilitator}";
    public const int MinYear = 1990;
    public const int MaxText = 100;

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
            // A group out of the reader's scope is not found, never counted.
            var groups = await me.GroupsAsync(ct);
            if (!await groups.AnyAsync(x => x.Id == g && x.ProgramId == id, ct))
            {
                throw new DomainException("impact.group.notfound", "GroupId", ErrorKind.NotFound);
            }
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

    /// <summary>The groups a cohort may be picked by: the reader's groups of the program, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> GroupsAsync(Guid programId, CancellationToken ct)
    {
        var rows = await (await me.GroupsAsync(ct)).Where(g => g.ProgramId == programId).OrderBy(g => g.Name).Take(500)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }
}
