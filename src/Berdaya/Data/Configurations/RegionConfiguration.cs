using Berdaya.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("Regions");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(13);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.ParentCode).HasMaxLength(13);
        b.HasIndex(x => x.ParentCode);
        b.HasIndex(x => new { x.Level, x.Name });
    }
}
