using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.ToTable("Placements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.OutletName).HasMaxLength(Placement.OutletMax);
        b.Property(x => x.Products).HasMaxLength(Placement.ProductMax);
        b.Property(x => x.EndReason).HasMaxLength(Placement.ReasonMax);
        b.Property(x => x.Terms).HasConversion<int>();
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.Property(x => x.Unit).HasMaxLength(AgreedPriceWarning.UnitMax);
        b.HasOne<GroupProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);

        // Two payments racing for the same owed amount: one saves, the other is a conflict (decision 0022).
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.PartnerId, x.StartedOn });
        b.HasIndex(x => new { x.ProgramId, x.EndedOn });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MarketChannel>().WithMany().HasForeignKey(x => x.ChannelId).OnDelete(DeleteBehavior.Restrict);
    }
}
