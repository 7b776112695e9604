using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Placements;

public sealed record PlacementRow(Guid Id, Guid PartnerId, string OwnerName, Guid ChannelId, string Channel, string OutletName, string Products,
    decimal AgreedPrice, PaymentKind Terms, int? DaysToPay, DateOnly StartedOn, DateOnly? EndedOn, string? EndReason, OutletBalance Balance,
    Guid? ProductId, string? Unit, decimal? GroupPrice, bool BelowAgreed);

public sealed record PartnerPlacementsView(Guid PartnerId, string OwnerName, string BusinessName, IReadOnlyList<PlacementRow> Placements);

public sealed record DeliveryLineView(Guid Id, string Product, int Quantity, decimal UnitPrice, int Sold, int Returned)
{
    public int Open => Quantity - Sold - Returned;
}

public sealed record DeliveryView(Guid Id, DateOnly DeliveredOn, IReadOnlyList<DeliveryLineView> Lines);

public sealed record SalesReportView(Guid Id, Guid LineId, string Product, DateOnly DeliveredOn, DateOnly ReportedOn, int Sold, int Returned);

public sealed record PaymentView(Guid Id, DateOnly PaidOn, decimal Amount, string? Note);

public sealed record PlacementDetail(PlacementRow Placement, string BusinessName, IReadOnlyList<DeliveryView> Deliveries, IReadOnlyList<SalesReportView> Reports,
    IReadOnlyList<PaymentView> Payments);

/// <summary>The program's outlets that owe: counts for everyone who may read the program, the rows only for staff (decision 0022).</summary>
public sealed record OwedView(Guid ProgramId, int OpenPlacements, int Owing, int Late, decimal TotalOwed, IReadOnlyList<PlacementRow>? Rows);

/// <summary>A payment an outlet made to a partner, as the cash book offers it as a sales line (docs/domain.md, Cash book).</summary>
public sealed record PlacementPaymentReceived(Guid Id, DateOnly PaidOn, decimal Amount, string OutletName);

/// <summary>What the placement pages and endpoints read (docs/domain.md, Placements and consignment).</summary>
[FeatureService]
public sealed class PlacementQueries(AppDbContext db, PlacementAccess access, ProgramScope programs)
{
    public const string ProgramReaders = $"{Roles.Administrator},{Roles.ProgramOfficer},{Roles.Facilitator},{Roles.Evaluator},{Roles.Viewer}";

    public async Task<PartnerPlacementsView> PartnerAsync(Guid partnerId, CancellationToken ct)
    {
        var partner = await access.PartnerAsync(partnerId, ct);
        var placements = await db.Placements.AsNoTracking().Where(p => p.PartnerId == partner.Id).OrderByDescending(p => p.StartedOn).ToListAsync(ct);
        var business = await db.Partners.Where(p => p.Id == partner.Id).Select(p => p.BusinessName).FirstAsync(ct);
        return new PartnerPlacementsView(partner.Id, partner.OwnerName, business, await RowsAsync(placements, ct));
    }

    public async Task<PlacementDetail> DetailAsync(Guid placementId, CancellationToken ct)
    {
        var (tracked, partner) = await access.PlacementAsync(placementId, ct);
        var row = (await RowsAsync([tracked], ct))[0];
        var deliveries = await db.ConsignmentDeliveries.AsNoTracking().Include(d => d.Lines).Where(d => d.PlacementId == tracked.Id).ToListAsync(ct);
        var reports = await db.SalesReports.AsNoTracking().Where(r => r.PlacementId == tracked.Id).ToListAsync(ct);
        var payments = await db.PlacementPayments.AsNoTracking().Where(p => p.PlacementId == tracked.Id).ToListAsync(ct);
        var lines = deliveries.SelectMany(d => d.Lines.Select(l => (Delivery: d, Line: l))).ToDictionary(x => x.Line.Id);
        var views = deliveries.OrderByDescending(d => d.DeliveredOn).ThenByDescending(d => d.CreatedAt)
            .Select(d => new DeliveryView(d.Id, d.DeliveredOn, d.Lines.OrderBy(l => l.Product, StringComparer.Ordinal)
                .Select(l => new DeliveryLineView(l.Id, l.Product, l.Quantity, l.UnitPrice, reports.Where(r => r.DeliveryLineId == l.Id).Sum(r => r.Sold),
                    reports.Where(r => r.DeliveryLineId == l.Id).Sum(r => r.Returned)))
                .ToList()))
            .ToList();
        var reportViews = reports.OrderByDescending(r => r.ReportedOn).ThenByDescending(r => r.CreatedAt)
            .Select(r => new SalesReportView(r.Id, r.DeliveryLineId, lines[r.DeliveryLineId].Line.Product, lines[r.DeliveryLineId].Delivery.DeliveredOn, r.ReportedOn,
                r.Sold, r.Returned))
            .ToList();
        var paymentViews = payments.OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.CreatedAt)
            .Select(p => new PaymentView(p.Id, p.PaidOn, p.Amount, p.Note)).ToList();
        var business = await db.Partners.Where(p => p.Id == partner.Id).Select(p => p.BusinessName).FirstAsync(ct);
        return new PlacementDetail(row, business, views, reportViews, paymentViews);
    }

    /// <summary>Outlets that owe in the program, oldest debt first; late ones flagged. Evaluators and viewers get the counts only.</summary>
    public async Task<OwedView> OwedAsync(Guid? programId, CancellationToken ct)
    {
        var program = await programs.ResolveAsync(programId, ct);
        var partners = await access.PartnersAsync(ct);
        var ids = partners.Where(p => p.ProgramId == program).Select(p => p.Id);
        var placements = await db.Placements.AsNoTracking().Where(p => p.ProgramId == program && ids.Contains(p.PartnerId)).ToListAsync(ct);
        var rows = await RowsAsync(placements, ct);
        var owing = rows.Where(r => r.Balance.Owed > 0).OrderBy(r => r.Balance.OwedSince).ThenBy(r => r.OutletName, StringComparer.Ordinal).ToList();
        return new OwedView(program, rows.Count(r => r.EndedOn is null), owing.Count, owing.Count(r => r.Balance.Late), owing.Sum(r => r.Balance.Owed),
            access.MayReadDetails ? owing : null);
    }

    /// <summary>The payments outlets made to a partner, newest first, for the cash book to offer as sales lines (decision 0022).</summary>
    public async Task<IReadOnlyList<PlacementPaymentReceived>> PaymentsReceivedAsync(Guid partnerId, CancellationToken ct)
    {
        var partner = await access.PartnerAsync(partnerId, ct);
        var rows = await db.PlacementPayments.AsNoTracking()
            .Join(db.Placements.Where(p => p.PartnerId == partner.Id), pay => pay.PlacementId, p => p.Id,
                (pay, p) => new { pay.Id, pay.PaidOn, pay.Amount, p.OutletName, pay.CreatedAt })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.PaidOn).ThenByDescending(r => r.CreatedAt)
            .Select(r => new PlacementPaymentReceived(r.Id, r.PaidOn, r.Amount, r.OutletName)).ToList();
    }

    /// <summary>The channels of the partner's program, to choose from when a placement starts.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ChannelsAsync(Guid partnerId, CancellationToken ct)
    {
        var partner = await access.PartnerAsync(partnerId, ct);
        var list = await db.MarketChannels.AsNoTracking().Where(c => c.ProgramId == partner.ProgramId).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return list.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Id, c.Name)).ToList();
    }

    /// <summary>The products of the partner's group, which a placement may name to be held against the group's agreed price.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> GroupProductsAsync(Guid partnerId, CancellationToken ct)
    {
        var partner = await access.PartnerAsync(partnerId, ct);
        if (partner.GroupId is not { } gid)
        {
            return [];
        }

        var list = await db.GroupProducts.AsNoTracking().Where(p => p.GroupId == gid).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return list.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Id, p.Name)).ToList();
    }

    /// <summary>Each placement's balance as of today, from its deliveries, reports and payments (sums kept in memory: SQLite sums no decimals).</summary>
    public async Task<Dictionary<Guid, OutletBalance>> BalancesAsync(IReadOnlyCollection<Placement> placements, CancellationToken ct)
    {
        var ids = placements.Select(p => p.Id).ToList();
        var lines = await db.ConsignmentDeliveryLines.AsNoTracking()
            .Join(db.ConsignmentDeliveries.Where(d => ids.Contains(d.PlacementId)), l => l.DeliveryId, d => d.Id,
                (l, d) => new { d.PlacementId, l.Id, d.DeliveredOn, l.Quantity, l.UnitPrice })
            .ToListAsync(ct);
        var reports = await db.SalesReports.AsNoTracking().Where(r => ids.Contains(r.PlacementId))
            .Select(r => new { r.PlacementId, r.DeliveryLineId, r.ReportedOn, r.Sold, r.Returned }).ToListAsync(ct);
        var payments = await db.PlacementPayments.AsNoTracking().Where(p => ids.Contains(p.PlacementId))
            .Select(p => new { p.PlacementId, p.PaidOn, p.Amount }).ToListAsync(ct);
        var linesBy = lines.ToLookup(l => l.PlacementId);
        var reportsBy = reports.ToLookup(r => r.PlacementId);
        var paymentsBy = payments.ToLookup(p => p.PlacementId);
        return placements.ToDictionary(p => p.Id, p => OutletBalance.Of(p.Terms, p.DaysToPay,
            linesBy[p.Id].Select(l => new OutletBalance.DeliveryLine(l.Id, l.DeliveredOn, l.Quantity, l.UnitPrice)).ToList(),
            reportsBy[p.Id].Select(r => new OutletBalance.Report(r.DeliveryLineId, r.ReportedOn, r.Sold, r.Returned)).ToList(),
            paymentsBy[p.Id].Select(x => new OutletBalance.Payment(x.PaidOn, x.Amount)).ToList(), access.Today));
    }

    private async Task<IReadOnlyList<PlacementRow>> RowsAsync(List<Placement> placements, CancellationToken ct)
    {
        if (placements.Count == 0)
        {
            return [];
        }

        var balances = await BalancesAsync(placements, ct);
        var channelIds = placements.Select(p => p.ChannelId).Distinct().ToList();
        var channels = await db.MarketChannels.AsNoTracking().Where(c => channelIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var partnerIds = placements.Select(p => p.PartnerId).Distinct().ToList();
        var names = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        return placements.Select(p => new PlacementRow(p.Id, p.PartnerId, names[p.PartnerId], p.ChannelId, channels[p.ChannelId], p.OutletName, p.Products,
            p.AgreedPrice, p.Terms, p.DaysToPay, p.StartedOn, p.EndedOn, p.EndReason, balances[p.Id], p.ProductId, p.Unit, p.GroupPrice, p.BelowAgreed)).ToList();
    }
}
