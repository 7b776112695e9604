using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record PrintLine(Guid PartnerId, string OwnerName, string? BusinessName, string? Products, string Place, Signals Signals);

/// <summary>
/// The printable directory of one district (docs/domain.md, Meet and Greet), to replace the old printed list: only partners whose
/// consent for the partners is in force, only the fields each chose, with their trust signals; no phone numbers (a request to
/// connect in the app, or through the facilitator, exchanges them). At most 500 entries, by village and name.
/// </summary>
public sealed class PrintModel(AppDbContext db, DirectoryAccess access, TrustSignals signals, RegionDirectory regions) : PageModel
{
    public const int Max = 500;

    [FromQuery]
    public string? District { get; set; }

    public string DistrictName { get; private set; } = "";
    public IReadOnlyList<PrintLine> Lines { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Districts { get; private set; } = [];
    public DateOnly Today => access.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var programs = await access.ProgramsAsync(ct);
        var entries = db.DirectoryEntries.AsNoTracking().Where(e => (e.Purposes & DirectoryPurpose.Partners) != 0);
        if (programs is not null)
        {
            var list = programs.ToList();
            entries = entries.Where(e => list.Contains(e.ProgramId));
        }

        var district = (District ?? "").Trim();
        if (district.Length != 8)
        {
            var codes = await entries.Select(e => e.DistrictCode).Distinct().OrderBy(c => c).Take(200).ToListAsync(ct);
            var names = await regions.NamesAsync(codes, ct);
            Districts = codes.Select(c => (c, names.GetValueOrDefault(c, c))).ToList();
            return;
        }

        var rows = await entries.Where(e => e.DistrictCode == district).OrderBy(e => e.VillageCode).ThenBy(e => e.OwnerName).Take(Max).ToListAsync(ct);
        var villageNames = await regions.NamesAsync(rows.Select(r => r.VillageCode).Append(district).Distinct(), ct);
        DistrictName = villageNames.GetValueOrDefault(district, district);
        var trust = await signals.ForAsync(rows.Select(r => r.PartnerId).ToList(), ct);
        Lines = rows.Select(r => new PrintLine(r.PartnerId, r.OwnerName, r.BusinessName, r.Products,
            r.Shows(DirectoryField.Village) ? villageNames.GetValueOrDefault(r.VillageCode, r.VillageCode) : DistrictName,
            trust.GetValueOrDefault(r.PartnerId, Signals.None))).ToList();
    }
}
