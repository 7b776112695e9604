using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Fund;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Exhibitions;

/// <summary>
/// Who attended (docs/domain.md, Exhibitions): recorded once, from the accepted invitations. It posts the exhibition's
/// cost to the fund's ledger as a coaching grant (once, as a training's cost is) and puts the exhibition on each
/// participant's and group's timeline (Protecting).
/// </summary>
[FeatureService]
public sealed class RecordExhibitionAttendance(AppDbContext db, ExhibitionAccess access, FundLedger fund, Texts texts)
{
    public sealed record Command
    {
        public List<Guid>? Present { get; set; }
    }

    public async Task<Exhibition> HandleAsync(Guid exhibitionId, Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var exhibition = await access.RequireExhibitionAsync(exhibitionId, ct);
        await fund.LockAsync(exhibition.ProgramId, ct);
        var present = (c.Present ?? []).ToHashSet();
        exhibition.RecordAttendance(present, access.Today);
        var now = access.Now;
        if (exhibition.Cost > 0)
        {
            var available = await fund.AvailableOnAsync(exhibition.ProgramId, exhibition.EndsOn, ct);
            if (exhibition.Cost > available)
            {
                throw new DomainValidationException([new DomainException("fund.cost.insufficient", "Cost", ErrorKind.Validation, Math.Max(0m, available), exhibition.EndsOn)]);
            }

            var entry = JournalEntry.ForFundMovement(exhibition.ProgramId, exhibition.EndsOn, EntryKind.CoachingGrant, exhibition.Cost,
                CostDescription(exhibition), access.User.RequiredId, now);
            db.JournalEntries.Add(entry);
            exhibition.CostPosted(entry.Id);
        }

        var came = present.ToList();
        var names = await db.Partners.Where(p => came.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var groups = await db.GroupMemberships.Where(m => m.ActivePartnerId != null && came.Contains(m.ActivePartnerId.Value))
            .Select(m => new { PartnerId = m.ActivePartnerId!.Value, m.GroupId }).ToListAsync(ct);
        var id = CultureInfo.GetCultureInfo("id-ID");
        foreach (var partner in came)
        {
            var group = groups.FirstOrDefault(g => g.PartnerId == partner)?.GroupId;
            db.Timeline.Add(new TimelineEvent(exhibition.ProgramId, group, partner, exhibition.StartsOn, FivePApproach.Protecting, "exhibition.attended",
                texts.Format("exhibition.timeline.attended", id, names.GetValueOrDefault(partner, ""), exhibition.Name, exhibition.Place),
                nameof(Exhibition), exhibition.Id, now));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return exhibition;
    }

    /// <summary>The ledger line names the exhibition it pays for (docs/domain.md, The ledger).</summary>
    public static string CostDescription(Exhibition exhibition) =>
        $"Pameran {exhibition.Name}, {exhibition.Place} ({exhibition.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
}
