using System.Globalization;
using System.Runtime.CompilerServices;
using Berdaya.Data;
using Berdaya.Domain.Legality;
using Berdaya.Web;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Legality;

/// <summary>
/// Reminds the partner, the village's facilitator and the officers 90 days and again 30 days before a licence
/// expires (docs/domain.md, Legality milestones). It reads a window of 90 days on the indexed expiry date, so
/// the nightly job touches only the licences that are coming due, however many partners there are.
/// </summary>
[FeatureService]
public sealed class LegalityReminders : IReminderSource
{
    public const string Kind = "legality.reminder.expiring";

    private static readonly CultureInfo Indonesian = new("id-ID");

    public async IAsyncEnumerable<ReminderDraft> DueAsync(AppDbContext db, DateOnly today, [EnumeratorCancellation] CancellationToken ct)
    {
        var until = today.AddDays(LegalityExpiry.ReminderDays[0]);
        var due = db.LegalityItems.AsNoTracking()
            .Where(i => i.ExpiresOn >= today && i.ExpiresOn <= until && i.State == LegalityState.Granted)
            .Join(db.Partners, i => i.PartnerId, p => p.Id,
                (i, p) => new { i.Id, i.Kind, ExpiresOn = i.ExpiresOn!.Value, i.PartnerId, p.ProgramId, p.VillageCode, p.OwnerName, p.BusinessName })
            .AsAsyncEnumerable();
        await foreach (var x in due.WithCancellation(ct))
        {
            if (LegalityExpiry.ReminderOn(x.ExpiresOn, today) is not { } days)
            {
                continue;
            }

            var name = Name(x.Kind);
            yield return new ReminderDraft(
                $"legality:{x.Id}:{days}",
                Kind,
                x.ProgramId,
                x.ExpiresOn.AddDays(-days),
                $"{name} {x.OwnerName} ({x.BusinessName}), {x.ExpiresOn.ToString("d MMMM yyyy", Indonesian)}",
                $"/partners/{x.PartnerId}/legality/{x.Kind.Slug()}",
                x.PartnerId,
                x.VillageCode,
                null,
                WhatsApp(x.OwnerName, x.BusinessName, name, x.ExpiresOn));
        }
    }

    /// <summary>The message a facilitator sends the partner, in Bahasa Indonesia (docs/domain.md, Reminders and the work list).</summary>
    public static string WhatsApp(string owner, string business, string licence, DateOnly expiresOn) =>
        $"Assalamualaikum Ibu/Bapak {owner}. Izin {licence} untuk usaha {business} berlaku sampai {expiresOn.ToString("d MMMM yyyy", Indonesian)}. "
        + "Mohon segera disiapkan perpanjangannya; pendamping siap membantu. Terima kasih.";

    private static string Name(LegalityKind kind) => kind switch
    {
        LegalityKind.Pirt => "PIRT (SPP-IRT)",
        LegalityKind.Trademark => "merek",
        LegalityKind.Halal => "halal",
        _ => kind.ToString().ToUpperInvariant(),
    };
}
