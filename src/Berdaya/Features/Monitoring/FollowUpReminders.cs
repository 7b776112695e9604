using System.Globalization;
using System.Runtime.CompilerServices;
using Berdaya.Data;
using Berdaya.Domain.Monitoring;
using Berdaya.Web;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// Follow-ups due (docs/domain.md, Reminders and the work list): raised on the due date (or on a later run that missed
/// it, within a week) for the owner; for a partner's own task, with the WhatsApp message the facilitator sends them.
/// </summary>
[FeatureService]
public sealed class FollowUpReminders : IReminderSource
{
    /// <summary>A run missed for this many days still raises what fell due in them.</summary>
    public const int CatchUpDays = 7;

    public async IAsyncEnumerable<ReminderDraft> DueAsync(AppDbContext db, DateOnly today, [EnumeratorCancellation] CancellationToken ct)
    {
        var from = today.AddDays(-CatchUpDays);
        var due = db.FollowUps.AsNoTracking()
            .Where(f => f.State == FollowUpState.Open && f.DueOn >= from && f.DueOn <= today)
            .Select(f => new
            {
                f.Id,
                f.ProgramId,
                f.Task,
                f.DueOn,
                f.OwnerUserId,
                f.OwnerPartnerId,
                f.PartnerId,
                PartnerName = db.Partners.Where(p => p.Id == (f.OwnerPartnerId ?? f.PartnerId)).Select(p => p.OwnerName).FirstOrDefault(),
                VillageCode = db.Partners.Where(p => p.Id == (f.OwnerPartnerId ?? f.PartnerId)).Select(p => p.VillageCode).FirstOrDefault(),
            })
            .AsAsyncEnumerable();
        await foreach (var f in due.WithCancellation(ct))
        {
            var forPartner = f.OwnerPartnerId is not null;
            yield return new ReminderDraft(
                Key: $"followup:{f.Id}:due",
                Kind: "monitoring.reminder.followup.due",
                ProgramId: f.ProgramId,
                DueOn: f.DueOn,
                Subject: f.Task,
                Href: $"/followups/{f.Id}",
                PartnerId: f.OwnerPartnerId,
                VillageCode: f.VillageCode,
                AssigneeUserId: f.OwnerUserId,
                WhatsAppMessage: forPartner ? Message(f.PartnerName, f.Task, f.DueOn) : null);
        }
    }

    /// <summary>The message a facilitator sends the partner, in Bahasa Indonesia whatever the staff's language.</summary>
    public static string Message(string? name, string task, DateOnly dueOn) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Assalamualaikum {name}, ini pengingat dari pendamping Program Kemitraan: tindak lanjut \"{task}\" jatuh tempo {Show.Date(dueOn, CultureInfo.GetCultureInfo("id-ID"))}. Bila sudah dikerjakan, mohon kabari kami atau tandai selesai di aplikasi. Terima kasih.");
}
