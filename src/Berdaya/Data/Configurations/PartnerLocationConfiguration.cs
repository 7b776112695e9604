using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PartnerLocationConfiguration : IEntityTypeConfiguration<PartnerLocation>
{
    public void Configure(EntityTypeBuilder<PartnerLocation> b)
    {
        b.ToTable("PartnerLocations", t =>
        {
            // Decision 0016: a position is stored only with consent and inside the globe's bounds.
            t.HasCheckConstraint("CK_PartnerLocations_Bounds", "\"Latitude\" BETWEEN -90 AND 90 AND \"Longitude\" BETWEEN -180 AND 180");
        });
        b.HasKey(x => x.PartnerId);
        b.Property(x => x.RecordedByUserId).HasMaxLength(450);
        b.HasOne<Partner>().WithOne().HasForeignKey<PartnerLocation>(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MonitoringVisit>().WithMany().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.SetNull);
    }
}
