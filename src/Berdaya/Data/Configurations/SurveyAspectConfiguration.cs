using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class SurveyAspectConfiguration : IEntityTypeConfiguration<SurveyAspect>
{
    public void Configure(EntityTypeBuilder<SurveyAspect> b)
    {
        b.ToTable("SurveyAspects");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(100);
    }
}
