using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets;

public sealed record RequirementView(Guid Id, DateOnly EffectiveFrom, IReadOnlyList<string> Legality, bool Barcode, string? PackagingMaterial,
    decimal? MinThicknessMm, string? LabelContents, decimal? MinMonthlyVolume, VolumeUnit? VolumeUnit, decimal? WorkingCapital, PaymentKind Payment,
    int? PaymentDays, string? Note, bool InForce);

public sealed record ChannelView(Guid Id, Guid ProgramId, string Name, ChannelKind Kind, string? Note, RequirementView? Current);

public sealed record ChannelDetailView(ChannelView Channel, IReadOnlyList<RequirementView> History, bool MayEdit);

public sealed record ReadinessItemView(string Item, ReadinessState State, string Text);

public sealed record ChannelReadinessView(Guid ChannelId, string ChannelName, ChannelKind Kind, ReadinessState State, IReadOnlyList<ReadinessItemView> Items,
    string? NextStep);

public sealed record ProfileView(string? PackagingMaterial, decimal? PackagingThicknessMm, bool? HasBarcode, decimal? MonthlyCapacity, VolumeUnit? CapacityUnit,
    decimal? WorkingCapital, DeclaredBy? DeclaredBy, DateOnly? DeclaredOn);

public sealed record PartnerReadinessView(Guid PartnerId, string OwnerName, string BusinessName, DateOnly On, decimal? MonthlySales, ProfileView Profile,
    bool MayDeclare, IReadOnlyList<ChannelReadinessView> Channels);

public sealed record ChannelCount(Guid ChannelId, string Name, int Met, int Missing, int Unknown);

public sealed record MatrixCell(Guid ChannelId, ReadinessState State, string? FirstMissing);

public sealed record MatrixRow(Guid PartnerId, string OwnerName, string? GroupName, string VillageCode, IReadOnlyList<MatrixCell> Cells);

public sealed record MatrixFilter(Guid? GroupId = null, string? Village = null, Guid? ChannelId = null, ReadinessState? State = null, int Page = 1);

public sealed record ReadinessMatrixView(Guid ProgramId, DateOnly On, MatrixFilter Filter, int Partners, IReadOnlyList<ChannelCount> Counts,
    IReadOnlyList<MatrixRow>? Rows, int Matching, int Page, int Pages);

/// <summary>Channels, a partner's readiness and the program's matrix (docs/domain.md, Readiness; decision 0019).</summary>
[FeatureService]
public sealed class ReadinessQueries(AppDbContext db, ChannelAccess access, Texts texts)
{
    public const int PageSize = 50;

    /// <summary>The months of cash-book sales a volume in rupiah is judged on (decision 0019).</summary>
    public const int SalesMonths = 3;

    public async Task<IReadOnlyList<ChannelView>> ChannelsAsync(Guid programId, CancellationToken ct = default)
    {
        await access.User.RequireProgramAsync(programId, ct);
        var channels = await db.MarketChannels.AsNoTracking().Where(c => c.ProgramId == programId).OrderBy(c => c.Name).ToListAsync(ct);
        var sets = await db.ChannelRequirements.AsNoTracking().Where(r => r.ProgramId == programId).ToListAsync(ct);
        var today = access.Today;
        return channels.Select(c => View(c, ChannelRequirement.InForce(sets.Where(s => s.ChannelId == c.Id), today), today)).ToList();
    }

    public async Task<ChannelDetailView> ChannelAsync(Guid id, CancellationToken ct = default)
    {
        var c = await access.ChannelAsync(id, ct);
        var sets = await db.ChannelRequirements.AsNoTracking().Where(r => r.ChannelId == c.Id).OrderByDescending(r => r.EffectiveFrom).ToListAsync(ct);
        var today = access.Today;
        var current = ChannelRequirement.InForce(sets, today);
        return new ChannelDetailView(View(c, current, today), sets.Select(s => Requirement(s, s == current)).ToList(), access.MayEditChannels);
    }

    public async Task<PartnerReadinessView> PartnerAsync(Guid partnerId, CancellationToken ct = default)
    {
        var p = await access.PartnerAsync(partnerId, ct);
        var on = access.Today;
        var rules = await RulesAsync(p.ProgramId, on, ct);
        var facts = await FactsAsync(p.ProgramId, [p.Id], on, rules.Any(r => r.Rule?.Requirement.VolumeUnit == VolumeUnit.Rupiah), ct);
        var f = facts.GetValueOrDefault(p.Id) ?? ReadinessFacts.None;
        var profile = await db.MarketProfiles.AsNoTracking().FirstOrDefaultAsync(x => x.PartnerId == p.Id, ct);
        var culture = CultureInfo.CurrentUICulture;
        var channels = rules.Select(r =>
        {
            var result = Readiness.Evaluate(r.Rule, f, on);
            return new ChannelReadinessView(r.Channel.Id, r.Channel.Name, r.Channel.Kind, result.State,
                result.Items.Select(i => new ReadinessItemView(i.Item, i.State, Describe(i, culture))).ToList(),
                result.NextStep is { } next ? Step(next, culture) : null);
        }).ToList();
        var pv = profile is null
            ? new ProfileView(null, null, null, null, null, null, null, null)
            : new ProfileView(profile.PackagingMaterial, profile.PackagingThicknessMm, profile.HasBarcode, profile.MonthlyCapacity, profile.CapacityUnit,
                profile.WorkingCapital, profile.DeclaredBy, profile.DeclaredOn);
        return new PartnerReadinessView(p.Id, p.OwnerName, p.BusinessName, on, f.MonthlySales, pv, access.MayDeclare, channels);
    }

    /// <summary>
    /// The program's matrix: every partner in scope (filtered by group and village) against every channel's set in force
    /// today, counted per channel; the rows of one page (filtered by channel and state) for readers who may see names.
    /// </summary>
    public async Task<ReadinessMatrixView> MatrixAsync(Guid programId, MatrixFilter filter, CancellationToken ct = default)
    {
        access.RequireMatrixReader();
        await access.User.RequireProgramAsync(programId, ct);
        var on = access.Today;
        var rules = await RulesAsync(programId, on, ct);
        var partners = (await access.User.PartnersAsync(ct)).Where(p => p.ProgramId == programId);
        if (!string.IsNullOrWhiteSpace(filter.Village))
        {
            partners = partners.Where(p => p.VillageCode == filter.Village);
        }

        if (filter.GroupId is { } g)
        {
            partners = partners.Where(p => db.GroupMemberships.Any(m => m.ActivePartnerId == p.Id && m.GroupId == g));
        }

        var ids = await partners.OrderBy(p => p.OwnerName).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var facts = await FactsAsync(programId, ids.Count > 2000 ? null : ids, on, rules.Any(r => r.Rule?.Requirement.VolumeUnit == VolumeUnit.Rupiah), ct);
        var states = new ReadinessState[ids.Count, rules.Count];
        var counts = new int[rules.Count, 3];
        for (var i = 0; i < ids.Count; i++)
        {
            var f = facts.GetValueOrDefault(ids[i]) ?? ReadinessFacts.None;
            for (var c = 0; c < rules.Count; c++)
            {
                var s = Readiness.StateOf(rules[c].Rule, f, on);
                states[i, c] = s;
                counts[c, (int)s - 1]++;
            }
        }

        var channelIndex = filter.ChannelId is { } cid ? rules.FindIndex(r => r.Channel.Id == cid) : -1;
        var matching = Enumerable.Range(0, ids.Count).Where(i => filter.State is not { } want
            || (channelIndex >= 0 ? states[i, channelIndex] == want : Enumerable.Range(0, rules.Count).Any(c => states[i, c] == want))).ToList();
        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        List<MatrixRow>? rows = null;
        if (access.MaySeeNames)
        {
            var pageIdx = matching.Skip((page - 1) * PageSize).Take(PageSize).ToList();
            var pageIds = pageIdx.Select(i => ids[i]).ToList();
            var names = await db.Partners.AsNoTracking().Where(p => pageIds.Contains(p.Id))
                .Select(p => new
                {
                    p.Id,
                    p.OwnerName,
                    p.VillageCode,
                    Group = db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Join(db.Groups, m => m.GroupId, x => x.Id, (m, x) => x.Name).FirstOrDefault(),
                })
                .ToDictionaryAsync(p => p.Id, ct);
            var culture = CultureInfo.CurrentUICulture;
            rows = pageIdx.Select(i =>
            {
                var n = names[ids[i]];
                var f = facts.GetValueOrDefault(ids[i]) ?? ReadinessFacts.None;
                var cells = rules.Select((r, c) => new MatrixCell(r.Channel.Id, states[i, c],
                    states[i, c] == ReadinessState.Met ? null : Readiness.Evaluate(r.Rule, f, on).NextStep is { } next ? Describe(next, culture) : null)).ToList();
                return new MatrixRow(n.Id, n.OwnerName, n.Group, n.VillageCode, cells);
            }).ToList();
        }

        var countRows = rules.Select((r, c) => new ChannelCount(r.Channel.Id, r.Channel.Name, counts[c, 0], counts[c, 1], counts[c, 2])).ToList();
        return new ReadinessMatrixView(programId, on, filter with { Page = page }, ids.Count, countRows, rows, matching.Count, page, pages);
    }

    /// <summary>Each channel of the program with its set in force on the date, prepared for checking.</summary>
    public async Task<List<(MarketChannel Channel, ReadinessRule? Rule)>> RulesAsync(Guid programId, DateOnly on, CancellationToken ct)
    {
        var channels = await db.MarketChannels.AsNoTracking().Where(c => c.ProgramId == programId).OrderBy(c => c.Name).ToListAsync(ct);
        var sets = await db.ChannelRequirements.AsNoTracking().Where(r => r.ProgramId == programId && r.EffectiveFrom <= on).ToListAsync(ct);
        return channels.Select(c => (c, ChannelRequirement.InForce(sets.Where(s => s.ChannelId == c.Id), on) is { } r ? ReadinessRule.From(r) : null)).ToList();
    }

    /// <summary>
    /// What the app knows of the partners (all of the program's when <paramref name="partnerIds"/> is null): licences,
    /// declarations and, when a channel counts rupiah, the average monthly sales of the last full months.
    /// </summary>
    public async Task<Dictionary<Guid, ReadinessFacts>> FactsAsync(Guid programId, IReadOnlyList<Guid>? partnerIds, DateOnly on, bool withSales,
        CancellationToken ct)
    {
        var items = db.LegalityItems.AsNoTracking().Where(i => i.ProgramId == programId);
        var profiles = db.MarketProfiles.AsNoTracking().Where(p => p.ProgramId == programId);
        if (partnerIds is not null)
        {
            items = items.Where(i => partnerIds.Contains(i.PartnerId));
            profiles = profiles.Where(p => partnerIds.Contains(p.PartnerId));
        }

        var licences = new Dictionary<Guid, Dictionary<LegalityKind, LicenceFact>>();
        foreach (var i in await items.Select(i => new { i.PartnerId, i.Kind, i.State, i.ExpiresOn }).ToListAsync(ct))
        {
            if (!licences.TryGetValue(i.PartnerId, out var map))
            {
                licences[i.PartnerId] = map = [];
            }

            map[i.Kind] = new LicenceFact(i.State, i.ExpiresOn);
        }

        var declared = await profiles
            .Select(p => new { p.PartnerId, p.PackagingMaterial, p.PackagingThicknessMm, p.HasBarcode, p.MonthlyCapacity, p.CapacityUnit, p.WorkingCapital })
            .ToDictionaryAsync(p => p.PartnerId, p => new MarketDeclaration(p.PackagingMaterial, p.PackagingThicknessMm, p.HasBarcode, p.MonthlyCapacity,
                p.CapacityUnit, p.WorkingCapital), ct);

        var sales = new Dictionary<Guid, decimal>();
        if (withSales)
        {
            var to = new DateOnly(on.Year, on.Month, 1);
            var from = to.AddMonths(-SalesMonths);
            var lines = db.CashLines.AsNoTracking().Where(l => l.ProgramId == programId && l.Date >= from && l.Date < to);
            if (partnerIds is not null)
            {
                lines = lines.Where(l => partnerIds.Contains(l.PartnerId));
            }

            // One row per partner: the sales summed by the database (a partner with lines but no sales reads 0).
            var sums = await lines.GroupBy(l => l.PartnerId)
                .Select(g => new { PartnerId = g.Key, Total = g.Sum(l => l.Category == CashCategory.Sales ? l.Amount : 0m) })
                .ToListAsync(ct);
            foreach (var s in sums)
            {
                sales[s.PartnerId] = decimal.Round(s.Total / SalesMonths, 0);
            }
        }

        // The latest quarterly report of the last two quarters ended, a month's share (docs/domain.md, Readiness).
        var lastQuarter = Quarter.Of(on).Previous;
        var reports = db.QuarterlyReports.AsNoTracking()
            .Where(r => r.ProgramId == programId && r.Current && r.QuarterIndex >= lastQuarter.Index - 1 && r.QuarterIndex <= lastQuarter.Index);
        if (partnerIds is not null)
        {
            reports = reports.Where(r => partnerIds.Contains(r.PartnerId));
        }

        var reported = (await reports.Select(r => new { r.PartnerId, r.QuarterIndex, r.Turnover, r.ProductionVolume, r.ProductionUnit }).ToListAsync(ct))
            .GroupBy(r => r.PartnerId)
            .ToDictionary(g => g.Key, g =>
            {
                var r = g.MaxBy(x => x.QuarterIndex)!;
                var unit = UnitOf(r.ProductionUnit);
                return new ReportedQuarter(Quarter.FromIndex(r.QuarterIndex).ToString(), decimal.Round(r.Turnover / 3, 0),
                    r.ProductionVolume is { } v && unit is not null ? decimal.Round(v / 3, 2) : null, unit);
            });

        var empty = new Dictionary<LegalityKind, LicenceFact>();
        return licences.Keys.Concat(declared.Keys).Concat(sales.Keys).Concat(reported.Keys).Distinct().ToDictionary(id => id, id => new ReadinessFacts(
            licences.GetValueOrDefault(id) ?? empty, declared.GetValueOrDefault(id), sales.TryGetValue(id, out var s) ? s : null,
            reported.GetValueOrDefault(id)));
    }

    /// <summary>A report's production unit as a channel counts it: kilograms or packs; anything else is not compared.</summary>
    public static VolumeUnit? UnitOf(string? unit) => (unit ?? "").Trim().ToLowerInvariant() switch
    {
        "kg" or "kilo" or "kilogram" => VolumeUnit.Kilogram,
        "bungkus" or "pak" or "pack" or "packs" or "kemasan" => VolumeUnit.Pack,
        _ => null,
    };

    /// <summary>An item in the reader's language: "PIRT kedaluwarsa 2026-03-01", "volume 40 kg/bulan dari 100 yang diperlukan".</summary>
    public string Describe(ReadinessItem item, CultureInfo culture) => texts.Format(item.Code, culture, Args(item, culture));

    /// <summary>What to do next about an item.</summary>
    public string Step(ReadinessItem item, CultureInfo culture)
    {
        var key = item.Item switch
        {
            "barcode" or "packaging" or "thickness" or "volume" or "capital" => item.State == ReadinessState.Unknown ? "readiness.step.declare" : $"readiness.step.{item.Item}",
            "requirements" => "readiness.step.requirements",
            _ => "readiness.step.licence",
        };
        return texts.Format(key, culture, Describe(item, culture));
    }

    private object[] Args(ReadinessItem item, CultureInfo culture) => item.Args.Select(a => a switch
    {
        LegalityKind k => texts.Get($"readiness.kind.{k}", culture),
        LegalityState s => texts.Get($"enum.LegalityState.{s}", culture).ToLower(culture),
        VolumeUnit u => texts.Get($"enum.VolumeUnit.{u}", culture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m when item.Item is "capital" || item.Code.StartsWith("readiness.sales", StringComparison.Ordinal) => Show.Rupiah(m),
        decimal m => m.ToString("0.###", culture),
        _ => a,
    }).ToArray();

    private static ChannelView View(MarketChannel c, ChannelRequirement? current, DateOnly today) =>
        new(c.Id, c.ProgramId, c.Name, c.Kind, c.Note, current is null ? null : Requirement(current, true));

    public static RequirementView Requirement(ChannelRequirement r, bool inForce) =>
        new(r.Id, r.EffectiveFrom, [.. r.LegalityKindsRequired.Select(k => k.Slug()), .. r.RequiresBarcode ? [ChannelRequirement.Barcode] : Array.Empty<string>()],
            r.RequiresBarcode, r.PackagingMaterial, r.MinThicknessMm, r.LabelContents, r.MinMonthlyVolume, r.VolumeUnit, r.WorkingCapital, r.Payment, r.PaymentDays,
            r.Note, inForce);
}
