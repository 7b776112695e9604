using System.Globalization;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Partners;

namespace Berdaya.Bench;

/// <summary>
/// What the coaching features hold per generated partner, beside the timeline: two licences each, a NIB (no expiry)
/// and a PIRT granted on a random day of the last five years, so its expiry falls on any day of the next five and
/// about one in twenty is inside the 90-day reminder window.
/// </summary>
public sealed class CoachingRows(IReadOnlyDictionary<Type, Table> tables, DateOnly today, Random rng)
{
    /// <summary>The entities written here, so their tables are mapped and their indexes suspended during the load.</summary>
    public static readonly Type[] Types = [typeof(LegalityItem)];

    public void Add(Guid program, Partner partner, Dictionary<Table, List<object?[]>> rows, int index)
    {
        var items = tables[typeof(LegalityItem)];
        var now = DateTimeOffset.UtcNow;
        var nibOn = today.AddDays(-rng.Next(30, 3000));
        var pirtOn = today.AddDays(-rng.Next(1, 5 * 365));
        rows[items].Add(items.Row(Item(program, partner.Id, LegalityKind.Nib, "9" + (index + 100_000_000_000L).ToString(CultureInfo.InvariantCulture), nibOn, null,
            "OSS", now)));
        rows[items].Add(items.Row(Item(program, partner.Id, LegalityKind.Pirt,
            "2" + (index + 32_110_000_000_000L).ToString(CultureInfo.InvariantCulture), pirtOn, LegalityExpiry.RuleExpiry(LegalityKind.Pirt, null, pirtOn),
            "Dinas Kesehatan Kabupaten", now)));
    }

    private static Dictionary<string, object?> Item(Guid program, Guid partner, LegalityKind kind, string number, DateOnly granted, DateOnly? expires,
        string office, DateTimeOffset now) => new()
        {
            ["Id"] = Guid.CreateVersion7(),
            ["ProgramId"] = program,
            ["PartnerId"] = partner,
            ["Kind"] = kind,
            ["State"] = LegalityState.Granted,
            ["Number"] = number,
            ["AppliedOn"] = granted.AddDays(-30),
            ["GrantedOn"] = granted,
            ["ExpiresOn"] = expires,
            ["IssuingOffice"] = office,
            ["UpdatedAt"] = now,
            ["Version"] = Guid.NewGuid(),
        };
}
