using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Markets.Supply;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// Collaborations that came from a meeting (docs/domain.md, Meet and Greet: collaborations): field staff record one between two
/// partners of different groups who both came to the meeting. A supply order between them is placed with it, in the buyer's group,
/// when both said they agree; the collaboration and the order are saved together or not at all.
/// </summary>
[FeatureService]
public sealed class Collaborations(AppDbContext db, MeetingAccess access, PlaceSupplyOrder orders)
{
    public sealed record Command
    {
        public CollaborationKind? Kind { get; set; }

        /// <summary>The partner who asked, or who buys.</summary>
        public Guid? PartnerId { get; set; }

        /// <summary>The partner who answered, or who sells.</summary>
        public Guid? OtherPartnerId { get; set; }

        public string? What { get; set; }
        public DateOnly? StartedOn { get; set; }

        /// <summary>A supply order: both partners agreed to it (required).</summary>
        public bool? BothAgreed { get; set; }

        /// <summary>A supply order: the order, in the buyer's group (its variant, quantity, unit, price, delivery date, label).</summary>
        public PlaceSupplyOrder.Command? Order { get; set; }
    }

    public async Task<Collaboration> RecordAsync(Guid meetingId, Command c, CancellationToken ct)
    {
        var m = await access.MeetingAsync(meetingId, true, ct);
        var ids = new[] { c.PartnerId, c.OtherPartnerId }.OfType<Guid>().ToList();
        var groups = await access.GroupsOfAsync(ids, ct);
        var errors = Collaboration.Problems(m, c.Kind, c.PartnerId, c.OtherPartnerId, c.PartnerId is { } a ? groups.GetValueOrDefault(a) : null,
            c.OtherPartnerId is { } b ? groups.GetValueOrDefault(b) : null, c.What, c.StartedOn, access.Today);
        if (c.Kind == CollaborationKind.SupplyOrder)
        {
            if (c.BothAgreed != true)
            {
                errors.Add(new DomainException("collaboration.order.agree", "BothAgreed"));
            }

            if (c.Order is null)
            {
                errors.Add(new DomainException("field.required", "Order"));
            }
            else if (c.PartnerId is { } buyer && !groups.ContainsKey(buyer))
            {
                errors.Add(new DomainException("collaboration.order.nogroup", "PartnerId"));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var collab = Collaboration.Make(m, c.Kind!.Value, c.PartnerId!.Value, c.OtherPartnerId!.Value, c.What!, c.StartedOn!.Value, access.By, access.Now);
        var names = await db.Partners.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        if (collab.Kind == CollaborationKind.SupplyOrder)
        {
            SupplyOrder order;
            try
            {
                order = await orders.AcrossAsync(groups[collab.PartnerId], collab.PartnerId, collab.OtherPartnerId, names[collab.OtherPartnerId], collab.Id, c.Order!, ct);
            }
            catch (DomainValidationException e)
            {
                // The order's fields are named under "Order." so that the form shows each beside its own field.
                throw new DomainValidationException(e.Errors.Select(x => new DomainException(x.Code, x.Field is null ? "Order" : "Order." + x.Field, x.Kind, [.. x.Args])).ToList());
            }

            collab.Placed(order.Id);
        }

        db.Collaborations.Add(collab);
        foreach (var (p, other) in new[] { (collab.PartnerId, collab.OtherPartnerId), (collab.OtherPartnerId, collab.PartnerId) })
        {
            db.Timeline.Add(new TimelineEvent(m.ProgramId, groups.TryGetValue(p, out var g) ? g : null, p, collab.StartedOn, FivePApproach.Supporting,
                "collaboration.started", $"Kerja sama dengan {names[other]} dari temu mitra: {collab.What}", nameof(Collaboration), collab.Id, access.Now));
        }

        await db.SaveChangesAsync(ct);
        return collab;
    }

    /// <summary>The variants a cross-group order may name: those of the groups of the partners who came, "Group · product flavour size".</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> VariantsAsync(MeetingView m, CancellationToken ct)
    {
        var ids = m.Attendees.Where(a => a.Came).Select(a => a.PartnerId).ToList();
        var groups = (await access.GroupsOfAsync(ids, ct)).Values.Distinct().ToList();
        var rows = await db.ProductVariants.AsNoTracking().Where(v => groups.Contains(v.GroupId) && v.RetiredOn == null)
            .Join(db.GroupProducts, v => v.ProductId, p => p.Id, (v, p) => new { v.Id, v.GroupId, Product = p.Name, v.Flavour, v.Size })
            .Join(db.Groups, x => x.GroupId, g => g.Id, (x, g) => new { x.Id, Group = g.Name, x.Product, x.Flavour, x.Size })
            .OrderBy(x => x.Group).ThenBy(x => x.Product).ThenBy(x => x.Id)
            .Take(200).ToListAsync(ct);
        return rows.Select(r => (r.Id, $"{r.Group} · {r.Product} {r.Flavour} {r.Size}".Trim())).OrderBy(r => r.Item2, StringComparer.Ordinal).ToList();
    }

    public static CollaborationLine Line(Collaboration x, IReadOnlyDictionary<Guid, string> names, DateOnly meetingOn) =>
        new(x.Id, x.Kind, x.PartnerId, names.GetValueOrDefault(x.PartnerId, "?"), x.OtherPartnerId, names.GetValueOrDefault(x.OtherPartnerId, "?"), x.What,
            x.StartedOn, x.SupplyOrderId, x.MeetingId, meetingOn);
}
