using Berdaya.Data;
using Berdaya.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Regions;

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

    public async Task<RegionPathDto?> DescribeAsync(string code, CancellationToken ct = default)
    {
        var codes = Prefixes(code);
        var rows = await db.Regions.Where(r => codes.Contains(r.Code)).ToListAsync(ct);
        var self = rows.FirstOrDefault(r => r.Code == code);
        if (self is null)
        {
            return null;
        }

        var path = string.Join(", ", rows.OrderByDescending(r => r.Code.Length).Skip(1).Select(r => r.Name));
        return new RegionPathDto(self.Code, self.Name, self.Level, path);
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
