using Berdaya.Data.Identity;
using Berdaya.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class UserVillageConfiguration : IEntityTypeConfiguration<UserVillage>
{
    public void Configure(EntityTypeBuilder<UserVillage> b)
    {
        b.ToTable("UserVillages");
        b.HasKey(x => new { x.UserId, x.VillageCode });
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageCode).OnDelete(DeleteBehavior.Restrict);
    }
}
