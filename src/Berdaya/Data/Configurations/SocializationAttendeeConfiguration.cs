using Berdaya.Domain.Partners;
using Berdaya.Domain.Socialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class SocializationAttendeeConfiguration : IEntityTypeConfiguration<SocializationAttendee>
{
    public void Configure(EntityTypeBuilder<SocializationAttendee> b)
    {
        b.ToTable("SocializationAttendees");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(150);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.HasIndex(x => x.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
