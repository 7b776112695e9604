namespace Berdaya.Domain.Regions;

/// <summary>
/// A Ministry of Home Affairs region: province "32", regency "32.11", district "32.11.07",
/// village "32.11.07.2011" (docs/domain.md, Partners and groups).
/// </summary>
public sealed class Region
{
    public Region(string code, string name, string? parentCode)
    {
        Code = code;
        Name = name;
        ParentCode = parentCode;
        Level = LevelOf(code);
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string? ParentCode { get; private set; }
    public RegionLevel Level { get; private set; }

    public static RegionLevel LevelOf(string code) => code.Count(c => c == '.') switch
    {
        0 => RegionLevel.Province,
        1 => RegionLevel.Regency,
        2 => RegionLevel.District,
        _ => RegionLevel.Village,
    };

    /// <summary>A village code's last four digits start with 1 for a kelurahan and 2 for a desa.</summary>
    public static bool IsDesa(string villageCode) => villageCode.Length == 13 && villageCode[9] == '2';
}

public enum RegionLevel
{
    Province = 1,
    Regency = 2,
    District = 3,
    Village = 4,
}
