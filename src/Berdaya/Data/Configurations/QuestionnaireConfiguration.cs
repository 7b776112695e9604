using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> b)
    {
        b.ToTable("Questionnaires");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(Questionnaire.MaxTitle);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasIndex(x => x.ProgramId);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuestionnaireVersionConfiguration : IEntityTypeConfiguration<QuestionnaireVersion>
{
    public void Configure(EntityTypeBuilder<QuestionnaireVersion> b)
    {
        b.ToTable("QuestionnaireVersions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.Form);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Definition).HasMaxLength(QuestionnaireVersion.MaxDefinition);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.PublishedBy).HasMaxLength(256);
        b.Property(x => x.Revision).IsConcurrencyToken();

        // Of two new drafts started at once, one is refused (409).
        b.HasIndex(x => new { x.QuestionnaireId, x.Number }).IsUnique();
        b.HasOne<Questionnaire>().WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuestionnaireAssignmentConfiguration : IEntityTypeConfiguration<QuestionnaireAssignment>
{
    public void Configure(EntityTypeBuilder<QuestionnaireAssignment> b)
    {
        b.ToTable("QuestionnaireAssignments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.AssignedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.QuestionnaireId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
        b.HasOne<Questionnaire>().WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FilledFormConfiguration : IEntityTypeConfiguration<FilledForm>
{
    public void Configure(EntityTypeBuilder<FilledForm> b)
    {
        b.ToTable("FilledForms");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Answers).HasMaxLength(400_000);
        b.Property(x => x.Fingerprint).HasMaxLength(64);
        b.Property(x => x.FilledBy).HasMaxLength(450);
        b.Property(x => x.FilledByName).HasMaxLength(256);
        b.HasIndex(x => new { x.PartnerId, x.VisitDate });
        b.HasIndex(x => new { x.VersionId, x.VisitDate });
        b.HasOne<QuestionnaireVersion>().WithMany().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
