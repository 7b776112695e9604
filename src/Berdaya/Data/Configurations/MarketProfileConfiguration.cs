using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class MarketProfileConfiguration : IEntityTypeConfiguration<MarketProfile>
{
    public void Configure(EntityTypeBuilder<MarketProfile> b)
    {
        b.ToTable("MarketProfiles");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PackagingMaterial).HasMaxLength(ChannelRequirement.TextMax);
        b.Property(x => x.PackagingThicknessMm).HasPrecision(6, 3);
        b.Property(x => x.CapacityUnit).HasConversion<int>();
        b.Property(x => x.DeclaredBy).HasConversion<int>();
        b.Property(x => x.DeclaredByUser).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();

        // One declaration per partner: two first declarations at once, the second loses with 409.
        b.HasIndex(x => x.PartnerId).IsUnique();
        b.HasIndex(x => x.ProgramId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
