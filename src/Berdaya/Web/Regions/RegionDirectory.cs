using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Regions;

/// <summary>Names and paths of region codes, and the check that a village code exists.</summary>
[Berdaya.Web.FeatureService]
public sealed class RegionDirectory(AppDbContext db)
{
    /// <summary>Throws a field error unless <paramref name="code"/> is an existing village.</summary>
    public async Task RequireVillageAsync(string? code, string field = "VillageCode", CancellationToken ct = default)
    {
        var c = (code ?? "").Trim();
        if (c.Length == 0)
        {
            throw new DomainException("village.required", field);
        }

        if (!await db.Regions.AnyAsync(r => r.Code == c && r.Level == Domain.Regions.RegionLevel.Village, ct))
        {
            throw new DomainException("village.unknown", field, ErrorKind.Validation, c);
        }
    }

    /// <summary>At most this many regions are found for one search: the user types more letters to narrow it.</summary>
    public const int SearchLimit = 20;

    /// <summary>The fewest letters a search needs: two would match thousands of villages.</summary>
    public const int SearchMinLength = 3;

    /// <summary>
    /// Regions of a level (default: villages) whose name starts with <paramref name="q"/>, by name, with
    /// their paths. The region list is the same for every user: where a user may work is checked when a
    /// record is saved, not here.
    /// </summary>
    public async Task<List<RegionPathDto>> SearchAsync(string? q, RegionLevel level = RegionLevel.Village, CancellationToken ct = default)
    {
        var text = SearchText.Normalize(q) ?? "";
        if (text.Length < SearchMinLength)
        {
            throw new DomainException("region.search.short", "q");
        }

        var pattern = SearchText.StartsWith(text);
#pragma warning disable CA1304, CA1311 // Translated to the database's UPPER: no .NET culture applies.
        var hits = await db.Regions
            .Where(r => r.Level == level && EF.Functions.Like(r.Name.ToUpper(), pattern, SearchText.Escape))
            .OrderBy(r => r.Name).ThenBy(r => r.Code)
            .Take(SearchLimit)
            .Select(r => r.Code)
            .ToListAsync(ct);
#pragma warning restore CA1304, CA1311
        return await DescribeManyAsync(hits, ct);
    }

    public async Task<RegionPathDto?> DescribeAsync(string code, CancellationToken ct = default) =>
        (await DescribeManyAsync([code], ct)).FirstOrDefault();

    /// <summary>Regions with their paths ("Conggeang, Kabupaten Sumedang, Jawa Barat"), in one query.</summary>
    public async Task<List<RegionPathDto>> DescribeManyAsync(IReadOnlyList<string> codes, CancellationToken ct = default)
    {
        var all = codes.SelectMany(Prefixes).Distinct().ToList();
        var rows = await db.Regions.Where(r => all.Contains(r.Code)).ToDictionaryAsync(r => r.Code, ct);
        var result = new List<RegionPathDto>();
        foreach (var code in codes)
        {
            if (!rows.TryGetValue(code, out var self))
            {
                continue;
            }

            var path = string.Join(", ", Prefixes(code).Take(Prefixes(code).Count - 1).Reverse()
                .Select(p => rows.TryGetValue(p, out var r) ? r.Name : null).OfType<string>());
            result.Add(new RegionPathDto(self.Code, self.Name, self.Level, path));
        }

        return result;
    }

    /// <summary>Village names for many codes at once (lists show names, not codes).</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> codes, CancellationToken ct = default)
    {
        var list = codes.Distinct().ToList();
        return await db.Regions.Where(r => list.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }

    public static List<string> Prefixes(string code)
    {
        var parts = code.Split('.');
        return Enumerable.Range(1, parts.Length).Select(n => string.Join('.', parts.Take(n))).ToList();
    }
}

public sealed record RegionPathDto(string Code, string Name, RegionLevel Level, string Path);
