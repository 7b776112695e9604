using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fostering;

/// <summary>One version of a quarter's report, as shown and answered by the API.</summary>
public sealed record ReportView(Guid Id, string Quarter, int Version, bool Current, decimal Assets, decimal Turnover, int PaidEmployees,
    int FamilyEmployees, decimal? ProductionVolume, string? ProductionUnit, string? Note, string? CorrectionReason, DateOnly SubmittedOn,
    string SubmittedBy)
{
    public static ReportView Of(QuarterlyReport r) => new(r.Id, r.Quarter.ToString(), r.Version, r.Current, r.Assets, r.Turnover, r.PaidEmployees,
        r.FamilyEmployees, r.ProductionVolume, r.ProductionUnit, r.Note, r.CorrectionReason, r.SubmittedOn, r.SubmittedBy);
}

/// <summary>An open decline alert: the monitoring visit a fall asked for.</summary>
public sealed record DeclineAlert(Guid FollowUpId, string Quarter, string Task, DateOnly DueOn);

/// <summary>
/// A partner's quarterly reports (docs/domain.md, Quarterly reports): the current version of each quarter, newest first; the
/// quarter to report next, when it is due and whether it is late; the cash book's sales of that quarter as a starting point;
/// and the open decline alerts.
/// </summary>
public sealed record PartnerReports(Guid PartnerId, string OwnerName, string BusinessName, string NextQuarter, DateOnly NextDueOn, bool NextReported,
    bool NextLate, decimal CashBookSales, int DueDays, int DeclinePercent, IReadOnlyList<ReportView> Reports, IReadOnlyList<DeclineAlert> Alerts,
    bool Independent);

[FeatureService]
public sealed class QuarterlyReportQueries(AppDbContext db, PartnerKeepers keepers, TimeProvider clock)
{
    public const int MaxShown = 40;

    public async Task<PartnerReports> ForPartnerAsync(Guid partnerId, CancellationToken ct)
    {
        var p = await keepers.RequireAsync(partnerId, "fostering.forbidden", "fostering.partner.notfound", ct);
        var today = clock.Today();
        var settings = await db.FosteringSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgramId == p.ProgramId, ct);
        var dueDays = settings?.ReportDueDays ?? FosteringSettings.DefaultDueDays;
        var reports = await db.QuarterlyReports.AsNoTracking().Where(r => r.PartnerId == p.Id && r.Current)
            .OrderByDescending(r => r.QuarterIndex).Take(MaxShown).ToListAsync(ct);
        var next = Quarter.Of(today).Previous;
        var reported = reports.Any(r => r.QuarterIndex == next.Index);
        var sales = await db.CashLines.Where(l => l.PartnerId == p.Id && l.Category == CashCategory.Sales && l.Date >= next.First && l.Date <= next.Last)
            .SumAsync(l => (decimal?)l.Amount, ct) ?? 0m;
        var alerts = await db.FollowUps.AsNoTracking().Where(f => f.PartnerId == p.Id && f.State == FollowUpState.Open && f.ReportId != null)
            .Join(db.QuarterlyReports, f => f.ReportId, r => r.Id, (f, r) => new { f.Id, r.QuarterIndex, f.Task, f.DueOn })
            .OrderByDescending(x => x.QuarterIndex).ToListAsync(ct);
        // An independent partner has left the active portfolio: a report is welcome, never late (docs/domain.md, Quarterly reports).
        var independent = await db.Partners.AnyAsync(x => x.Id == p.Id && x.Status == PartnerStatus.Independent, ct);
        return new PartnerReports(p.Id, p.OwnerName, p.BusinessName, next.ToString(), next.DueOn(dueDays), reported,
            !reported && !independent && today > next.DueOn(dueDays), sales, dueDays, settings?.DeclinePercent ?? Decline.DefaultPercent,
            reports.Select(ReportView.Of).ToList(),
            alerts.Select(a => new DeclineAlert(a.Id, Quarter.FromIndex(a.QuarterIndex).ToString(), a.Task, a.DueOn)).ToList(), independent);
    }

    /// <summary>Every version of one quarter's report, newest first (the history of corrections).</summary>
    public async Task<IReadOnlyList<ReportView>> VersionsAsync(Guid partnerId, string quarter, CancellationToken ct)
    {
        var p = await keepers.RequireAsync(partnerId, "fostering.forbidden", "fostering.partner.notfound", ct);
        var q = Quarter.TryParse(quarter) ?? throw new DomainException("fostering.quarter.invalid", "Quarter", ErrorKind.NotFound);
        var versions = await db.QuarterlyReports.AsNoTracking().Where(r => r.PartnerId == p.Id && r.QuarterIndex == q.Index)
            .OrderByDescending(r => r.Version).ToListAsync(ct);
        return versions.Count == 0
            ? throw new DomainException("fostering.report.notfound", "Quarter", ErrorKind.NotFound)
            : versions.Select(ReportView.Of).ToList();
    }
}
