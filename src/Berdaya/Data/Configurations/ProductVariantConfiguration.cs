using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> b)
    {
        b.ToTable("ProductVariants");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Flavour).HasMaxLength(ProductVariant.TextMax);
        b.Property(x => x.Size).HasMaxLength(ProductVariant.TextMax);
        b.Property(x => x.Packaging).HasMaxLength(ProductVariant.TextMax);
        b.Property(x => x.Label).HasMaxLength(ProductVariant.TextMax);
        b.Property(x => x.Stage).HasConversion<int>();
        b.Property(x => x.CreatedBy).HasMaxLength(450);

        // Two edits from pages opened at the same version: one saves, the other is a conflict (decision 0021).
        b.Property(x => x.Version).IsConcurrencyToken();

        // A variant is one flavour, size and stage of its product: the same three twice would split one allocation.
        b.HasIndex(x => new { x.ProductId, x.Flavour, x.Size, x.Stage }).IsUnique();
        b.HasIndex(x => x.GroupId);
        b.HasOne<GroupProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
