using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ConsignmentDeliveryLineConfiguration : IEntityTypeConfiguration<ConsignmentDeliveryLine>
{
    public void Configure(EntityTypeBuilder<ConsignmentDeliveryLine> b)
    {
        b.ToTable("ConsignmentDeliveryLines");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Product).HasMaxLength(Placement.ProductMax);
        b.ToTable(t => t.HasCheckConstraint("CK_ConsignmentDeliveryLines_Quantity", "\"Quantity\" > 0"));
    }
}
