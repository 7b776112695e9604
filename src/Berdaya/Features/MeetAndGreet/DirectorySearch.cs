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

    /// <summary>Word rows counted at most per term, to pick the rarest term to walk.</summary>
    private const int CountedWords = 20_000;

    /// <summary>A term that starts more distinct words than this is searched on the entries instead of walked word by word.</summary>
    private const int MaxWalkedWords = 8;

    /// <summary>Pages beyond this are searched on the entries: a walk reads every line before the page.</summary>
    private const int MaxWalkedPage = 50;

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
        var own = await access.OwnPartnerAsync(ct);
        var region = (query.Region ?? "").Trim();
        var sector = (query.Sector ?? "").Trim();
        if (region.Length > 0 && (region.Length > 13 || !region.All(c => char.IsAsciiDigit(c) || c == '.')))
        {
            throw new DomainException("directory.region.format", "Region");
        }

        List<Guid>? keys = null;
        if (terms.Count > 0 && query.Km is null && region.Length == 0 && sector.Length == 0 && page <= MaxWalkedPage)
        {
            keys = await WalkWordsAsync(terms, programs, page, ct);
        }

        (double Lat, double Lon)? from = null;
        if (keys is null)
        {
            var entries = db.DirectoryEntries.AsNoTracking().Where(e => (e.Purposes & DirectoryPurpose.Partners) != 0);
            if (programs is { Count: 1 })
            {
                // The program by equality lets PostgreSQL walk the (ProgramId, OwnerName) index in order and stop at the page's last line.
                var only = programs.First();
                entries = entries.Where(e => e.ProgramId == only);
            }
            else if (programs is not null)
            {
                var list = programs.ToList();
                entries = entries.Where(e => list.Contains(e.ProgramId));
            }

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

            if (region.Length > 0)
            {
                // Codes nest (village 32.11.07.2001 in district 32.11.07 in regency 32.11): a region is a range of village codes.
                var to = region + "~";
                entries = region.Length == 13 ? entries.Where(e => e.VillageCode == region)
                    : entries.Where(e => e.VillageCode.CompareTo(region) >= 0 && e.VillageCode.CompareTo(to) < 0);
            }

            if (sector.Length > 0)
            {
                entries = entries.Where(e => e.Sector == sector);
            }

            foreach (var term in terms)
            {
                var (f, t) = SearchWords.PrefixRange(term);
                entries = entries.Where(e => db.DirectoryWords.Any(w => w.PartnerId == e.PartnerId && w.Word.CompareTo(f) >= 0 && w.Word.CompareTo(t) <= 0));
            }

            // The page's keys first, from an index that holds every column asked (decision 0032), then only those entries.
            keys = await entries.OrderBy(e => e.OwnerName).ThenBy(e => e.PartnerId).Skip((page - 1) * PageSize).Take(PageSize + 1)
                .Select(e => e.PartnerId).ToListAsync(ct);
        }

        var found = await db.DirectoryEntries.AsNoTracking().Where(e => keys.Contains(e.PartnerId)).ToDictionaryAsync(e => e.PartnerId, ct);
        var rows = keys.Where(found.ContainsKey).Select(k => found[k]).ToList();
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

    /// <summary>
    /// A search by words alone (decision 0032): the rarest term's words are read one by one from the words' index in name order, each
    /// no further than the page's last line, the other terms checked per line on the same index; the lines of several words are merged
    /// by name. Null when the term starts too many words to walk, so the entries are searched instead.
    /// </summary>
    private async Task<List<Guid>?> WalkWordsAsync(List<string> terms, IReadOnlySet<Guid>? programs, int page, CancellationToken ct)
    {
        var counts = new List<(string Term, int Count)>();
        foreach (var term in terms)
        {
            var (f, t) = SearchWords.PrefixRange(term);
            counts.Add((term, await db.DirectoryWords.Where(w => w.Word.CompareTo(f) >= 0 && w.Word.CompareTo(t) <= 0).OrderBy(w => w.Word).Take(CountedWords + 1)
                .CountAsync(ct)));
        }

        var rarest = counts.OrderBy(c => c.Count).First().Term;
        var (from, to) = SearchWords.PrefixRange(rarest);
        var words = new List<string>();
        var next = await db.DirectoryWords.Where(w => w.Word.CompareTo(from) >= 0 && w.Word.CompareTo(to) <= 0).OrderBy(w => w.Word).Select(w => w.Word)
            .FirstOrDefaultAsync(ct);
        while (next is not null)
        {
            if (words.Count == MaxWalkedWords)
            {
                return null;
            }

            words.Add(next);
            var after = next;
            next = await db.DirectoryWords.Where(w => w.Word.CompareTo(after) > 0 && w.Word.CompareTo(to) <= 0).OrderBy(w => w.Word).Select(w => w.Word)
                .FirstOrDefaultAsync(ct);
        }

        var need = page * PageSize + 1;
        var lines = new List<(Guid PartnerId, string OwnerName)>();
        foreach (var word in words)
        {
            var q = db.DirectoryWords.AsNoTracking().Where(w => w.Word == word && (w.Purposes & DirectoryPurpose.Partners) != 0);
            if (programs is { Count: 1 })
            {
                var only = programs.First();
                q = q.Where(w => w.ProgramId == only);
            }
            else if (programs is not null)
            {
                var list = programs.ToList();
                q = q.Where(w => list.Contains(w.ProgramId));
            }

            foreach (var other in terms.Where(t => t != rarest))
            {
                var (f, t) = SearchWords.PrefixRange(other);
                q = q.Where(w => db.DirectoryWords.Any(x => x.PartnerId == w.PartnerId && x.Word.CompareTo(f) >= 0 && x.Word.CompareTo(t) <= 0));
            }

            var rows = await q.OrderBy(w => w.OwnerName).ThenBy(w => w.PartnerId).Take(need).Select(w => new { w.PartnerId, w.OwnerName }).ToListAsync(ct);
            lines.AddRange(rows.Select(r => (r.PartnerId, r.OwnerName)));
        }

        // One word keeps the database's order; several are merged by name, then key, as the database orders them in the C collation.
        var merged = words.Count == 1 ? lines
            : lines.DistinctBy(l => l.PartnerId)
                .OrderBy(l => l.OwnerName, StringComparer.Ordinal).ThenBy(l => l.PartnerId.ToString("D"), StringComparer.Ordinal).ToList();
        return merged.Skip((page - 1) * PageSize).Take(PageSize + 1).Select(l => l.PartnerId).ToList();
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
