using Berdaya.Data.Identity;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class UserProgramConfiguration : IEntityTypeConfiguration<UserProgram>
{
    public void Configure(EntityTypeBuilder<UserProgram> b)
    {
        b.ToTable("UserPrograms");
        b.HasKey(x => new { x.UserId, x.ProgramId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
