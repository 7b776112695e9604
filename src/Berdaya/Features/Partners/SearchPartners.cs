using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Partners;

/// <summary>
/// The partner list: by a prefix of any word of the owner's or business's name, by the NIK's
/// leading digits, by village and status, within the user's scope (docs/decisions/0003-partner-search.md).
/// </summary>
[FeatureService]
public sealed class SearchPartners(AppDbContext db, CurrentUser me, RegionDirectory regions)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Counting stops here: beyond it the list says "more than" and the user narrows the search.</summary>
    public const int CountCap = 1000;

    /// <summary>Above this many partners matching the leading search word, results are read in name order.</summary>
    public const int BroadMatches = 2000;

    public sealed record Query(string? Q = null, string? Nik = null, string? Village = null, PartnerStatus? Status = null, int Page = 1, int PageSize = DefaultPageSize);

    public sealed record Item(
        Guid Id,
        string OwnerName,
        string BusinessName,
        string VillageCode,
        string? VillageName,
        Guid? GroupId,
        string? GroupName,
        [property: JsonConverter(typeof(JsonStringEnumConverter<PartnerStatus>))] PartnerStatus Status,
        string? Nik,
        string? Phone);

    public sealed record Result(IReadOnlyList<Item> Items, int Total, bool TotalCapped, int Page, int PageSize)
    {
        public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    }

    public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
    {
        var page = Math.Max(1, query.Page);
        var size = query.PageSize is < 1 or > MaxPageSize ? DefaultPageSize : query.PageSize;
        var partners = await me.PartnersAsync(ct);

        var nik = (query.Nik ?? "").Trim();
        var text = (query.Q ?? "").Trim();

        // Digits typed in the one search box are a NIK for roles that may read NIKs.
        if (nik.Length == 0 && text.Length >= 4 && text.All(char.IsAsciiDigit) && me.MayRevealNik)
        {
            nik = text;
            text = "";
        }

        if (nik.Length > 0)
        {
            if (!me.MayRevealNik)
            {
                throw new DomainException("partner.nik.search.forbidden", "Nik", ErrorKind.Forbidden);
            }

            if (!nik.All(char.IsAsciiDigit) || nik.Length > 16)
            {
                throw new DomainException("nik.digits", "Nik");
            }

            // Leading digits as a range on the NIK index; digits only, so '9' padding is the top.
            var to = nik + new string('9', 16 - nik.Length);
            partners = partners.Where(p => p.Nik.CompareTo(nik) >= 0 && p.Nik.CompareTo(to) <= 0);
        }

        // The longest term is likely the rarest: its range on the word index yields the candidates;
        // every other term is a seek on (PartnerId, Word) per candidate, all inside the word table's
        // covering indexes, so partner rows are read only for the matches.
        var terms = SearchWords.Of(text).Take(4).OrderByDescending(t => t.Length).ToList();
        var broad = false;
        if (terms.Count > 0)
        {
            var words = db.Set<PartnerSearchWord>();
            var (from, to) = SearchWords.PrefixRange(terms[0]);

            // A short, common prefix matches thousands: then walking the name index in order finds a
            // page of matches sooner than sorting them all (a capped count on the covering index decides).
            broad = await words.Where(w => w.Word.CompareTo(from) >= 0 && w.Word.CompareTo(to) <= 0).Take(BroadMatches + 1).CountAsync(ct) > BroadMatches;
            var ids = words.Where(w => w.Word.CompareTo(from) >= 0 && w.Word.CompareTo(to) <= 0).Select(w => w.PartnerId);
            foreach (var term in terms.Skip(1))
            {
                var (f, t) = SearchWords.PrefixRange(term);
                ids = ids.Where(id => words.Any(w => w.PartnerId == id && w.Word.CompareTo(f) >= 0 && w.Word.CompareTo(t) <= 0));
            }

            partners = partners.Where(p => ids.Contains(p.Id));
        }

        var village = (query.Village ?? "").Trim();
        if (village.Length > 0)
        {
            partners = partners.Where(p => p.VillageCode == village);
        }

        if (query.Status is { } status)
        {
            partners = partners.Where(p => p.Status == status);
        }
        else if (nik.Length == 0 && terms.Count == 0 && !me.IsPartner)
        {
            // Browsing shows the program's active portfolio: graduated partners keep their records and are found by name, NIK or
            // their status (docs/domain.md, Bankability and graduation). A partner user's list is their own group, whole.
            partners = partners.Where(p => p.Status != PartnerStatus.Independent);
        }

        // With a selective filter, order by an expression so the planner seeks the filter's index and
        // sorts the few matches; ordering by the bare column makes SQLite walk the whole name index
        // instead (300 ms at 100,000 partners, docs/performance.md). Unfiltered, the name index serves.
        var filtered = nik.Length > 0 || village.Length > 0 || (terms.Count > 0 && !broad);
        var ordered = filtered
            ? partners.OrderBy(p => p.OwnerName + "").ThenBy(p => p.Id)
            : partners.OrderBy(p => p.OwnerName).ThenBy(p => p.Id);
        var rows = await ordered
            .Skip((page - 1) * size).Take(size)
            .Select(p => new
            {
                p.Id,
                p.OwnerName,
                p.BusinessName,
                p.VillageCode,
                p.Status,
                p.Nik,
                p.Phone,
            })
            .ToListAsync(ct);

        // The page's groups in one small query: a correlated "first group" per row becomes a window
        // over every membership on SQLite (350 ms at 100,000 partners).
        var pageIds = rows.Select(r => (Guid?)r.Id).ToList();
        var groups = await db.GroupMemberships.Where(m => pageIds.Contains(m.ActivePartnerId))
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { PartnerId = m.PartnerId, g.Id, g.Name })
            .ToDictionaryAsync(x => x.PartnerId, x => (x.Id, x.Name), ct);
        // A page that is not full tells the total without counting (the usual narrow search).
        var counted = rows.Count < size && (page == 1 || rows.Count > 0)
            ? ((page - 1) * size) + rows.Count
            : await partners.Take(CountCap + 1).CountAsync(ct);
        var names = await regions.NamesAsync(rows.Select(r => r.VillageCode), ct);
        var contact = me.MaySeeContact;
        var items = rows.Select(r => new Item(r.Id, r.OwnerName, r.BusinessName, r.VillageCode, names.GetValueOrDefault(r.VillageCode),
                groups.TryGetValue(r.Id, out var g) ? g.Id : null, groups.TryGetValue(r.Id, out var gn) ? gn.Name : null, r.Status,
                contact ? Domain.Partners.Nik.Mask(r.Nik) : null,
                contact && r.Phone is not null ? Phone.Mask(r.Phone) : null))
            .ToList();
        return new Result(items, Math.Min(counted, CountCap), counted > CountCap, page, size);
    }
}
