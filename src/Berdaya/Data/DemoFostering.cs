using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Impact;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's quarterly reports (docs/domain.md, Quarterly reports): every Citra Sari member from the quarter after the
/// first loan (2006-Q3) to 2012-Q4, growing, with the melinjo off-season of the first quarter visible; Iis Suryani's 2007-Q3
/// turnover fell when the melinjo ran out, and its decline alert led to the visit of the melinjo advice (5 December 2007).
/// Present-day Mekar Sari reports the last quarters: one member has not reported the quarter just ended, and the treasurer's
/// latest report fell, with its alert still open.
/// </summary>
internal sealed class DemoFostering(AppDbContext db, DateOnly today)
{
    public async Task SeedAsync(Guid programId, string facilitatorId, CancellationToken ct)
    {
        db.FosteringSettings.Add(new FosteringSettings(programId, FosteringSettings.DefaultDueDays, Decline.DefaultPercent));
        var groups = await db.Groups.Where(g => g.ProgramId == programId).Select(g => new { g.Id, g.Name }).ToDictionaryAsync(g => g.Name, g => g.Id, ct);
        var citra = groups["Citra Sari"];
        var citraMembers = await Members(citra, ct);
        var iis = citraMembers.Single(m => m.Name == "Iis Suryani");
        QuarterlyReport? iisFall = null;
        for (var i = 0; i < citraMembers.Count; i++)
        {
            var m = citraMembers[i];
            var baseline = await db.Partners.Where(p => p.Id == m.Id).Select(p => new { p.NetAssets, p.YearlySales, p.Employees }).SingleAsync(ct);
            for (var q = new Quarter(2006, 3); q <= new Quarter(2012, 4); q = q.Next)
            {
                var years = (q.Index - new Quarter(2006, 3).Index) / 4m;
                var growth = 1m + (0.22m * years);

                // January–March is the melinjo off-season: about 12% less, not enough to alert.
                var season = q.Number == 1 ? 0.88m : 1m;
                var fell = m.Id == iis.Id && q == new Quarter(2007, 3);
                // From the survey's baseline (the registration figures, a quarter of the yearly sales): the first loan's capital
                // shows at once, then the growth (docs/domain.md, Impact).
                var turnover = Round(ImpactMath.QuarterOfYear(baseline.YearlySales) * 1.1m * growth * season * (fell ? 0.6m : 1m));
                var assets = Round(baseline.NetAssets * 1.1m * growth * (fell ? 0.9m : 1m));
                // The survey's workers (paid and family, the owner not counted), one of them family where there is any; from 2009,
                // after the second loan, every other member took on one more paid worker.
                var family = Math.Min(baseline.Employees, 1);
                var paid = baseline.Employees - family + (q >= new Quarter(2009, 1) && i % 2 == 0 ? 1 : 0);
                var report = Report(programId, citra, m, q, assets, turnover, paid, family, Math.Round(120m * (0.8m + (0.05m * (i % 5))) * growth * season * (fell ? 0.6m : 1m)),
                    fell ? "Melinjo habis sesudah panen; dua minggu tidak produksi." : null, "bendahara.citrasari@demo.berdaya.id");
                if (fell)
                {
                    iisFall = report;
                }
            }
        }

        await db.SaveChangesAsync(ct);

        // The 2007-Q3 fall: the alert's visit was the melinjo advice of 5 December 2007.
        var fallReport = iisFall!;
        var before = await db.QuarterlyReports.SingleAsync(r => r.PartnerId == iis.Id && r.QuarterIndex == fallReport.Quarter.Previous.Index && r.Current, ct);
        var falls = Decline.Falls(fallReport, before, null, Decline.DefaultPercent);
        var task = Decline.Task(iis.Name, fallReport.Quarter, falls);
        var alert = FollowUp.ForDecline(programId, iis.Id, citra, fallReport.Id, task, FollowUpOwner.User(facilitatorId), fallReport.SubmittedOn,
            new DateOnly(2007, 12, 10));
        alert.Close(FollowUpState.Done,
            "Dikunjungi 5 Desember 2007 bersama tim CDC: pesan melinjo ke petani sebelum musim panen berakhir dan simpan biji kering untuk paceklik.",
            new DateOnly(2007, 12, 5), facilitatorId);
        db.FollowUps.Add(alert);
        db.Timeline.Add(new TimelineEvent(programId, citra, iis.Id, fallReport.SubmittedOn, FivePApproach.Fostering, "report.decline", task,
            nameof(FollowUp), alert.Id, At(fallReport.SubmittedOn)));

        // Present-day Mekar Sari: the last four quarters ended.
        var mekar = groups["Mekar Sari"];
        var mekarMembers = await Members(mekar, ct);
        var treasurer = await db.Users.Where(u => u.Email == "bendahara.mekarsari@demo.berdaya.id").Select(u => u.PartnerId).SingleAsync(ct);
        var last = Quarter.Of(today).Previous;
        for (var i = 0; i < mekarMembers.Count; i++)
        {
            var m = mekarMembers[i];
            for (var q = last.Previous.Previous.Previous; q <= last; q = q.Next)
            {
                // The last member has not reported the quarter just ended.
                if (q == last && i == mekarMembers.Count - 1)
                {
                    continue;
                }

                var fell = m.Id == treasurer && q == last;
                Report(programId, mekar, m, q, Round(12_000_000m + (500_000m * i)), Round((9_000_000m + (300_000m * i)) * (fell ? 0.7m : 1m)), 1 + (i % 3), 1,
                    null, fell ? "Singkong mahal; pasar Conggeang sepi sesudah panen padi." : null, "bendahara.mekarsari@demo.berdaya.id");
            }
        }

        await db.SaveChangesAsync(ct);
        var rinaFall = await db.QuarterlyReports.SingleAsync(r => r.PartnerId == treasurer && r.QuarterIndex == last.Index && r.Current, ct);
        var rinaBefore = await db.QuarterlyReports.SingleAsync(r => r.PartnerId == treasurer && r.QuarterIndex == last.Previous.Index && r.Current, ct);
        var rinaName = mekarMembers.Single(m => m.Id == treasurer).Name;
        var rinaTask = Decline.Task(rinaName, last, Decline.Falls(rinaFall, rinaBefore, null, Decline.DefaultPercent));
        var open = FollowUp.ForDecline(programId, rinaFall.PartnerId, mekar, rinaFall.Id, rinaTask, FollowUpOwner.User(facilitatorId), rinaFall.SubmittedOn,
            rinaFall.SubmittedOn.AddDays(14) < today ? today.AddDays(7) : rinaFall.SubmittedOn.AddDays(14));
        db.FollowUps.Add(open);
        db.Timeline.Add(new TimelineEvent(programId, mekar, rinaFall.PartnerId, rinaFall.SubmittedOn, FivePApproach.Fostering, "report.decline", rinaTask,
            nameof(FollowUp), open.Id, At(rinaFall.SubmittedOn)));
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<(Guid Id, string Name)>> Members(Guid groupId, CancellationToken ct)
    {
        var rows = await db.GroupMemberships.Where(m => m.GroupId == groupId && m.ActivePartnerId != null)
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName }).OrderBy(p => p.OwnerName).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.OwnerName)).ToList();
    }

    /// <summary>A report sent ten days after its quarter (before the 15th), with its timeline event.</summary>
    private QuarterlyReport Report(Guid programId, Guid groupId, (Guid Id, string Name) partner, Quarter q, decimal assets, decimal turnover, int paid, int family,
        decimal? volume, string? note, string by)
    {
        var sent = q.Last.AddDays(10) > today ? today : q.Last.AddDays(10);
        var report = QuarterlyReport.Submit(programId, partner.Id, q, new ReportFigures(assets, turnover, paid, family, volume, volume is null ? null : "kg", note),
            sent, by, At(sent));
        db.QuarterlyReports.Add(report);
        db.Timeline.Add(new TimelineEvent(programId, groupId, partner.Id, sent, FivePApproach.Fostering, "report.submitted",
            report.TimelineSummary(partner.Name, Show.Rupiah), nameof(QuarterlyReport), report.Id, At(sent)));
        return report;
    }

    private static decimal Round(decimal x) => decimal.Round(x / 1_000m, 0) * 1_000m;

    private static DateTimeOffset At(DateOnly on) => BusinessCalendar.MorningOf(on);
}
