using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class VariantAllocationConfiguration : IEntityTypeConfiguration<VariantAllocation>
{
    public void Configure(EntityTypeBuilder<VariantAllocation> b)
    {
        b.ToTable("VariantAllocations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.AllocatedBy).HasMaxLength(450);

        // A member makes a variant once; a variant's places are taken one by one (decision 0021).
        b.HasIndex(x => new { x.VariantId, x.PartnerId }).IsUnique();
        b.HasIndex(x => new { x.VariantId, x.Place }).IsUnique();
        b.HasIndex(x => x.GroupId);
        b.HasOne<ProductVariant>().WithMany().HasForeignKey(x => x.VariantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
