using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Products;

public sealed record ProductDto(Guid Id, Guid ProgramId, string Code, int Version, string Name, LoanRegime Regime, FeeMethod Method,
    decimal AnnualRatePercent, decimal MaxPrincipal, int MaxTenorMonths, int GraceMonths, GraceKind Grace, int DueDay, bool IsSharia,
    DateOnly EffectiveFrom, bool IsCurrent, bool IsActive, DateTimeOffset CreatedAt, int Loans)
{
    public static ProductDto From(LoanProduct p, int loans = 0) => new(p.Id, p.ProgramId, p.Code, p.Version, p.Name, p.Regime, p.Method,
        p.AnnualRatePercent, p.MaxPrincipal, p.MaxTenorMonths, p.GraceMonths, p.Grace, p.DueDay, p.IsSharia, p.EffectiveFrom, p.IsCurrent,
        p.IsActive, p.CreatedAt, loans);
}

/// <summary>A product's current version and the versions before it (newest first).</summary>
public sealed record ProductHistory(ProductDto Current, IReadOnlyList<ProductDto> Earlier);

/// <summary>The loan products of a program for the program office (administrators, and officers of the program).</summary>
[FeatureService]
public sealed class ProductQueries(AppDbContext db, ProgramScope scope)
{
    public async Task<IReadOnlyList<ProductHistory>> ListAsync(Guid programId, CancellationToken ct)
    {
        var all = await db.LoanProducts.AsNoTracking().Where(p => p.ProgramId == programId).ToListAsync(ct);
        var ids = all.Select(p => p.Id).ToList();
        var loans = await db.Loans.Where(l => ids.Contains(l.ProductId)).GroupBy(l => l.ProductId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return all.GroupBy(p => p.Code)
            .Select(g =>
            {
                var versions = g.OrderByDescending(p => p.Version).Select(p => ProductDto.From(p, loans.GetValueOrDefault(p.Id))).ToList();
                return new ProductHistory(versions[0], versions.Skip(1).ToList());
            })
            .OrderBy(h => h.Current.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One version, when its program is in the user's scope (404 otherwise).</summary>
    public async Task<ProductDto> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.LoanProducts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new DomainException("product.notfound", "Id", ErrorKind.NotFound);
        if (!await scope.MayReadAsync(p.ProgramId, ct))
        {
            throw new DomainException("product.notfound", "Id", ErrorKind.NotFound);
        }

        return ProductDto.From(p, await db.Loans.CountAsync(l => l.ProductId == id, ct));
    }
}
