using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Timeline;
using Berdaya.Web.Localization;

namespace Berdaya.Features.Legality;

/// <summary>
/// A legality change on the partner's and group's timeline: a licence gained is a capability, so it is
/// Empowering (docs/domain.md, The 5P approaches). The summary names the licence and state, never an NPWP
/// number (it is the NIK, and the group timeline is read by evaluators).
/// </summary>
internal static class LegalityTimeline
{
    private static readonly System.Globalization.CultureInfo Indonesian = new("id-ID");

    public static TimelineEvent For(LegalityPartner p, LegalityItem item, LegalityChange change, Texts texts)
    {
        var kind = change.Action == "record" ? "legality." + item.State.ToString().ToLowerInvariant() : "legality." + change.Action;
        var name = texts.Get($"enum.LegalityKind.{item.Kind}", Indonesian);
        var state = texts.Get($"enum.LegalityState.{item.State}", Indonesian);
        var number = item.Number is { } n && item.Kind != LegalityKind.Npwp ? $" No. {n}" : "";
        var summary = change.Action switch
        {
            "document" => $"{p.OwnerName}: dokumen {name} diunggah",
            "renewed" => $"{p.OwnerName}: {name} diperpanjang{number}",
            "ended" => $"{p.OwnerName}: {name} berakhir karena perubahan resep/proses",
            _ => $"{p.OwnerName}: {name} {state.ToLowerInvariant()}{number}",
        };
        return new TimelineEvent(p.ProgramId, p.GroupId, p.Id, change.OccurredOn, FivePApproach.Empowering, kind, summary, nameof(LegalityItem), item.Id,
            change.ChangedAt);
    }
}
