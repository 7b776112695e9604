using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class SalesReportConfiguration : IEntityTypeConfiguration<SalesReport>
{
    public void Configure(EntityTypeBuilder<SalesReport> b)
    {
        b.ToTable("SalesReports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.HasIndex(x => x.PlacementId);
        b.HasIndex(x => x.DeliveryLineId);
        b.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ConsignmentDeliveryLine>().WithMany().HasForeignKey(x => x.DeliveryLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
