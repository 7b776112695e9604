using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Domain.Repayments;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.CashBook;

/// <summary>One line as the book shows it; <see cref="Reversed"/> when a counter-line undid it.</summary>
public sealed record CashLineView(Guid Id, DateOnly Date, CashCategory Category, bool MoneyIn, decimal Amount, string? Note, Guid? ReversalOfId,
    string? Reason, bool Reversed, Guid? ProductId = null, string? Product = null, decimal? Quantity = null, string? Unit = null, decimal? AgreedPrice = null,
    bool BelowAgreed = false);

/// <summary>A month of a partner's cash book: the summary and the month's lines, oldest first.</summary>
public sealed record CashBookMonthView(Guid PartnerId, string OwnerName, string BusinessName, string Month, string Previous, string? Next,
    CashMonth Summary, IReadOnlyList<CashLineView> Lines);

/// <summary>Reads a partner's cash book by month (docs/domain.md, Cash book).</summary>
[FeatureService]
public sealed class CashBookQueries(AppDbContext db, CashBookAccess access, TimeProvider clock)
{
    /// <summary>The month (yyyy-MM; the current month when none is named) with its summary and lines.</summary>
    public async Task<CashBookMonthView> MonthAsync(Guid partnerId, string? month, CancellationToken ct = default)
    {
        var owner = await access.RequireAsync(partnerId, ct);
        var today = clock.Today();
        var m = CollectionMonth.ParseOrCurrent(month, today);
        var summary = await SummaryAsync(owner.Id, m, ct);
        var (first, last) = (m.First, m.Last);
        var rows = await db.CashLines.AsNoTracking()
            .Where(l => l.PartnerId == owner.Id && l.Date >= first && l.Date <= last)
            .OrderBy(l => l.Date).ThenBy(l => l.Id)
            .ToListAsync(ct);
        var reversed = rows.Where(l => l.ReversalOfId is not null).Select(l => l.ReversalOfId!.Value).ToHashSet();
        var productIds = rows.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = productIds.Count == 0
            ? []
            : await db.GroupProducts.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var lines = rows.Select(l => new CashLineView(l.Id, l.Date, l.Category, CashBookRules.IsIn(l.Category), l.Amount, l.Note, l.ReversalOfId, l.Reason,
            reversed.Contains(l.Id), l.ProductId, l.ProductId is { } pid ? products.GetValueOrDefault(pid) : null, l.Quantity, l.Unit, l.AgreedPrice,
            l.BelowAgreed)).ToList();
        var next = m.Next.First <= today ? m.Next.ToString() : null;
        return new CashBookMonthView(owner.Id, owner.OwnerName, owner.BusinessName, m.ToString(), m.Previous.ToString(), next, summary, lines);
    }

    /// <summary>The products of the partner's group, which a sale line may name (docs/domain.md, Cash book).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> GroupProductsAsync(Guid partnerId, CancellationToken ct = default)
    {
        var owner = await access.RequireAsync(partnerId, ct);
        var groupId = await db.GroupMemberships.Where(m => m.ActivePartnerId == owner.Id).Select(m => (Guid?)m.GroupId).FirstOrDefaultAsync(ct);
        if (groupId is not { } gid)
        {
            return [];
        }

        var list = await db.GroupProducts.AsNoTracking().Where(p => p.GroupId == gid).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return list.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Id, p.Name)).ToList();
    }

    /// <summary>
    /// A month's totals, summed by the database over the (partner, date) index: the month's lines are never
    /// loaded (docs/performance.md, Cash book).
    /// </summary>
    public async Task<CashMonth> SummaryAsync(Guid partnerId, CollectionMonth month, CancellationToken ct = default)
    {
        var (first, last) = (month.First, month.Last);
        var totals = await db.CashLines
            .Where(l => l.PartnerId == partnerId && l.Date >= first && l.Date <= last)
            .GroupBy(l => l.Category)
            .Select(g => new { Category = g.Key, Total = g.Sum(l => l.Amount), Lines = g.Count() })
            .ToListAsync(ct);
        return CashMonth.From(totals.Select(t => (t.Category, t.Total, t.Lines)));
    }
}
