using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets;

/// <summary>
/// Market-readiness gaps as needs (docs/domain.md, Needs per partner; Readiness): for a channel the partner misses by at most
/// <see cref="NearlyReady"/> items, each missing item is a need of its kind, naming the channels it holds back. An NIB or PIRT
/// not held is already a legality need of its own, so it is not repeated here.
/// </summary>
[FeatureService]
public sealed class ReadinessNeeds(AppDbContext db, ReadinessQueries readiness, TimeProvider clock, Texts texts) : INeedSource
{
    /// <summary>A channel missed by more items than this is not within reach yet, so its gaps are not needs.</summary>
    public const int NearlyReady = 2;

    /// <summary>The partners read at once; as the other sources, the needs of a larger set are a sample.</summary>
    public const int MaxPartners = 2000;

    private static readonly string[] Covered = [LegalityKind.Nib.Slug(), LegalityKind.Pirt.Slug()];

    public static NeedKind KindOf(string item) => item switch
    {
        "barcode" or "packaging" or "thickness" => NeedKind.Marketing,
        "volume" => NeedKind.Production,
        "capital" => NeedKind.Capital,
        _ => NeedKind.Legality,
    };

    public async Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct)
    {
        if (kind is { } k && k is not (NeedKind.Marketing or NeedKind.Production or NeedKind.Capital or NeedKind.Legality))
        {
            return [];
        }

        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.ProgramId }).Take(MaxPartners).ToListAsync(ct);
        var on = clock.Today();
        var culture = CultureInfo.CurrentUICulture;
        var needs = new List<PartnerNeed>();
        foreach (var program in partners.GroupBy(p => p.ProgramId))
        {
            var rules = (await readiness.RulesAsync(program.Key, on, ct)).Where(r => r.Rule is not null).ToList();
            if (rules.Count == 0)
            {
                continue;
            }

            var ids = program.Select(p => p.Id).ToList();
            var facts = await readiness.FactsAsync(program.Key, ids, on, rules.Any(r => r.Rule!.Requirement.VolumeUnit == VolumeUnit.Rupiah), ct);
            foreach (var id in ids)
            {
                var f = facts.GetValueOrDefault(id) ?? ReadinessFacts.None;
                var gaps = new Dictionary<string, (ReadinessItem Item, List<string> Channels)>();
                foreach (var (channel, rule) in rules)
                {
                    var missing = Readiness.Evaluate(rule, f, on).Items.Where(i => i.State == ReadinessState.Missing).ToList();
                    if (missing.Count > NearlyReady)
                    {
                        continue;
                    }

                    foreach (var item in missing.Where(i => !Covered.Contains(i.Item) && (kind is null || KindOf(i.Item) == kind)))
                    {
                        var text = readiness.Describe(item, culture);
                        if (!gaps.TryGetValue(text, out var gap))
                        {
                            gaps[text] = gap = (item, []);
                        }

                        gap.Channels.Add(channel.Name);
                    }
                }

                needs.AddRange(gaps.Select(g => new PartnerNeed(id, KindOf(g.Value.Item.Item),
                    texts.Format("readiness.need", culture, char.ToUpper(g.Key[0], culture) + g.Key[1..], string.Join(", ", g.Value.Channels)), null, $"/partners/{id}/readiness")));
            }
        }

        return needs;
    }
}
