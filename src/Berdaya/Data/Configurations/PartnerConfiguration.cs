using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.ToTable("Partners");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.OwnerName).HasMaxLength(150);
        b.Property(x => x.Nik).HasMaxLength(16).IsFixedLength();
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.BusinessName).HasMaxLength(150);
        b.Property(x => x.Sector).HasMaxLength(100);
        b.Property(x => x.Products).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();

        // One record per person per program; the NIK lookup also serves the cross-program loan rule.
        b.HasIndex(x => new { x.ProgramId, x.Nik }).IsUnique();
        b.HasIndex(x => x.Nik);
        // With the id, a program's names are read from the index alone (exhibition ranking, decision 0023).
        b.HasIndex(x => new { x.ProgramId, x.OwnerName, x.Id });
        b.HasIndex(x => new { x.ProgramId, x.BusinessName });
        b.HasIndex(x => new { x.VillageCode, x.ProgramId });

        // The unfiltered list is ordered by owner name across programs (administrators).
        b.HasIndex(x => new { x.OwnerName, x.Id });
        b.HasMany(x => x.SearchWords).WithOne().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageCode).OnDelete(DeleteBehavior.Restrict);
    }
}
