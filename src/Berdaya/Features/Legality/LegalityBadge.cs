using Berdaya.Domain.Legality;

namespace Berdaya.Features.Legality;

/// <summary>The colour of a licence's state: green held, amber under way or expiring, red rejected or expired.</summary>
public static class LegalityBadge
{
    public static string Tone(LegalityItemView item) => item.State switch
    {
        LegalityState.Granted => item.Expiring ? "warn" : "pass",
        LegalityState.Preparing or LegalityState.Applied => "warn",
        LegalityState.Rejected or LegalityState.Expired => "bad",
        _ => "",
    };
}
