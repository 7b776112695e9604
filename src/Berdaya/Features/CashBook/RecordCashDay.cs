using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.CashBook;

/// <summary>
/// Records a day of a partner's cash book in one go (docs/domain.md, Cash book): blank rows are left out, every
/// other row is checked, and either every line is written or, when any row is wrong, none.
/// </summary>
[FeatureService]
public sealed class RecordCashDay(AppDbContext db, CashBookAccess access, CurrentUser me, TimeProvider clock, AgreedPrices prices)
{
    public const int MaxRows = 30;

    public sealed record Row
    {
        public CashCategory? Category { get; set; }
        public decimal? Amount { get; set; }
        public string? Note { get; set; }

        /// <summary>A sale may name a product of the partner's group with its quantity and unit, to be held against the agreed price.</summary>
        public Guid? ProductId { get; set; }

        public decimal? Quantity { get; set; }
        public string? Unit { get; set; }

        /// <summary>No amount and no note: a row of the form left empty.</summary>
        public bool IsBlank => Amount is null && string.IsNullOrWhiteSpace(Note) && !NamesProduct;

        public bool NamesProduct => ProductId is not null || Quantity is not null || !string.IsNullOrWhiteSpace(Unit);
    }

    public sealed record Command
    {
        public DateOnly? Date { get; set; }
        public List<Row> Rows { get; set; } = [];
    }

    public sealed record Result(Guid PartnerId, DateOnly Date, IReadOnlyList<Guid> LineIds);

    public async Task<Result> HandleAsync(Guid partnerId, Command c, CancellationToken ct = default)
    {
        var owner = await access.RequireAsync(partnerId, ct);
        var today = clock.Today();
        var errors = new List<DomainException>();
        CashBookRules.CheckDate(c.Date, today, "Date", errors);
        var rows = c.Rows ?? [];
        if (rows.Count > MaxRows)
        {
            errors.Add(new DomainException("cashbook.rows.toomany", "Rows", ErrorKind.Validation, MaxRows));
        }

        var groupId = await db.GroupMemberships.Where(m => m.ActivePartnerId == owner.Id).Select(m => (Guid?)m.GroupId).FirstOrDefaultAsync(ct);
        var products = groupId is { } gid
            ? (await db.GroupProducts.Where(p => p.GroupId == gid).Select(p => p.Id).ToListAsync(ct)).ToHashSet()
            : [];
        var entered = 0;
        for (var i = 0; i < rows.Count && i < MaxRows; i++)
        {
            var row = rows[i];
            if (row is null || row.IsBlank)
            {
                continue;
            }

            entered++;
            var prefix = string.Create(CultureInfo.InvariantCulture, $"Rows[{i}].");
            CashBookRules.CheckLine(row.Category, row.Amount, row.Note, prefix, errors);
            if (row.NamesProduct)
            {
                // Only a sale names a product (decision 0021: the below-agreed warning of the cash book).
                if (row.Category is { } cat && cat != CashCategory.Sales)
                {
                    errors.Add(new DomainException("cashbook.product.salesonly", prefix + "ProductId"));
                }
                else
                {
                    AgreedPriceWarning.CheckProduct(row.ProductId, row.ProductId is { } pid && products.Contains(pid), row.Unit, row.Quantity,
                        needsQuantity: true, prefix, errors);
                }
            }
        }

        if (entered == 0 && rows.Count <= MaxRows)
        {
            errors.Add(new DomainException("cashbook.rows.required", "Rows"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var at = clock.GetUtcNow();
        var lines = new List<CashLine>();
        foreach (var r in rows.Where(r => r is not null && !r.IsBlank))
        {
            var line = CashLine.Record(owner.ProgramId, owner.Id, c.Date!.Value, r.Category!.Value, r.Amount!.Value, r.Note, me.RequiredId, at);
            if (r.NamesProduct)
            {
                line.ForProduct(r.ProductId!.Value, r.Quantity!.Value, r.Unit!,
                    await prices.SellingFloorAsync(groupId!.Value, r.ProductId.Value, r.Unit!, line.Date, ct));
            }

            lines.Add(line);
        }

        db.CashLines.AddRange(lines);
        await db.SaveChangesAsync(ct);
        return new Result(owner.Id, c.Date!.Value, lines.Select(l => l.Id).ToList());
    }
}
