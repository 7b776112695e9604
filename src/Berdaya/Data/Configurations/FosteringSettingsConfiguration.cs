using Berdaya.Domain.Fostering;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class FosteringSettingsConfiguration : IEntityTypeConfiguration<FosteringSettings>
{
    public void Configure(EntityTypeBuilder<FosteringSettings> b)
    {
        b.ToTable("FosteringSettings");
        b.HasKey(x => x.ProgramId);
        b.Property(x => x.ProgramId).ValueGeneratedNever();
        b.HasOne<PartnershipProgram>().WithOne().HasForeignKey<FosteringSettings>(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
