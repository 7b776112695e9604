using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>A product line on the public page: the business, its products and its district; nothing else of the partner.</summary>
public sealed record ProductLine(Guid Id, string BusinessName, string? Sector, string Products, string District, string Regency);

public sealed record ProductsPage(IReadOnlyList<ProductLine> Lines, int Page, bool HasMore);

/// <summary>
/// The public products page (docs/domain.md, Meet and Greet): for buyers, without login, the products of partners who agreed to be
/// shown to buyers, by region and product word, 30 a page; and a buyer's enquiry, which arrives as a request the partner accepts
/// or declines. Enquiries are limited per sender address (<see cref="EnquiryThrottle"/>) and stored as typed text.
/// </summary>
[FeatureService]
public sealed class PublicProducts(AppDbContext db, RegionDirectory regions, EnquiryThrottle throttle, TimeProvider clock, IHttpContextAccessor http)
{
    public const int PageSize = 30;

    public sealed record Query
    {
        public string? Q { get; set; }

        /// <summary>A regency or district code.</summary>
        public string? Region { get; set; }

        public int? Page { get; set; }
    }

    public sealed record EnquiryCommand
    {
        public Guid? PartnerId { get; set; }
        public string? BuyerName { get; set; }
        public string? BuyerContact { get; set; }
        public string? Message { get; set; }
    }

    private IQueryable<DirectoryEntry> Listed => db.DirectoryEntries.AsNoTracking()
        .Where(e => (e.Purposes & DirectoryPurpose.Buyers) != 0 && (e.Fields & DirectoryField.Products) != 0 && e.Products != null);

    public async Task<ProductsPage> HandleAsync(Query query, CancellationToken ct)
    {
        var page = Math.Clamp(query.Page ?? 1, 1, 1000);
        var entries = Listed;
        var region = (query.Region ?? "").Trim();
        if (region.Length > 0)
        {
            if (region.Length > 8 || !region.All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                throw new DomainException("directory.region.format", "Region");
            }

            var to = region + "~";
            entries = entries.Where(e => e.DistrictCode.CompareTo(region) >= 0 && e.DistrictCode.CompareTo(to) < 0);
        }

        foreach (var term in SearchWords.Of(query.Q).Take(4))
        {
            var (f, t) = SearchWords.PrefixRange(term);
            entries = entries.Where(e => db.DirectoryWords.Any(w => w.PartnerId == e.PartnerId && w.Word.CompareTo(f) >= 0 && w.Word.CompareTo(t) <= 0));
        }

        var rows = await entries.OrderBy(e => e.DistrictCode).ThenBy(e => e.BusinessName).ThenBy(e => e.PartnerId)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new { e.PartnerId, e.BusinessName, e.Sector, e.Products, e.DistrictCode }).ToListAsync(ct);
        var names = await regions.NamesAsync(rows.SelectMany(r => new[] { r.DistrictCode, DirectoryEntry.RegencyOf(r.DistrictCode) }).Distinct(), ct);
        var lines = rows.Take(PageSize).Select(r => new ProductLine(r.PartnerId, r.BusinessName ?? "", r.Sector, r.Products!,
            names.GetValueOrDefault(r.DistrictCode, r.DistrictCode), names.GetValueOrDefault(DirectoryEntry.RegencyOf(r.DistrictCode), ""))).ToList();
        return new ProductsPage(lines, page, rows.Count > PageSize);
    }

    /// <summary>The regencies with listed products, for the page's choice of region.</summary>
    public async Task<IReadOnlyList<(string Code, string Name, int Count)>> RegionsAsync(CancellationToken ct)
    {
        var districts = await Listed.GroupBy(e => e.DistrictCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var regencies = districts.GroupBy(d => DirectoryEntry.RegencyOf(d.Key)).Select(g => (g.Key, g.Sum(d => d.Count))).ToList();
        var names = await regions.NamesAsync(regencies.Select(r => r.Key), ct);
        return regencies.Select(r => (r.Key, names.GetValueOrDefault(r.Key, r.Key), r.Item2)).OrderBy(r => r.Item2, StringComparer.Ordinal).ToList();
    }

    public async Task<ProductLine> ProductAsync(Guid partnerId, CancellationToken ct) =>
        (await Listed.Where(e => e.PartnerId == partnerId).Select(e => new { e.PartnerId, e.BusinessName, e.Sector, e.Products, e.DistrictCode })
            .ToListAsync(ct)).Select(r => new ProductLine(r.PartnerId, r.BusinessName ?? "", r.Sector, r.Products!, r.DistrictCode, ""))
        .FirstOrDefault() ?? throw new DomainException("directory.notlisted", "PartnerId", ErrorKind.NotFound);

    /// <summary>A buyer's enquiry to a partner listed for buyers; a valid one beyond the sender's limit is refused (429) and not stored.</summary>
    public async Task<Guid> EnquireAsync(EnquiryCommand c, CancellationToken ct)
    {
        if (c.PartnerId is not { } partnerId)
        {
            throw new DomainException("field.required", "PartnerId");
        }

        var entry = await Listed.Where(e => e.PartnerId == partnerId).Select(e => new { e.PartnerId, e.ProgramId, e.OwnerName }).FirstOrDefaultAsync(ct)
                    ?? throw new DomainException("directory.notlisted", "PartnerId", ErrorKind.NotFound);
        var request = ConnectionRequest.FromBuyer(entry.ProgramId, entry.PartnerId, c.BuyerName, c.BuyerContact, c.Message, clock.GetUtcNow());
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!throttle.TryTake(address))
        {
            throw new DomainException("enquiry.toomany", null, ErrorKind.TooMany);
        }

        db.ConnectionRequests.Add(request);
        var group = await db.GroupMemberships.Where(m => m.ActivePartnerId == partnerId).Select(m => (Guid?)m.GroupId).FirstOrDefaultAsync(ct);
        db.Timeline.Add(new TimelineEvent(entry.ProgramId, group, partnerId, clock.Today(), FivePApproach.Supporting, "directory.enquiry",
            $"Pertanyaan pembeli untuk {entry.OwnerName}", nameof(ConnectionRequest), request.Id, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return request.Id;
    }
}
