namespace Berdaya.Domain.Legality;

/// <summary>
/// How long a licence lasts (docs/domain.md, Legality milestones): PIRT 5 years from the grant; a trademark
/// 10 years from filing, renewed in the last 6 months; Halal until the recipe or process changes; NIB, NPWP
/// and the food-safety certificate do not expire. The expiry date is the last day the licence holds: from
/// the day after it reads as expired, whether or not anything has run since (decision 0015).
/// </summary>
public static class LegalityExpiry
{
    public const int PirtYears = 5;
    public const int TrademarkYears = 10;
    public const int RenewalMonths = 6;

    /// <summary>Days before the expiry at which a reminder is raised, the first and the second.</summary>
    public static readonly int[] ReminderDays = [90, 30];

    /// <summary>Whether the kind has an expiry date at all (Halal ends by a recorded change, not a date).</summary>
    public static bool HasExpiryDate(LegalityKind kind) => kind is LegalityKind.Pirt or LegalityKind.Trademark;

    /// <summary>The latest expiry the rule allows for a grant: PIRT from the grant, trademark from the filing.</summary>
    public static DateOnly? RuleExpiry(LegalityKind kind, DateOnly? filedOn, DateOnly grantedOn) => kind switch
    {
        LegalityKind.Pirt => grantedOn.AddYears(PirtYears),
        LegalityKind.Trademark => (filedOn ?? grantedOn).AddYears(TrademarkYears),
        _ => null,
    };

    /// <summary>The state as read on <paramref name="today"/>: a granted licence past its expiry date is expired.</summary>
    public static LegalityState StateOn(LegalityState state, DateOnly? expiresOn, DateOnly today) =>
        state == LegalityState.Granted && expiresOn is { } e && e < today ? LegalityState.Expired : state;

    /// <summary>True when a granted licence is still held on <paramref name="today"/>.</summary>
    public static bool IsHeld(LegalityState state, DateOnly? expiresOn, DateOnly today) => StateOn(state, expiresOn, today) == LegalityState.Granted;

    /// <summary>The first day a trademark may be renewed: 6 months before its expiry.</summary>
    public static DateOnly RenewalOpensOn(DateOnly expiresOn) => expiresOn.AddMonths(-RenewalMonths);

    /// <summary>The reminder due on <paramref name="today"/> for an expiry (90 or 30 days before), or null: 90 while 31–90 days remain, 30 from 30 days to the day.</summary>
    public static int? ReminderOn(DateOnly expiresOn, DateOnly today)
    {
        var left = expiresOn.DayNumber - today.DayNumber;
        return left switch
        {
            < 0 => null,
            <= 30 => 30,
            <= 90 => 90,
            _ => null,
        };
    }
}
