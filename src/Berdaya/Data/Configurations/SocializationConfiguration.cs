using Berdaya.Domain.Programs;
using Berdaya.Domain.Regions;
using Berdaya.Domain.Socialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class SocializationConfiguration : IEntityTypeConfiguration<SocializationEvent>
{
    public void Configure(EntityTypeBuilder<SocializationEvent> b)
    {
        b.ToTable("Socializations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.OfficersPresent).HasMaxLength(500);
        b.Property(x => x.Topics).HasMaxLength(2000);
        b.Property(x => x.FacilitatorUserId).HasMaxLength(450);
        b.HasIndex(x => new { x.ProgramId, x.HeldOn });
        b.HasIndex(x => x.VillageCode);
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.SocializationEventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageCode).OnDelete(DeleteBehavior.Restrict);
    }
}
