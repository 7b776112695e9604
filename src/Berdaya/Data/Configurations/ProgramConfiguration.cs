using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ProgramConfiguration : IEntityTypeConfiguration<PartnershipProgram>
{
    public void Configure(EntityTypeBuilder<PartnershipProgram> b)
    {
        b.ToTable("Programs");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.OperatorName).HasMaxLength(200);
        b.Property(x => x.UnitName).HasMaxLength(200);
        b.Property(x => x.OperatorAreaCode).HasMaxLength(13);
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey("ProgramId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Criteria).AutoInclude();
        b.HasMany(x => x.SurveyAspects).WithOne().HasForeignKey("ProgramId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.SurveyAspects).AutoInclude();
    }
}
