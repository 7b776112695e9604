using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fostering;

/// <summary>
/// A partner's report for a quarter (docs/domain.md, Quarterly reports; decision 0024), entered by the partner, their group's
/// treasurer or staff: the first report of the quarter, or a correction of the current one with a reason (a new version).
/// A fall beyond the program's threshold against the quarter before or the same quarter a year before opens a follow-up
/// for a monitoring visit, owned by the village's facilitator, with the figures.
/// </summary>
[FeatureService]
public sealed class SubmitQuarterlyReport(AppDbContext db, PartnerKeepers keepers, CurrentUser me, TimeProvider clock)
{
    /// <summary>Days a decline's monitoring visit is given.</summary>
    public const int VisitWithinDays = 14;

    public sealed record Command
    {
        /// <summary>"2026-Q3".</summary>
        public string? Quarter { get; set; }

        public decimal? Assets { get; set; }
        public decimal? Turnover { get; set; }
        public int? PaidEmployees { get; set; }
        public int? FamilyEmployees { get; set; }
        public decimal? ProductionVolume { get; set; }
        public string? ProductionUnit { get; set; }
        public string? Note { get; set; }

        /// <summary>Why the current report is corrected (required when the quarter already has one).</summary>
        public string? Reason { get; set; }

        /// <summary>The version being corrected, as the form showed it; another version by then is a 409.</summary>
        public int? Corrects { get; set; }
    }

    public sealed record Result(QuarterlyReport Report, IReadOnlyList<Fall> Falls, Guid? FollowUpId);

    public async Task<Result> HandleAsync(Guid partnerId, Command c, CancellationToken ct = default)
    {
        var partner = await keepers.RequireAsync(partnerId, "fostering.forbidden", "fostering.partner.notfound", ct);
        var today = clock.Today();
        var quarter = Quarter.TryParse(c.Quarter);
        var figures = new ReportFigures(c.Assets, c.Turnover, c.PaidEmployees, c.FamilyEmployees, c.ProductionVolume, c.ProductionUnit, c.Note);
        if (quarter is null && !string.IsNullOrWhiteSpace(c.Quarter))
        {
            var errors = QuarterlyReport.Problems(null, figures, today);
            errors.RemoveAll(e => e.Field == "Quarter");
            errors.Insert(0, new DomainException("fostering.quarter.invalid", "Quarter"));
            throw new DomainValidationException(errors);
        }

        var current = quarter is { } q
            ? await db.QuarterlyReports.FirstOrDefaultAsync(r => r.PartnerId == partner.Id && r.QuarterIndex == q.Index && r.Current, ct)
            : null;
        QuarterlyReport report;
        var by = me.Principal.Identity?.Name ?? me.RequiredId;
        if (current is null)
        {
            report = QuarterlyReport.Submit(partner.ProgramId, partner.Id, quarter, figures, today, by, clock.GetUtcNow());
        }
        else if (string.IsNullOrWhiteSpace(c.Reason) && c.Corrects is null)
        {
            // A second report of the same quarter is a correction, and a correction says why.
            var errors = QuarterlyReport.Problems(quarter, figures, today);
            errors.Insert(0, new DomainException("fostering.report.exists", "Reason", ErrorKind.Validation, quarter!.Value.ToString()));
            throw new DomainValidationException(errors);
        }
        else
        {
            if (c.Corrects is { } v && v != current.Version)
            {
                throw new DomainException("fostering.report.superseded", "Corrects", ErrorKind.Conflict);
            }

            report = current.Correct(figures, c.Reason, today, by, clock.GetUtcNow());
        }

        db.QuarterlyReports.Add(report);

        // The reminder that this report was missing is dealt with once it arrives (decision 0024).
        var missingKey = $"report:{partner.Id}:{report.Quarter}";
        var missing = await db.Reminders.FirstOrDefaultAsync(r => r.Key == missingKey && r.DoneAt == null, ct);
        missing?.MarkDone(me.RequiredId, clock.GetUtcNow());

        var groupId = await db.GroupMemberships.Where(m => m.ActivePartnerId == partner.Id).Select(m => (Guid?)m.GroupId).FirstOrDefaultAsync(ct);
        var reported = report.Quarter;
        db.Timeline.Add(new TimelineEvent(partner.ProgramId, groupId, partner.Id, today, FivePApproach.Fostering,
            report.Version == 1 ? "report.submitted" : "report.corrected",
            report.TimelineSummary(partner.OwnerName, Show.Rupiah),
            nameof(QuarterlyReport), report.Id, clock.GetUtcNow()));

        var falls = await FallsAsync(partner.ProgramId, partner.Id, report, ct);
        FollowUp? followUp = null;
        if (falls.Count > 0 && !await db.FollowUps.AnyAsync(f => f.PartnerId == partner.Id && f.State == FollowUpState.Open
                                                                && db.QuarterlyReports.Any(r => r.Id == f.ReportId && r.QuarterIndex == reported.Index), ct))
        {
            var owner = (await VisitOwners.ForProgramAsync(db, partner.ProgramId, ct)).For(partner.VillageCode);
            if (owner is not null)
            {
                followUp = FollowUp.ForDecline(partner.ProgramId, partner.Id, groupId, report.Id, Decline.Task(partner.OwnerName, reported, falls), owner, today,
                    today.AddDays(VisitWithinDays));
                db.FollowUps.Add(followUp);
                db.Timeline.Add(new TimelineEvent(partner.ProgramId, groupId, partner.Id, today, FivePApproach.Fostering, "report.decline",
                    Decline.Task(partner.OwnerName, reported, falls), nameof(FollowUp), followUp.Id, clock.GetUtcNow()));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another report of this quarter (or another correction of the same version) was saved first.
            throw new DomainException("fostering.report.race", "Quarter", ErrorKind.Conflict);
        }

        return new Result(report, falls, followUp?.Id);
    }

    /// <summary>The falls of the report against the current reports of the quarter before and of the same quarter a year before.</summary>
    private async Task<IReadOnlyList<Fall>> FallsAsync(Guid programId, Guid partnerId, QuarterlyReport report, CancellationToken ct)
    {
        var q = report.Quarter;
        int[] others = [q.Previous.Index, q.YearBefore.Index];
        var earlier = await db.QuarterlyReports.AsNoTracking()
            .Where(r => r.PartnerId == partnerId && r.Current && others.Contains(r.QuarterIndex)).ToListAsync(ct);
        var threshold = await db.FosteringSettings.Where(s => s.ProgramId == programId).Select(s => (int?)s.DeclinePercent).FirstOrDefaultAsync(ct)
                        ?? Decline.DefaultPercent;
        return Decline.Falls(report, earlier.FirstOrDefault(r => r.QuarterIndex == q.Previous.Index),
            earlier.FirstOrDefault(r => r.QuarterIndex == q.YearBefore.Index), threshold);
    }
}
