using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class FormScoreConfiguration : IEntityTypeConfiguration<FormScore>
{
    public void Configure(EntityTypeBuilder<FormScore> b)
    {
        b.ToTable("FormScores");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Scores).HasMaxLength(40_000);
        b.Property(x => x.Note).HasMaxLength(FormScore.MaxNote);
        b.Property(x => x.ScoredBy).HasMaxLength(256);
        b.Property(x => x.Revision).IsConcurrencyToken();

        // One set of scores per form: of two first scorings at once, one is refused (409).
        b.HasIndex(x => x.FilledFormId).IsUnique();
        b.HasIndex(x => new { x.ProgramId, x.Year });
        b.HasOne<FilledForm>().WithMany().HasForeignKey(x => x.FilledFormId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PseudonymKeyConfiguration : IEntityTypeConfiguration<PseudonymKey>
{
    public void Configure(EntityTypeBuilder<PseudonymKey> b)
    {
        b.ToTable("PseudonymKeys");
        b.HasKey(x => x.ProgramId);
        b.Property(x => x.Key).HasMaxLength(32);
        b.HasOne<PartnershipProgram>().WithOne().HasForeignKey<PseudonymKey>(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvaluationCriteriaConfiguration : IEntityTypeConfiguration<EvaluationCriteria>
{
    public void Configure(EntityTypeBuilder<EvaluationCriteria> b)
    {
        b.ToTable("EvaluationCriteria");
        b.HasKey(x => x.ProgramId);
        b.HasOne<PartnershipProgram>().WithOne().HasForeignKey<EvaluationCriteria>(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.ToTable("Evaluations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.IsDecided);
        b.Property(x => x.Subject).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Evidence).HasMaxLength(Evaluation.MaxEvidence);
        b.Property(x => x.GatheredBy).HasMaxLength(256);
        b.Property(x => x.EvaluatorJudgement).HasMaxLength(Evaluation.MaxJudgement);
        b.Property(x => x.EvaluatorName).HasMaxLength(256);
        b.Property(x => x.OfficerJudgement).HasMaxLength(Evaluation.MaxJudgement);
        b.Property(x => x.OfficerName).HasMaxLength(256);
        b.Property(x => x.DecisionReason).HasMaxLength(Evaluation.MaxReason);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.Revision).IsConcurrencyToken();

        // One evaluation of a partner or group a year: of two gathered at once, one is refused (409).
        b.HasIndex(x => new { x.ProgramId, x.Year, x.SubjectId }).IsUnique();
        b.HasIndex(x => new { x.GroupId, x.Year });
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
