using Berdaya.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class SurveyScoreConfiguration : IEntityTypeConfiguration<SurveyScore>
{
    public void Configure(EntityTypeBuilder<SurveyScore> b)
    {
        b.ToTable("SurveyScores");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.AspectCode).HasMaxLength(40);
    }
}
