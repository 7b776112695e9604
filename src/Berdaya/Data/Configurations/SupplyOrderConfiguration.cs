using Berdaya.Domain.Groups;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class SupplyOrderConfiguration : IEntityTypeConfiguration<SupplyOrder>
{
    public void Configure(EntityTypeBuilder<SupplyOrder> b)
    {
        b.ToTable("SupplyOrders");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Unit).HasMaxLength(SupplyOrder.UnitMax);
        b.Property(x => x.CancelReason).HasMaxLength(SupplyOrder.ReasonMax);
        b.Property(x => x.OrderedBy).HasMaxLength(450);
        b.Property(x => x.Status).HasConversion<int>();
        b.Property(x => x.Label).HasConversion<int>();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.BelowAgreed);
        b.Ignore(x => x.Amount);
        b.HasIndex(x => new { x.GroupId, x.OrderedOn });
        b.HasIndex(x => x.BuyerId);
        b.HasIndex(x => x.SellerId);
        b.HasOne<PartnerGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.BuyerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.SellerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProductVariant>().WithMany().HasForeignKey(x => x.VariantId).OnDelete(DeleteBehavior.Restrict);
    }
}
