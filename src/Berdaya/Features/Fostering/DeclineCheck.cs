using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fostering;

/// <summary>
/// The decline check of a program's quarter (docs/domain.md, Quarterly reports; decision 0024): every partner whose current
/// report of the quarter fell beyond the program's threshold against the quarter before or the same quarter a year before, with
/// the visit opened for it. A report opens its visit when it is sent; the check lists the quarter's declines for the office and
/// the facilitators, and opens the visits still missing (a report sent when nobody could own the visit, a threshold lowered
/// since). It reads three quarters of figures once, without loading the reports themselves, so a program of a million partners
/// is checked in one pass.
/// </summary>
[FeatureService]
public sealed class DeclineCheck(AppDbContext db, CurrentUser me, ProgramScope programs, TimeProvider clock)
{
    /// <summary>Follow-ups written per save, so a quarter with many declines does not hold them all in one change set.</summary>
    private const int Batch = 1000;

    public sealed record Line(Guid PartnerId, string OwnerName, string BusinessName, string VillageCode, Guid? GroupId, string? GroupName,
        IReadOnlyList<Fall> Falls, Guid? FollowUpId, FollowUpState? VisitState);

    public sealed record Result(Guid ProgramId, Quarter Quarter, int ThresholdPercent, int Reported, int Declines, int Opened, IReadOnlyList<Line> Lines);

    public bool MayRun => me.IsAdmin || me.IsOfficer;

    /// <summary>The quarter asked for, or the quarter just ended; not one still running, not before 2000.</summary>
    public Quarter QuarterOf(string? text)
    {
        var today = clock.Today();
        if (string.IsNullOrWhiteSpace(text))
        {
            return Quarter.Of(today).Previous;
        }

        var q = Quarter.TryParse(text) ?? throw new DomainException("fostering.quarter.invalid", "Quarter");
        if (q.Last > today)
        {
            throw new DomainException("fostering.quarter.future", "Quarter", ErrorKind.Validation, q.ToString());
        }

        return q.First < BusinessCalendar.Earliest ? throw new DomainException("fostering.quarter.early", "Quarter") : q;
    }

    /// <summary>The quarter's declines among the partners the user may see (the office: the program; a facilitator: their villages).</summary>
    public async Task<Result> ListAsync(Guid? programId, string? quarter, CancellationToken ct)
    {
        if (!(me.IsAdmin || me.IsOfficer || me.IsFacilitator))
        {
            throw new DomainException("fostering.forbidden", null, ErrorKind.Forbidden);
        }

        var program = await programs.ResolveAsync(programId, ct);
        var q = QuarterOf(quarter);
        var found = await FindAsync(program, q, ct);
        var seen = await InScopeAsync(found.Declines.Keys, ct);
        var lines = await LinesAsync(found, found.Declines.Where(d => seen.Contains(d.Key)).ToDictionary(), ct);
        return new Result(program, q, found.Threshold, found.Reported, found.Declines.Count, 0, lines);
    }

    /// <summary>The office runs the check: opens each missing visit, then lists the quarter as <see cref="ListAsync"/> does.</summary>
    public async Task<Result> RunAsync(Guid? programId, string? quarter, CancellationToken ct)
    {
        if (!MayRun)
        {
            throw new DomainException("fostering.forbidden", null, ErrorKind.Forbidden);
        }

        var program = await programs.ResolveAsync(programId, ct);
        var q = QuarterOf(quarter);
        var found = await FindAsync(program, q, ct);
        var opened = await OpenMissingAsync(found, ct);
        var lines = await LinesAsync(found, found.Declines, ct);
        return new Result(program, q, found.Threshold, found.Reported, found.Declines.Count, opened, lines);
    }

    /// <summary>
    /// Opens the missing visits of a program's quarter and returns how many were opened. Runs without a signed-in user (the
    /// benchmark, a scheduled run); each visit is written as the one a report opens when it is sent.
    /// </summary>
    public async Task<int> CheckAsync(Guid programId, Quarter quarter, CancellationToken ct) =>
        await OpenMissingAsync(await FindAsync(programId, quarter, ct), ct);

    private async Task<int> OpenMissingAsync(Found found, CancellationToken ct)
    {
        var visited = await VisitedAsync(found, ct);
        var missing = found.Declines.Keys.Where(p => !visited.Contains(p)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var (programId, quarter) = (found.ProgramId, found.Quarter);
        var owners = await VisitOwners.ForProgramAsync(db, programId, ct);
        var today = clock.Today();
        var opened = 0;
        foreach (var chunk in missing.Chunk(Batch))
        {
            var ids = chunk.ToList();
            var partners = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.OwnerName, p.VillageCode }).ToListAsync(ct);
            var groups = (await db.GroupMemberships.Where(m => m.ActivePartnerId != null && ids.Contains(m.ActivePartnerId.Value))
                    .Select(m => new { PartnerId = m.ActivePartnerId!.Value, m.GroupId }).ToListAsync(ct))
                .DistinctBy(g => g.PartnerId).ToDictionary(g => g.PartnerId, g => g.GroupId);
            foreach (var p in partners)
            {
                if (owners.For(p.VillageCode) is not { } owner || !found.Reports.TryGetValue(p.Id, out var reportId))
                {
                    continue;
                }

                Guid? groupId = groups.TryGetValue(p.Id, out var g) ? g : null;
                var task = Decline.Task(p.OwnerName, quarter, found.Declines[p.Id]);
                var followUp = FollowUp.ForDecline(programId, p.Id, groupId, reportId, task, owner, today, today.AddDays(SubmitQuarterlyReport.VisitWithinDays));
                db.FollowUps.Add(followUp);
                db.Timeline.Add(new TimelineEvent(programId, groupId, p.Id, today, FivePApproach.Fostering, "report.decline", task, nameof(FollowUp), followUp.Id,
                    clock.GetUtcNow()));
                opened++;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return opened;
    }

    /// <summary>
    /// What the check reads of a quarter: the threshold, how many partners reported, each decline's falls by partner, the
    /// current report of each partner who reported, and which partner each report of the quarter (any version) belongs to.
    /// </summary>
    private sealed record Found(Guid ProgramId, Quarter Quarter, int Threshold, int Reported, Dictionary<Guid, IReadOnlyList<Fall>> Declines,
        Dictionary<Guid, Guid> Reports, Dictionary<Guid, Guid> PartnerOfReport);

    private async Task<Found> FindAsync(Guid programId, Quarter q, CancellationToken ct)
    {
        var threshold = await db.FosteringSettings.Where(s => s.ProgramId == programId).Select(s => (int?)s.DeclinePercent).FirstOrDefaultAsync(ct)
                        ?? Decline.DefaultPercent;
        var previous = await FiguresAsync(programId, q.Previous.Index, ct);
        var yearBefore = await FiguresAsync(programId, q.YearBefore.Index, ct);
        var declines = new Dictionary<Guid, IReadOnlyList<Fall>>();
        var reports = new Dictionary<Guid, Guid>();
        var partnerOfReport = new Dictionary<Guid, Guid>();
        await foreach (var r in Current(programId, q.Index).AsAsyncEnumerable().WithCancellation(ct))
        {
            reports[r.PartnerId] = r.Id;
            partnerOfReport[r.Id] = r.PartnerId;
            var falls = Decline.Falls(q, r.Figures, previous.TryGetValue(r.PartnerId, out var p) ? p : null,
                yearBefore.TryGetValue(r.PartnerId, out var y) ? y : null, threshold);
            if (falls.Count > 0)
            {
                declines[r.PartnerId] = falls;
            }
        }

        // The versions corrected since: a visit opened for one of them still counts for its partner.
        await foreach (var r in db.QuarterlyReports.AsNoTracking().Where(r => r.ProgramId == programId && r.QuarterIndex == q.Index && !r.Current)
                           .Select(r => new { r.Id, r.PartnerId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            partnerOfReport[r.Id] = r.PartnerId;
        }

        return new Found(programId, q, threshold, reports.Count, declines, reports, partnerOfReport);
    }

    private IQueryable<Row> Current(Guid programId, int index) =>
        db.QuarterlyReports.AsNoTracking()
            .Where(r => r.ProgramId == programId && r.QuarterIndex == index && r.Current)
            .Select(r => new Row(r.PartnerId, r.Id, new Figures(r.Assets, r.Turnover, r.PaidEmployees + r.FamilyEmployees)));

    private async Task<Dictionary<Guid, Figures>> FiguresAsync(Guid programId, int index, CancellationToken ct)
    {
        var figures = new Dictionary<Guid, Figures>();
        await foreach (var r in Current(programId, index).AsAsyncEnumerable().WithCancellation(ct))
        {
            figures[r.PartnerId] = r.Figures;
        }

        return figures;
    }

    /// <summary>
    /// The partners with a visit for a report of the quarter, open or done: a decline is visited once, not again at each check.
    /// A report of the quarter is sent once the quarter has ended, so its visits are the program's report-opened follow-ups set
    /// since the quarter began; they are matched to the quarter's reports here, without reading the reports again.
    /// </summary>
    private async Task<HashSet<Guid>> VisitedAsync(Found found, CancellationToken ct)
    {
        var visited = new HashSet<Guid>();
        var from = found.Quarter.First;
        await foreach (var reportId in db.FollowUps.AsNoTracking().Where(f => f.ProgramId == found.ProgramId && f.ReportId != null && f.SetOn >= from)
                           .Select(f => f.ReportId!.Value).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (found.PartnerOfReport.TryGetValue(reportId, out var partnerId))
            {
                visited.Add(partnerId);
            }
        }

        return visited;
    }

    private async Task<HashSet<Guid>> InScopeAsync(IEnumerable<Guid> partnerIds, CancellationToken ct)
    {
        var seen = new HashSet<Guid>();
        var scoped = await me.PartnersAsync(ct);
        foreach (var chunk in partnerIds.Chunk(Batch))
        {
            var ids = chunk.ToList();
            seen.UnionWith(await scoped.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct));
        }

        return seen;
    }

    /// <summary>The lines shown: at most <see cref="MaxLines"/>, the largest falls first.</summary>
    private async Task<IReadOnlyList<Line>> LinesAsync(Found found, Dictionary<Guid, IReadOnlyList<Fall>> declines, CancellationToken ct)
    {
        var shown = declines.OrderByDescending(d => d.Value.Max(f => f.Percent)).ThenBy(d => d.Key).Take(MaxLines).ToList();
        var ids = shown.Select(d => d.Key).ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.OwnerName, p.BusinessName, p.VillageCode }).ToDictionaryAsync(p => p.Id, ct);
        var groups = (await (from m in db.GroupMemberships
                             join g in db.Groups on m.GroupId equals g.Id
                             where m.ActivePartnerId != null && ids.Contains(m.ActivePartnerId.Value)
                             select new { PartnerId = m.ActivePartnerId!.Value, g.Id, g.Name }).ToListAsync(ct))
            .DistinctBy(g => g.PartnerId).ToDictionary(g => g.PartnerId);
        var visits = (await db.FollowUps.AsNoTracking().Where(f => f.PartnerId != null && ids.Contains(f.PartnerId.Value) && f.ReportId != null)
                .OrderByDescending(f => f.SetOn).Select(f => new { PartnerId = f.PartnerId!.Value, ReportId = f.ReportId!.Value, f.Id, f.State }).ToListAsync(ct))
            .Where(v => found.PartnerOfReport.TryGetValue(v.ReportId, out var owner) && owner == v.PartnerId)
            .DistinctBy(v => v.PartnerId).ToDictionary(v => v.PartnerId);
        return shown.Where(d => partners.ContainsKey(d.Key)).Select(d =>
        {
            var p = partners[d.Key];
            var g = groups.GetValueOrDefault(d.Key);
            var v = visits.GetValueOrDefault(d.Key);
            return new Line(d.Key, p.OwnerName, p.BusinessName, p.VillageCode, g?.Id, g?.Name, d.Value, v?.Id, v?.State);
        }).ToList();
    }

    /// <summary>A page lists at most this many declines (the count says how many there are).</summary>
    public const int MaxLines = 500;

    private sealed record Row(Guid PartnerId, Guid Id, Figures Figures);
}
