using Berdaya.Domain.Coaching;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class CoachingSettingsConfiguration : IEntityTypeConfiguration<CoachingSettings>
{
    public void Configure(EntityTypeBuilder<CoachingSettings> b)
    {
        b.ToTable("CoachingSettings");
        b.HasKey(x => x.ProgramId);
        b.Property(x => x.ProgramId).ValueGeneratedNever();
        b.Property(x => x.UnderstoodThreshold).HasPrecision(3, 1);
        b.HasOne<PartnershipProgram>().WithOne().HasForeignKey<CoachingSettings>(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
