using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Impact;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>Which partners of a program an impact counts (docs/domain.md, Impact): any of the year of the first loan, village, sector, group.</summary>
public sealed record ImpactCohort(int? FirstLoanYear = null, string? VillageCode = null, string? Sector = null, Guid? GroupId = null);

/// <summary>One partner as the impact counts them, with the keys of the cohorts they belong to.</summary>
public sealed record ImpactLine(int? FirstLoanYear, string VillageCode, string Sector, Guid? GroupId, PartnerImpact Impact);

/// <summary>One point of a chart over time: a quarter (or the baseline) and the figures then.</summary>
public sealed record FiguresPoint(string Label, decimal Assets, decimal Turnover, int Employees);

/// <summary>
/// Reads what the impact counts (docs/domain.md, Impact; decision 0030): per partner of the cohort, the baseline of the first
/// survey, the latest current quarterly report and the outcomes are picked by the database (one row per partner, streamed,
/// nothing else loaded), and the pure <see cref="ImpactMath"/> sums them up. Also the series the charts draw.
/// </summary>
public sealed class ImpactReader(AppDbContext db)
{
    public const int MaxPoints = 40;

    /// <summary>The impact of the program's partners with a loan, within <paramref name="partners"/> (the reader's scope), of the cohort.</summary>
    public async Task<ImpactSummary> ReadAsync(Guid programId, IQueryable<Partner> partners, ImpactCohort cohort, CancellationToken ct)
    {
        var q = partners.Where(p => p.ProgramId == programId && db.Loans.Any(l => l.PartnerId == p.Id));
        if (cohort.FirstLoanYear is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            q = q.Where(p => db.Loans.Any(l => l.PartnerId == p.Id && l.DisbursedOn >= from && l.DisbursedOn < to)
                             && !db.Loans.Any(l => l.PartnerId == p.Id && l.DisbursedOn < from));
        }

        if (!string.IsNullOrEmpty(cohort.VillageCode))
        {
            q = q.Where(p => p.VillageCode == cohort.VillageCode);
        }

        if (!string.IsNullOrEmpty(cohort.Sector))
        {
            q = q.Where(p => p.Sector == cohort.Sector);
        }

        if (cohort.GroupId is { } groupId)
        {
            q = q.Where(p => db.GroupMemberships.Any(m => m.ActivePartnerId == p.Id && m.GroupId == groupId));
        }

        var impacts = new List<PartnerImpact>();
        await foreach (var line in Lines(programId, q, ct))
        {
            impacts.Add(line.Impact);
        }

        return ImpactMath.Summarize(impacts);
    }

    /// <summary>
    /// Every partner of the program with a loan, one line each with the cohort keys, streamed: what the impact job counts
    /// every cohort from in one pass (decision 0030).
    /// </summary>
    public IAsyncEnumerable<ImpactLine> LinesAsync(Guid programId) =>
        Lines(programId, db.Partners.Where(p => p.ProgramId == programId && db.Loans.Any(l => l.PartnerId == p.Id)));

    private async IAsyncEnumerable<ImpactLine> Lines(Guid programId, IQueryable<Partner> partners,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var rows = partners.Select(p => new
        {
            FirstLoan = db.Loans.Where(l => l.PartnerId == p.Id).Min(l => (DateOnly?)l.DisbursedOn),
            p.VillageCode,
            p.Sector,
            GroupId = db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault(),
            Graduated = p.Status == PartnerStatus.Independent
                        || db.Evaluations.Any(e => e.ProgramId == programId && e.Decision == EvaluationDecision.Graduate
                                                   && (e.SubjectId == p.Id
                                                       || db.GroupMemberships.Any(m => m.ActivePartnerId == p.Id && m.GroupId == e.SubjectId))),
            Repaid = !db.Loans.Any(l => l.PartnerId == p.Id && l.Status != LoanStatus.Repaid),
            WrittenOff = db.Loans.Any(l => l.PartnerId == p.Id && l.Status == LoanStatus.WrittenOff),
            BaseAssets = db.Surveys.Where(s => s.PartnerId == p.Id && s.BaselineAssets != null)
                .OrderBy(s => s.SurveyedOn).ThenBy(s => s.Id).Select(s => s.BaselineAssets).FirstOrDefault(),
            BaseTurnover = db.Surveys.Where(s => s.PartnerId == p.Id && s.BaselineAssets != null)
                .OrderBy(s => s.SurveyedOn).ThenBy(s => s.Id).Select(s => s.BaselineTurnover).FirstOrDefault(),
            BaseEmployees = db.Surveys.Where(s => s.PartnerId == p.Id && s.BaselineAssets != null)
                .OrderBy(s => s.SurveyedOn).ThenBy(s => s.Id).Select(s => s.BaselineEmployees).FirstOrDefault(),
            LastAssets = db.QuarterlyReports.Where(r => r.PartnerId == p.Id && r.Current)
                .OrderByDescending(r => r.QuarterIndex).Select(r => (decimal?)r.Assets).FirstOrDefault(),
            LastTurnover = db.QuarterlyReports.Where(r => r.PartnerId == p.Id && r.Current)
                .OrderByDescending(r => r.QuarterIndex).Select(r => (decimal?)r.Turnover).FirstOrDefault(),
            LastEmployees = db.QuarterlyReports.Where(r => r.PartnerId == p.Id && r.Current)
                .OrderByDescending(r => r.QuarterIndex).Select(r => (int?)(r.PaidEmployees + r.FamilyEmployees)).FirstOrDefault(),
        });

        await foreach (var r in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var baseline = r.BaseAssets is { } ba ? new BusinessFigures(ba, r.BaseTurnover ?? 0m, r.BaseEmployees ?? 0) : null;
            var latest = r.LastAssets is { } la ? new BusinessFigures(la, r.LastTurnover ?? 0m, r.LastEmployees ?? 0) : null;
            yield return new ImpactLine(r.FirstLoan?.Year, r.VillageCode, r.Sector, r.GroupId,
                new PartnerImpact(baseline, latest, r.Graduated, r.Repaid, r.WrittenOff));
        }
    }

    /// <summary>A partner's figures over time: the baseline of the first survey, then each quarter's current report (the last 40).</summary>
    public async Task<IReadOnlyList<FiguresPoint>> PartnerSeriesAsync(Guid partnerId, string baselineLabel, CancellationToken ct)
    {
        var points = new List<FiguresPoint>();
        var baseline = await db.Surveys.AsNoTracking().Where(s => s.PartnerId == partnerId && s.BaselineAssets != null)
            .OrderBy(s => s.SurveyedOn).ThenBy(s => s.Id)
            .Select(s => new { s.BaselineAssets, s.BaselineTurnover, s.BaselineEmployees }).FirstOrDefaultAsync(ct);
        if (baseline is not null)
        {
            points.Add(new FiguresPoint(baselineLabel, baseline.BaselineAssets!.Value, baseline.BaselineTurnover ?? 0m, baseline.BaselineEmployees ?? 0));
        }

        var reports = await db.QuarterlyReports.AsNoTracking().Where(r => r.PartnerId == partnerId && r.Current)
            .OrderByDescending(r => r.QuarterIndex).Take(MaxPoints)
            .Select(r => new { r.QuarterIndex, r.Assets, r.Turnover, Employees = r.PaidEmployees + r.FamilyEmployees }).ToListAsync(ct);
        points.AddRange(reports.OrderBy(r => r.QuarterIndex)
            .Select(r => new FiguresPoint(Quarter.FromIndex(r.QuarterIndex).ToString(), r.Assets, r.Turnover, r.Employees)));
        return points;
    }

    /// <summary>
    /// A group's summed figures over time: the baselines of its active members, then each quarter's current reports of those
    /// members (the last 40 quarters). Summed in the database; a group is tens of members.
    /// </summary>
    public async Task<IReadOnlyList<FiguresPoint>> GroupSeriesAsync(Guid groupId, string baselineLabel, CancellationToken ct)
    {
        var members = db.GroupMemberships.Where(m => m.GroupId == groupId && m.ActivePartnerId != null).Select(m => m.PartnerId);
        var points = new List<FiguresPoint>();
        var firsts = await db.Surveys.AsNoTracking().Where(s => members.Contains(s.PartnerId) && s.BaselineAssets != null)
            .Select(s => new { s.PartnerId, s.SurveyedOn, s.Id, s.BaselineAssets, s.BaselineTurnover, s.BaselineEmployees }).ToListAsync(ct);
        var baselines = firsts.GroupBy(s => s.PartnerId).Select(g => g.OrderBy(s => s.SurveyedOn).ThenBy(s => s.Id).First()).ToList();
        if (baselines.Count > 0)
        {
            points.Add(new FiguresPoint(baselineLabel, baselines.Sum(b => b.BaselineAssets!.Value), baselines.Sum(b => b.BaselineTurnover ?? 0m),
                baselines.Sum(b => b.BaselineEmployees ?? 0)));
        }

        // Decimal sums are added up here: SQLite cannot sum its decimal text exactly.
        var reports = await db.QuarterlyReports.AsNoTracking().Where(r => members.Contains(r.PartnerId) && r.Current)
            .Select(r => new { r.QuarterIndex, r.Assets, r.Turnover, Employees = r.PaidEmployees + r.FamilyEmployees }).ToListAsync(ct);
        points.AddRange(reports.GroupBy(r => r.QuarterIndex).OrderBy(g => g.Key).TakeLast(MaxPoints)
            .Select(g => new FiguresPoint(Quarter.FromIndex(g.Key).ToString(), g.Sum(r => r.Assets), g.Sum(r => r.Turnover), g.Sum(r => r.Employees))));
        return points;
    }
}
