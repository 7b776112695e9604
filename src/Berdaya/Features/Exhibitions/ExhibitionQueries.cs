using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Exhibitions;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Exhibitions;

/// <summary>An exhibition in the program's list: counts only, so viewers and evaluators may read it.</summary>
public sealed record ExhibitionRow(Guid Id, string Name, ExhibitionCategory Category, string Organiser, string Place, DateOnly StartsOn, DateOnly EndsOn,
    int Places, decimal Cost, int Invited, int Accepted, int Participants, decimal Sales, int Orders)
{
    /// <summary>The program's cost per rupiah its participants sold there; null before any sale.</summary>
    public decimal? CostPerRupiahSold => Sales > 0 ? Math.Round(Cost / Sales, 2) : null;
}

/// <summary>A quarter's exhibitions and their totals (docs/domain.md, Exhibitions).</summary>
public sealed record ExhibitionQuarter(string Quarter, IReadOnlyList<ExhibitionRow> Exhibitions, int Participants, decimal Sales, int Orders, decimal Cost)
{
    public decimal? CostPerRupiahSold => Sales > 0 ? Math.Round(Cost / Sales, 2) : null;
}

public sealed record OrderView(Guid Id, string Buyer, string? Contact, string What, DateOnly? FollowUpOn);

public sealed record InvitationView(Guid Id, Guid ExhibitionId, string ExhibitionName, DateOnly StartsOn, DateOnly EndsOn, string Place, Guid PartnerId,
    string PartnerName, string Basis, string? OverrideReason, InvitationState State, bool? Attended, decimal? Sales, IReadOnlyList<OrderView> Orders);

public sealed record ExhibitionDetails(ExhibitionRow Exhibition, Guid ProgramId, int Months, bool Held, IReadOnlyList<InvitationView> Invitations);

/// <summary>Reads exhibitions: the program's list per quarter, one exhibition's invitations, and a partner's own invitations.</summary>
[FeatureService]
public sealed class ExhibitionQueries(AppDbContext db, ExhibitionAccess access)
{
    public async Task<IReadOnlyList<ExhibitionQuarter>> QuartersAsync(Guid? programId, int? year, CancellationToken ct = default)
    {
        access.RequireReader();
        var q = (await access.ExhibitionsAsync(ct)).AsNoTracking();
        if (programId is { } p)
        {
            q = q.Where(x => x.ProgramId == p);
        }

        if (year is { } y)
        {
            if (y < BusinessCalendar.Earliest.Year || y > Exhibition.LatestStart.Year)
            {
                throw new DomainValidationException([new DomainException("exhibition.year.range", "Year")]);
            }

            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(x => x.StartsOn >= from && x.StartsOn <= to);
        }

        var rows = await q.OrderByDescending(x => x.StartsOn).Take(500)
            .Select(x => new ExhibitionRow(x.Id, x.Name, x.Category, x.Organiser, x.Place, x.StartsOn, x.EndsOn, x.Places, x.Cost,
                x.Invitations.Count, x.Accepted, x.Invitations.Count(i => i.Attended == true), x.Invitations.Sum(i => i.Sales ?? 0m),
                x.Invitations.SelectMany(i => i.Orders).Count()))
            .ToListAsync(ct);
        return rows.GroupBy(r => $"{r.StartsOn.Year}-Q{((r.StartsOn.Month - 1) / 3) + 1}")
            .Select(g => new ExhibitionQuarter(g.Key, g.ToList(), g.Sum(r => r.Participants), g.Sum(r => r.Sales), g.Sum(r => r.Orders), g.Sum(r => r.Cost)))
            .ToList();
    }

    public async Task<ExhibitionDetails> DetailsAsync(Guid id, CancellationToken ct = default)
    {
        var x = await access.RequireExhibitionAsync(id, ct);
        var partnerIds = x.Invitations.Select(i => i.PartnerId).ToList();
        var names = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var invitations = x.Invitations.OrderBy(i => names.GetValueOrDefault(i.PartnerId, ""), StringComparer.Ordinal)
            .Select(i => View(x, i, names.GetValueOrDefault(i.PartnerId, ""))).ToList();
        var row = new ExhibitionRow(x.Id, x.Name, x.Category, x.Organiser, x.Place, x.StartsOn, x.EndsOn, x.Places, x.Cost, x.Invitations.Count, x.Accepted,
            x.Invitations.Count(i => i.Attended == true), x.Invitations.Sum(i => i.Sales ?? 0m), x.Invitations.Sum(i => i.Orders.Count));
        return new ExhibitionDetails(row, x.ProgramId, x.Months, x.Held, invitations);
    }

    public async Task<InvitationView> InvitationAsync(Guid invitationId, CancellationToken ct = default)
    {
        var (x, i) = await access.RequireInvitationAsync(invitationId, ct);
        var name = await db.Partners.Where(p => p.Id == i.PartnerId).Select(p => p.OwnerName).FirstAsync(ct);
        return View(x, i, name);
    }

    /// <summary>The signed-in partner's own invitations, newest first (empty for anyone else).</summary>
    public async Task<IReadOnlyList<InvitationView>> MineAsync(CancellationToken ct = default)
    {
        var s = await access.User.ScopeAsync(ct);
        if (s.PartnerId is not { } me)
        {
            return [];
        }

        var exhibitions = await db.Exhibitions.AsNoTracking().Include(x => x.Invitations.Where(i => i.PartnerId == me)).ThenInclude(i => i.Orders)
            .Where(x => x.Invitations.Any(i => i.PartnerId == me)).OrderByDescending(x => x.StartsOn).Take(200).ToListAsync(ct);
        var name = await db.Partners.Where(p => p.Id == me).Select(p => p.OwnerName).FirstAsync(ct);
        return exhibitions.SelectMany(x => x.Invitations.Select(i => View(x, i, name))).ToList();
    }

    private static InvitationView View(Exhibition x, ExhibitionInvitation i, string name) =>
        new(i.Id, x.Id, x.Name, x.StartsOn, x.EndsOn, x.Place, i.PartnerId, name, i.Basis, i.OverrideReason, i.State, i.Attended, i.Sales,
            i.Orders.Select(o => new OrderView(o.Id, o.Buyer, o.Contact, o.What, o.FollowUpOn)).ToList());
}
