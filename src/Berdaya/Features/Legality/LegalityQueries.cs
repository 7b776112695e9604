using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Legality;

/// <summary>One licence as read today: an expired grant reads as expired (docs/domain.md, Legality milestones).</summary>
public sealed record LegalityItemView(
    string Kind,
    [property: JsonConverter(typeof(JsonStringEnumConverter<LegalityState>))] LegalityState State,
    string? Number,
    DateOnly? AppliedOn,
    DateOnly? GrantedOn,
    DateOnly? ExpiresOn,
    int? DaysLeft,
    string? IssuingOffice,
    string? Note,
    bool HasDocument,
    DateOnly? RenewalOpensOn,
    bool MayRenew,
    bool MayEndByChange)
{
    [JsonIgnore]
    public LegalityKind KindValue => LegalityKinds.FromSlug(Kind)!.Value;

    /// <summary>Expiring: held, and 90 days or fewer left.</summary>
    public bool Expiring => State == LegalityState.Granted && DaysLeft is <= 90;
}

public sealed record LegalityChangeView(
    DateOnly OccurredOn,
    string Action,
    [property: JsonConverter(typeof(JsonStringEnumConverter<LegalityState>))] LegalityState FromState,
    [property: JsonConverter(typeof(JsonStringEnumConverter<LegalityState>))] LegalityState ToState,
    string? Number,
    DateOnly? ExpiresOn,
    string? Note,
    DateTimeOffset ChangedAt);

public sealed record PartnerLegalityView(
    Guid PartnerId,
    string OwnerName,
    string BusinessName,
    bool FoodProducer,
    bool HasFoodSafetyCertificate,
    bool MayChange,
    bool MayUpload,
    bool MayOpenDocuments,
    IReadOnlyList<LegalityItemView> Items);

public sealed record LegalityItemDetail(PartnerLegalityView Partner, LegalityItemView Item, IReadOnlyList<LegalityChangeView> History);

public sealed record LegalityKindCount(string Kind, int Partners);

/// <summary>A group or village: its partners in scope and how many hold each licence (granted, not expired).</summary>
public sealed record LegalityHolderRow(string Key, string Name, int Partners, IReadOnlyDictionary<string, int> Holders);

public sealed record LegalityExpiryRow(Guid PartnerId, string OwnerName, string BusinessName, string Kind, DateOnly ExpiresOn, int DaysLeft);

public sealed record ProgramLegalityView(
    Guid ProgramId,
    DateOnly Today,
    IReadOnlyList<LegalityKindCount> Holders,
    IReadOnlyList<LegalityHolderRow> ByGroup,
    IReadOnlyList<LegalityHolderRow> ByVillage,
    IReadOnlyList<LegalityExpiryRow> Expiring,
    IReadOnlyList<LegalityExpiryRow> Expired);

/// <summary>A partner's licences and the program's view of them, read in the user's scope.</summary>
[FeatureService]
public sealed class LegalityQueries(AppDbContext db, LegalityAccess access, CurrentUser me, FoodSafetyRecord foodSafety, RegionDirectory regions)
{
    /// <summary>Who reads the program view: staff, management and the evaluator (counts and names, no NIK or phone); not partners.</summary>
    public const string ProgramReaders = $"{Roles.Administrator},{Roles.ProgramOfficer},{Roles.Facilitator},{Roles.Viewer},{Roles.Evaluator}";

    /// <summary>At most this many rows in each of the program view's lists, soonest first.</summary>
    public const int ListLimit = 200;

    public async Task<PartnerLegalityView> PartnerAsync(Guid partnerId, CancellationToken ct = default)
    {
        var p = await access.PartnerAsync(partnerId, ct);
        var s = await access.ScopeAsync(ct);
        var personal = access.MaySeePersonal(p, s);
        var today = access.Today;
        var items = await db.LegalityItems.AsNoTracking().Where(i => i.PartnerId == p.Id).ToListAsync(ct);
        var views = LegalityKinds.All.Select(k => View(k, items.FirstOrDefault(i => i.Kind == k), today, personal)).ToList();
        return new PartnerLegalityView(p.Id, p.OwnerName, p.BusinessName, FoodProducer.Is(p.Sector, p.Products), await foodSafety.HasAsync(p.Id, ct),
            access.MayChangeState, access.MayUpload(p, s), personal, views);
    }

    public async Task<LegalityItemDetail> ItemAsync(Guid partnerId, LegalityKind kind, CancellationToken ct = default)
    {
        var partner = await PartnerAsync(partnerId, ct);
        var item = partner.Items.First(i => i.KindValue == kind);
        var history = await db.LegalityChanges.AsNoTracking()
            .Where(c => c.PartnerId == partnerId)
            .Join(db.LegalityItems.Where(i => i.Kind == kind), c => c.ItemId, i => i.Id, (c, _) => c)
            .OrderByDescending(c => c.ChangedAt)
            .ToListAsync(ct);
        var hideNumber = kind == LegalityKind.Npwp && !partner.MayOpenDocuments;
        return new LegalityItemDetail(partner, item, history
            .Select(c => new LegalityChangeView(c.OccurredOn, c.Action, c.FromState, c.ToState, hideNumber ? null : c.Number, c.ExpiresOn, c.Note, c.ChangedAt))
            .ToList());
    }

    /// <summary>
    /// How many partners hold each licence, by group and by village, and the licences expiring within 90 days
    /// and expired (docs/domain.md, Legality milestones). Counted in the database on indexed columns.
    /// </summary>
    public async Task<ProgramLegalityView> ProgramAsync(Guid programId, CancellationToken ct = default)
    {
        await me.RequireProgramAsync(programId, ct);
        var today = access.Today;
        var soon = today.AddDays(90);
        var partners = (await me.PartnersAsync(ct)).Where(p => p.ProgramId == programId);
        var items = db.LegalityItems.Where(i => i.ProgramId == programId && i.Kind != LegalityKind.FoodSafetyCertificate);
        var held = items.Where(i => i.State == LegalityState.Granted && (i.ExpiresOn == null || i.ExpiresOn >= today))
            .Join(partners, i => i.PartnerId, p => p.Id, (i, p) => new { i.Kind, i.PartnerId, p.VillageCode });

        var byKind = await held.GroupBy(x => x.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var holders = LegalityKinds.Licences.Select(k => new LegalityKindCount(k.Slug(), byKind.FirstOrDefault(x => x.Key == k)?.Count ?? 0)).ToList();

        var members = db.GroupMemberships.Where(m => m.ActivePartnerId != null);
        var groupHeld = await held.Join(members, x => (Guid?)x.PartnerId, m => m.ActivePartnerId, (x, m) => new { m.GroupId, x.Kind })
            .GroupBy(x => new { x.GroupId, x.Kind }).Select(g => new { g.Key.GroupId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var groupSizes = await partners.Join(members, p => (Guid?)p.Id, m => m.ActivePartnerId, (p, m) => m.GroupId)
            .GroupBy(g => g).Select(g => new { GroupId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var groupIds = groupSizes.Select(g => g.GroupId).ToList();
        var groupNames = await db.Groups.Where(g => groupIds.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var byGroup = groupSizes
            .Select(g => new LegalityHolderRow(g.GroupId.ToString(), groupNames.GetValueOrDefault(g.GroupId, ""), g.Count,
                LegalityKinds.Licences.ToDictionary(k => k.Slug(), k => groupHeld.FirstOrDefault(x => x.GroupId == g.GroupId && x.Kind == k)?.Count ?? 0)))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();

        var villageHeld = await held.GroupBy(x => new { x.VillageCode, x.Kind }).Select(g => new { g.Key.VillageCode, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var villageSizes = await partners.GroupBy(p => p.VillageCode).Select(g => new { VillageCode = g.Key, Count = g.Count() }).ToListAsync(ct);
        var villageNames = await regions.NamesAsync(villageSizes.Select(v => v.VillageCode), ct);
        var byVillage = villageSizes
            .Select(v => new LegalityHolderRow(v.VillageCode, villageNames.GetValueOrDefault(v.VillageCode, v.VillageCode), v.Count,
                LegalityKinds.Licences.ToDictionary(k => k.Slug(), k => villageHeld.FirstOrDefault(x => x.VillageCode == v.VillageCode && x.Kind == k)?.Count ?? 0)))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();

        var expiring = await items.Where(i => i.State == LegalityState.Granted && i.ExpiresOn >= today && i.ExpiresOn <= soon)
            .Join(partners, i => i.PartnerId, p => p.Id, (i, p) => new { p.Id, p.OwnerName, p.BusinessName, i.Kind, ExpiresOn = i.ExpiresOn!.Value })
            .OrderBy(x => x.ExpiresOn).Take(ListLimit).ToListAsync(ct);
        var expired = await items.Where(i => i.State == LegalityState.Expired || (i.State == LegalityState.Granted && i.ExpiresOn < today))
            .Join(partners, i => i.PartnerId, p => p.Id, (i, p) => new { p.Id, p.OwnerName, p.BusinessName, i.Kind, i.ExpiresOn })
            .OrderByDescending(x => x.ExpiresOn).Take(ListLimit).ToListAsync(ct);

        return new ProgramLegalityView(programId, today, holders, byGroup, byVillage,
            expiring.Select(x => new LegalityExpiryRow(x.Id, x.OwnerName, x.BusinessName, x.Kind.Slug(), x.ExpiresOn, x.ExpiresOn.DayNumber - today.DayNumber)).ToList(),
            expired.Select(x => new LegalityExpiryRow(x.Id, x.OwnerName, x.BusinessName, x.Kind.Slug(), x.ExpiresOn ?? today,
                (x.ExpiresOn ?? today).DayNumber - today.DayNumber)).ToList());
    }

    private static LegalityItemView View(LegalityKind kind, LegalityItem? i, DateOnly today, bool personal)
    {
        if (i is null)
        {
            return new LegalityItemView(kind.Slug(), LegalityState.NotStarted, null, null, null, null, null, null, null, false, null, false, false);
        }

        var state = i.StateOn(today);
        var opens = kind == LegalityKind.Trademark && i.ExpiresOn is { } e ? LegalityExpiry.RenewalOpensOn(e) : (DateOnly?)null;
        var number = kind == LegalityKind.Npwp && !personal ? null : i.Number;
        return new LegalityItemView(kind.Slug(), state, number, i.AppliedOn, i.GrantedOn, i.ExpiresOn,
            state == LegalityState.Granted && i.ExpiresOn is { } x ? x.DayNumber - today.DayNumber : null,
            i.IssuingOffice, i.Note, i.DocumentId is not null, opens,
            state == LegalityState.Granted && opens is { } o && today >= o,
            kind == LegalityKind.Halal && state == LegalityState.Granted);
    }
}
