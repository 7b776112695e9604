using Berdaya.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class MemberSurveyConfiguration : IEntityTypeConfiguration<MemberSurvey>
{
    public void Configure(EntityTypeBuilder<MemberSurvey> b)
    {
        b.ToTable("MemberSurveys");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.OfficerUserId).HasMaxLength(450);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.Ignore(x => x.AverageScore);
        b.HasIndex(x => x.ProposalId);

        // The impact reads each partner's first survey (its baseline).
        b.HasIndex(x => new { x.PartnerId, x.SurveyedOn });
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.MemberSurveyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Scores).AutoInclude();
    }
}
