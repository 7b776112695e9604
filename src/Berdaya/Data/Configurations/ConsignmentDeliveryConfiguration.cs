using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ConsignmentDeliveryConfiguration : IEntityTypeConfiguration<ConsignmentDelivery>
{
    public void Configure(EntityTypeBuilder<ConsignmentDelivery> b)
    {
        b.ToTable("ConsignmentDeliveries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.PlacementId, x.DeliveredOn });
        b.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lines).AutoInclude(false);
    }
}
