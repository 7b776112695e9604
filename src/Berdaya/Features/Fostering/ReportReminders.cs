using System.Globalization;
using System.Runtime.CompilerServices;
using Berdaya.Data;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fostering;

/// <summary>
/// Missing quarterly reports (docs/domain.md, Quarterly reports; Reminders and the work list): from the day after the report
/// of the quarter just ended was due, each partner with a loan still running who has not reported it gets one reminder,
/// seen by the facilitators of their village, the program's officers and the partner, with the WhatsApp message the
/// facilitator sends them. Raised once per partner and quarter (the key), on whichever later run finds it missing.
/// </summary>
[FeatureService]
public sealed class ReportReminders : IReminderSource
{
    public async IAsyncEnumerable<ReminderDraft> DueAsync(AppDbContext db, DateOnly today, [EnumeratorCancellation] CancellationToken ct)
    {
        var quarter = Quarter.Of(today).Previous;
        var dueDays = await db.FosteringSettings.AsNoTracking().ToDictionaryAsync(s => s.ProgramId, s => s.ReportDueDays, ct);
        // Programs without settings use the default; before the earliest due date nothing is missing yet.
        if (today <= quarter.DueOn(dueDays.Values.Append(FosteringSettings.DefaultDueDays).Min()))
        {
            yield break;
        }

        var last = quarter.Last;
        var missing = db.Partners.AsNoTracking()
            .Where(p => p.Status != PartnerStatus.Independent
                        && db.Loans.Any(l => l.PartnerId == p.Id && l.Status == LoanStatus.Active && l.DisbursedOn <= last)
                        && !db.QuarterlyReports.Any(r => r.PartnerId == p.Id && r.QuarterIndex == quarter.Index))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.ProgramId, p.OwnerName, p.VillageCode })
            .AsAsyncEnumerable();
        await foreach (var p in missing.WithCancellation(ct))
        {
            var dueOn = quarter.DueOn(dueDays.GetValueOrDefault(p.ProgramId, FosteringSettings.DefaultDueDays));
            if (today <= dueOn)
            {
                continue;
            }

            yield return new ReminderDraft(
                Key: $"report:{p.Id}:{quarter}",
                Kind: "fostering.reminder.missing",
                ProgramId: p.ProgramId,
                DueOn: dueOn,
                Subject: $"{p.OwnerName}, {quarter}",
                Href: $"/partners/{p.Id}/reports",
                PartnerId: p.Id,
                VillageCode: p.VillageCode,
                WhatsAppMessage: Message(p.OwnerName, quarter, dueOn));
        }
    }

    /// <summary>The message a facilitator sends the partner, in Bahasa Indonesia whatever the staff's language.</summary>
    public static string Message(string name, Quarter quarter, DateOnly dueOn) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Assalamualaikum {name}, ini pengingat dari pendamping Program Kemitraan: laporan triwulan {quarter} (aset, omset, tenaga kerja) belum masuk; batasnya {Show.Date(dueOn, CultureInfo.GetCultureInfo("id-ID"))}. Mohon diisi di aplikasi atau kabari kami angkanya. Terima kasih.");
}
