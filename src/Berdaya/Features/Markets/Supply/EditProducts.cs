using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Supply;

/// <summary>
/// A group's products and their variants, created and edited by whoever decides its prices and allocations: its chair
/// or treasurer, or staff in scope (docs/domain.md, Product variants; decision 0021). Each change is audited and on the
/// group's timeline; an edit from a stale page is 409; a variant in use is retired, never deleted.
/// </summary>
[FeatureService]
public sealed class EditProducts(AppDbContext db, GroupMarketAccess access)
{
    public sealed record ProductCommand
    {
        public string? Name { get; set; }

        /// <summary>The version the editor saw; required to rename.</summary>
        public Guid? Version { get; set; }
    }

    public sealed record VariantCommand
    {
        public string? Flavour { get; set; }
        public string? Size { get; set; }
        public ProcessingStage? Stage { get; set; }
        public string? Packaging { get; set; }
        public string? Label { get; set; }
        public int? MaxMakers { get; set; }

        /// <summary>The version the editor saw; required to edit, retire or restore.</summary>
        public Guid? Version { get; set; }
    }

    public sealed record VersionCommand
    {
        public Guid? Version { get; set; }
    }

    public async Task<GroupProduct> AddProductAsync(Guid groupId, ProductCommand c, CancellationToken ct = default)
    {
        var g = await DeciderAsync(groupId, ct);
        GroupProduct.CheckName(c.Name, await NameTakenAsync(g.Id, c.Name, null, ct));
        var product = GroupProduct.Create(g.Id, c.Name, access.UserId, access.Now);
        db.GroupProducts.Add(product);
        Timeline(g, "groupproduct.added", $"Produk baru {g.Name}: {product.Name}", nameof(GroupProduct), product.Id);
        await access.SaveAsync("groupproduct.name.race", ct);
        return product;
    }

    public async Task<GroupProduct> RenameProductAsync(Guid groupId, Guid productId, ProductCommand c, CancellationToken ct = default)
    {
        var g = await DeciderAsync(groupId, ct);
        var product = await db.GroupProducts.FirstOrDefaultAsync(p => p.Id == productId && p.GroupId == g.Id, ct)
                      ?? throw new DomainException("groupproduct.notfound", "Id", ErrorKind.NotFound);
        var before = product.Name;
        product.Rename(c.Name, await NameTakenAsync(g.Id, c.Name, product.Id, ct), c.Version);
        Timeline(g, "groupproduct.renamed", $"Produk {before} menjadi {product.Name}", nameof(GroupProduct), product.Id);
        await access.SaveAsync("groupproduct.stale", ct);
        return product;
    }

    public async Task<ProductVariant> AddVariantAsync(Guid groupId, Guid productId, VariantCommand c, CancellationToken ct = default)
    {
        var g = await DeciderAsync(groupId, ct);
        var product = await db.GroupProducts.FirstOrDefaultAsync(p => p.Id == productId && p.GroupId == g.Id, ct)
                      ?? throw new DomainException("groupproduct.notfound", "Id", ErrorKind.NotFound);
        var errors = ProductVariant.Problems(c.Flavour, c.Size, c.Stage, c.Packaging, c.Label, c.MaxMakers);
        if (await TwinAsync(product.Id, null, c, ct))
        {
            errors.Add(new DomainException("variant.duplicate", "Flavour"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var variant = ProductVariant.Create(product.Id, g.Id, c.Flavour, c.Size, c.Stage, c.Packaging, c.Label, c.MaxMakers, access.UserId, access.Now);
        db.ProductVariants.Add(variant);
        Timeline(g, "variant.added", $"Varian baru {product.Name}: {AllocateVariant.VariantName(variant)}", nameof(ProductVariant), variant.Id);
        await access.SaveAsync("variant.race", ct);
        return variant;
    }

    public async Task<ProductVariant> EditVariantAsync(Guid groupId, Guid variantId, VariantCommand c, CancellationToken ct = default)
    {
        var (g, variant) = await VariantAsync(groupId, variantId, ct);
        var makers = await db.VariantAllocations.CountAsync(a => a.VariantId == variant.Id, ct);
        variant.Edit(c.Flavour, c.Size, c.Stage, c.Packaging, c.Label, c.MaxMakers, makers, await TwinAsync(variant.ProductId, variant.Id, c, ct), c.Version);
        Timeline(g, "variant.changed", $"Varian diubah: {AllocateVariant.VariantName(variant)}", nameof(ProductVariant), variant.Id);
        await access.SaveAsync("variant.stale", ct);
        return variant;
    }

    public async Task<ProductVariant> RetireVariantAsync(Guid groupId, Guid variantId, VersionCommand c, CancellationToken ct = default)
    {
        var (g, variant) = await VariantAsync(groupId, variantId, ct);
        variant.Retire(access.Today, c.Version);
        Timeline(g, "variant.retired", $"Varian tidak dibuat lagi: {AllocateVariant.VariantName(variant)}", nameof(ProductVariant), variant.Id);
        await access.SaveAsync("variant.stale", ct);
        return variant;
    }

    public async Task<ProductVariant> RestoreVariantAsync(Guid groupId, Guid variantId, VersionCommand c, CancellationToken ct = default)
    {
        var (g, variant) = await VariantAsync(groupId, variantId, ct);
        variant.Restore(c.Version);
        Timeline(g, "variant.restored", $"Varian dibuat lagi: {AllocateVariant.VariantName(variant)}", nameof(ProductVariant), variant.Id);
        await access.SaveAsync("variant.stale", ct);
        return variant;
    }

    /// <summary>Whether a variant is allocated or named by a supply order: then it is retired, never deleted.</summary>
    public async Task<bool> InUseAsync(Guid variantId, CancellationToken ct) =>
        await db.VariantAllocations.AnyAsync(a => a.VariantId == variantId, ct) || await db.SupplyOrders.AnyAsync(o => o.VariantId == variantId, ct);

    /// <summary>Deletes a variant nothing names yet (a mistake); one allocated or ordered is 409 and is retired instead.</summary>
    public async Task DeleteVariantAsync(Guid groupId, Guid variantId, CancellationToken ct = default)
    {
        var (g, variant) = await VariantAsync(groupId, variantId, ct);
        ProductVariant.RequireUnused(await InUseAsync(variant.Id, ct));
        db.ProductVariants.Remove(variant);
        Timeline(g, "variant.deleted", $"Varian dihapus: {AllocateVariant.VariantName(variant)}", nameof(ProductVariant), variant.Id);
        try
        {
            await access.SaveAsync("variant.stale", ct);
        }
        catch (DbUpdateException)
        {
            // Allocated or ordered between the check and the delete: the foreign key refuses it.
            throw new DomainException("variant.inuse", null, ErrorKind.Conflict);
        }
    }

    private async Task<MarketGroup> DeciderAsync(Guid groupId, CancellationToken ct)
    {
        var g = await access.GroupAsync(groupId, ct);
        access.RequireDecider(g);
        return g;
    }

    private async Task<(MarketGroup Group, ProductVariant Variant)> VariantAsync(Guid groupId, Guid variantId, CancellationToken ct)
    {
        var g = await DeciderAsync(groupId, ct);
        var variant = await db.ProductVariants.FirstOrDefaultAsync(v => v.Id == variantId && v.GroupId == g.Id, ct)
                      ?? throw new DomainException("variant.notfound", "Id", ErrorKind.NotFound);
        return (g, variant);
    }

    private async Task<bool> NameTakenAsync(Guid groupId, string? name, Guid? except, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var n = name.Trim();
        var names = await db.GroupProducts.Where(p => p.GroupId == groupId && p.Id != except).Select(p => p.Name).ToListAsync(ct);
        return names.Any(x => string.Equals(x, n, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<bool> TwinAsync(Guid productId, Guid? except, VariantCommand c, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(c.Flavour) || string.IsNullOrWhiteSpace(c.Size) || c.Stage is null)
        {
            return false;
        }

        var (f, s) = (c.Flavour.Trim(), c.Size.Trim());
        var others = await db.ProductVariants.Where(v => v.ProductId == productId && v.Id != except && v.Stage == c.Stage)
            .Select(v => new { v.Flavour, v.Size }).ToListAsync(ct);
        return others.Any(o => string.Equals(o.Flavour, f, StringComparison.OrdinalIgnoreCase) && string.Equals(o.Size, s, StringComparison.OrdinalIgnoreCase));
    }

    private void Timeline(MarketGroup g, string kind, string text, string recordType, Guid recordId) =>
        db.Timeline.Add(new TimelineEvent(g.ProgramId, g.Id, null, access.Today, FivePApproach.Protecting, kind, text, recordType, recordId, access.Now));
}
