using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>One listed partner as the reader sees them: only the fields they chose to show.</summary>
public sealed record DirectoryLine(Guid PartnerId, string OwnerName, string? BusinessName, string? Sector, string? Products, string Place,
    double? DistanceKm, bool MayConnect, bool HasPhoto, Signals Signals);

public sealed record DirectoryPage(IReadOnlyList<DirectoryLine> Lines, int Page, bool HasMore, string? Near);

/// <summary>
/// The directory of fellow partners (docs/domain.md, Meet and Greet): the partners of the reader's programs whose consent is in
/// force for the partners, found by product or name, sector, region (a village, district or regency code) and distance from the
/// reader's own recorded location; ordered by name, 20 a page. A partner without consent is in no result.
/// </summary>
[FeatureService]
public sealed class DirectorySearch(AppDbContext db, DirectoryAccess access, TrustSignals signals, RegionDirectory regions)
{
    public const int PageSize = 20;
    public const int MaxKm = 200;

    /// <summary>At most this many partners with a word: its search is read whole and sorted rather than walked in name order.</summary>
    private const int FewPartners = 20_000;

    public sealed record Query
    {
        public string? Q { get; set; }
        public string? Sector { get; set; }

        /// <summary>A village, district or regency code: the partners within it.</summary>
        public string? Region { get; set; }

        /// <summary>Within this many kilometres of the reader's recorded location (partners only; 1–200).</summary>
        public int? Km { get; set; }

        public int? Page { get; set; }
    }

    public async Task<DirectoryPage> HandleAsync(Query query, CancellationToken ct)
    {
        var programs = await access.ProgramsAsync(ct);
        var page = Math.Clamp(query.Page ?? 1, 1, 10_000);
        var terms = SearchWords.Of(query.Q).Take(4).OrderByDescending(t => t.Length).ToList();
        var entries = db.DirectoryEntries.AsNoTracking().Where(e => (e.Purposes & DirectoryPurpose.Partners) != 0);
        // How many listed partners each word has, counted no further than FewPartners + 1 on the words' index (decision 0032).
        var counts = new List<(string Term, int Count)>();
        foreach (var term in terms)
        {
            counts.Add((term, await PartnersWithAsync(term, ct)));
        }

        var rarest = counts.OrderBy(c => c.Count).FirstOrDefault();
        List<Guid>? keys = null;
        if (rarest.Term is not null && rarest.Count <= FewPartners && query.Km is null && string.IsNullOrWhiteSpace(query.Region))
        {
            // A word few partners have (a rare product; a first name, whose owners all sit under one letter): its partners are read
            // by key from the words' index and only those entries are sorted, never the whole listing. A region or a distance
            // narrows by its own index instead.
            var (f, t) = SearchWords.PrefixRange(rarest.Term);
            keys = await db.DirectoryWords.Where(w => w.Word.CompareTo(f) >= 0 && w.Word.CompareTo(t) <= 0).Select(w => w.PartnerId).Distinct().ToListAsync(ct);
            entries = entries.Where(e => keys.Contains(e.PartnerId));
        }

        if (programs is { Count: 1 } && keys is null && query.Km is null && string.IsNullOrWhiteSpace(query.Region))
        {
            // Walked in name order (decision 0032): the program by equality lets PostgreSQL read the (ProgramId, OwnerName) index in
            // order and stop at the page's last line, quick while every word's matches are many and spread over the alphabet.
            var only = programs.First();
            entries = entries.Where(e => e.ProgramId == only);
        }
        else if (programs is not null)
        {
            var list = programs.ToList();
            entries = entries.Where(e => list.Contains(e.ProgramId));
        }

        var own = await access.OwnPartnerAsync(ct);
        (double Lat, double Lon)? from = null;
        if (query.Km is { } km)
        {
            if (km is < 1 or > MaxKm)
            {
                throw new DomainException("directory.km.range", "Km", ErrorKind.Validation, MaxKm);
            }

            var here = own is { } me
                ? await db.PartnerLocations.Where(l => l.PartnerId == me).Select(l => new { l.Latitude, l.Longitude }).FirstOrDefaultAsync(ct)
                : null;
            if (here is null)
            {
                throw new DomainException("directory.km.nolocation", "Km");
            }

            from = (here.Latitude, here.Longitude);

            // A box around the reader holds the circle; the exact distance is then checked per line.
            var dLat = km / 111.0;
            var dLon = km / (111.0 * Math.Max(0.1, Math.Cos(here.Latitude * Math.PI / 180)));
            var (lat0, lat1, lon0, lon1) = (here.Latitude - dLat, here.Latitude + dLat, here.Longitude - dLon, here.Longitude + dLon);
            entries = entries.Where(e => e.Latitude >= lat0 && e.Latitude <= lat1 && e.Longitude >= lon0 && e.Longitude <= lon1);
        }

        var region = (query.Region ?? "").Trim();
        if (region.Length > 0)
        {
            if (region.Length > 13 || !region.All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                throw new DomainException("directory.region.format", "Region");
            }

            // Codes nest (village 32.11.07.2001 in district 32.11.07 in regency 32.11): a region is a range of village codes.
            var to = region + "~";
            entries = region.Length == 13 ? entries.Where(e => e.VillageCode == region)
                : entries.Where(e => e.VillageCode.CompareTo(region) >= 0 && e.VillageCode.CompareTo(to) < 0);
        }

        var sector = (query.Sector ?? "").Trim();
        if (sector.Length > 0)
        {
            entries = entries.Where(e => e.Sector == sector);
        }

        foreach (var term in terms.Where(t => keys is null || t != rarest.Term))
        {
            var (f, t) = SearchWords.PrefixRange(term);
            entries = entries.Where(e => db.DirectoryWords.Any(w => w.PartnerId == e.PartnerId && w.Word.CompareTo(f) >= 0 && w.Word.CompareTo(t) <= 0));
        }

        var rows = await entries.OrderBy(e => e.OwnerName).ThenBy(e => e.PartnerId).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        var more = rows.Count > PageSize;
        rows = rows.Take(PageSize).ToList();
        var names = await regions.NamesAsync(rows.SelectMany(r => new[] { r.VillageCode, r.DistrictCode }).Distinct(), ct);
        var trust = await signals.ForAsync(rows.Select(r => r.PartnerId).ToList(), ct);
        var lines = new List<DirectoryLine>();
        foreach (var e in rows)
        {
            double? distance = from is { } a && e.Latitude is { } lat && e.Longitude is { } lon ? Math.Round(Km(a.Lat, a.Lon, lat, lon), 1) : null;
            if (query.Km is { } limit && distance > limit)
            {
                continue;
            }

            var place = e.Shows(DirectoryField.Village)
                ? names.GetValueOrDefault(e.VillageCode, e.VillageCode) + ", " + names.GetValueOrDefault(e.DistrictCode, e.DistrictCode)
                : names.GetValueOrDefault(e.DistrictCode, e.DistrictCode);
            lines.Add(new DirectoryLine(e.PartnerId, e.OwnerName, e.BusinessName, e.Sector, e.Products, place, distance,
                e.Shows(DirectoryField.Contact) && e.PartnerId != own, e.PhotoId is not null, trust.GetValueOrDefault(e.PartnerId, Signals.None)));
        }

        return new DirectoryPage(lines, page, more, from is null ? null : "me");
    }

    /// <summary>
    /// The photo a listed partner chose to show (docs/domain.md, Meet and Greet: the directory by consent), for a reader of their
    /// program; none while their consent does not include the photo, and never once they withdrew (the entry is gone).
    /// </summary>
    public async Task<(byte[] Content, string ContentType)> PhotoAsync(Guid partnerId, CancellationToken ct)
    {
        var programs = await access.ProgramsAsync(ct);
        var list = programs?.ToList();
        var entry = await db.DirectoryEntries.AsNoTracking()
            .Where(e => e.PartnerId == partnerId && e.PhotoId != null && (e.Fields & DirectoryField.Photo) != 0 && (list == null || list.Contains(e.ProgramId)))
            .Select(e => e.PhotoId).FirstOrDefaultAsync(ct);
        var photo = entry is { } id
            ? await db.Attachments.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Content, a.ContentType }).FirstOrDefaultAsync(ct)
            : null;
        return photo is null ? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound) : (photo.Content, photo.ContentType);
    }

    /// <summary>How many listed words start with the term, counted no further than <see cref="FewPartners"/> + 1.</summary>
    private Task<int> PartnersWithAsync(string term, CancellationToken ct)
    {
        var (f, t) = SearchWords.PrefixRange(term);
        return db.DirectoryWords.Where(w => w.Word.CompareTo(f) >= 0 && w.Word.CompareTo(t) <= 0).Take(FewPartners + 1).CountAsync(ct);
    }

    /// <summary>The great-circle distance in kilometres.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 6371 * 2 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
