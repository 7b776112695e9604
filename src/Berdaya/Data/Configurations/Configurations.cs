using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Regions;
using Berdaya.Domain.Socialization;
using Berdaya.Domain.Surveys;
using Berdaya.Domain.Timeline;
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

internal sealed class EligibilityCriterionConfiguration : IEntityTypeConfiguration<EligibilityCriterion>
{
    public void Configure(EntityTypeBuilder<EligibilityCriterion> b)
    {
        b.ToTable("EligibilityCriteria");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}

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

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("Regions");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(13);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.ParentCode).HasMaxLength(13);
        b.HasIndex(x => x.ParentCode);
        b.HasIndex(x => new { x.Level, x.Name });
    }
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.ToTable("Partners");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.OwnerName).HasMaxLength(150);
        b.Property(x => x.Nik).HasMaxLength(16).IsFixedLength();
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.BusinessName).HasMaxLength(150);
        b.Property(x => x.Sector).HasMaxLength(100);
        b.Property(x => x.Products).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();

        // One record per person per program; the NIK lookup also serves the cross-program loan rule.
        b.HasIndex(x => new { x.ProgramId, x.Nik }).IsUnique();
        b.HasIndex(x => x.Nik);
        b.HasIndex(x => new { x.ProgramId, x.OwnerName });
        b.HasIndex(x => new { x.ProgramId, x.BusinessName });
        b.HasIndex(x => new { x.VillageCode, x.ProgramId });

        // The unfiltered list is ordered by owner name across programs (administrators).
        b.HasIndex(x => new { x.OwnerName, x.Id });
        b.HasMany(x => x.SearchWords).WithOne().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartnerSearchWordConfiguration : IEntityTypeConfiguration<PartnerSearchWord>
{
    public void Configure(EntityTypeBuilder<PartnerSearchWord> b)
    {
        b.ToTable("PartnerSearchWords");
        b.HasKey(x => new { x.PartnerId, x.Word });
        b.Property(x => x.Word).HasMaxLength(SearchWords.MaxLength);

        // Prefix search is a range scan on this index (docs/decisions/0003-partner-search.md).
        b.HasIndex(x => new { x.Word, x.PartnerId });
    }
}

internal sealed class GroupConfiguration : IEntityTypeConfiguration<PartnerGroup>
{
    public void Configure(EntityTypeBuilder<PartnerGroup> b)
    {
        b.ToTable("Groups");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(150);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.FacilitatorUserId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ProgramId, x.Name });
        b.HasIndex(x => x.VillageCode);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.ActiveMembers);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupMembershipConfiguration : IEntityTypeConfiguration<GroupMembership>
{
    public void Configure(EntityTypeBuilder<GroupMembership> b)
    {
        b.ToTable("GroupMemberships");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.IsActive);

        // A partner is in one active group at a time (domain guide 4): nulls do not collide.
        b.HasIndex(x => x.ActivePartnerId).IsUnique();
        b.HasIndex(x => x.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SocializationConfiguration : IEntityTypeConfiguration<SocializationEvent>
{
    public void Configure(EntityTypeBuilder<SocializationEvent> b)
    {
        b.ToTable("Socializations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.OfficersPresent).HasMaxLength(500);
        b.Property(x => x.Topics).HasMaxLength(2000);
        b.Property(x => x.FacilitatorUserId).HasMaxLength(450);
        b.HasIndex(x => new { x.ProgramId, x.HeldOn });
        b.HasIndex(x => x.VillageCode);
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.SocializationEventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SocializationAttendeeConfiguration : IEntityTypeConfiguration<SocializationAttendee>
{
    public void Configure(EntityTypeBuilder<SocializationAttendee> b)
    {
        b.ToTable("SocializationAttendees");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(150);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.HasIndex(x => x.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.ToTable("Proposals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.BusinessPlan).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.RequestedTotal);
        b.Ignore(x => x.ApprovedItems);
        b.HasIndex(x => x.GroupId);
        b.HasIndex(x => new { x.ProgramId, x.Status });
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnerGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalItemConfiguration : IEntityTypeConfiguration<ProposalItem>
{
    public void Configure(EntityTypeBuilder<ProposalItem> b)
    {
        b.ToTable("ProposalItems");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.DecisionReason).HasMaxLength(1000);
        b.Property(x => x.DecidedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.ProposalId, x.PartnerId }).IsUnique();
        b.HasIndex(x => x.PartnerId);
        b.HasOne(x => x.Survey).WithOne().HasForeignKey<MemberSurvey>(x => x.ProposalItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalStatusChangeConfiguration : IEntityTypeConfiguration<ProposalStatusChange>
{
    public void Configure(EntityTypeBuilder<ProposalStatusChange> b)
    {
        b.ToTable("ProposalStatusChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ChangedBy).HasMaxLength(450);
        b.Property(x => x.Note).HasMaxLength(1000);
    }
}

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
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.MemberSurveyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Scores).AutoInclude();
    }
}

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

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.OwnerType).HasMaxLength(40);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.OwnerType, x.OwnerId });
    }
}

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> b)
    {
        b.ToTable("TimelineEvents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(60);
        b.Property(x => x.Summary).HasMaxLength(1000);
        b.Property(x => x.SubjectType).HasMaxLength(60);
        b.HasIndex(x => new { x.GroupId, x.OccurredOn });
        b.HasIndex(x => new { x.PartnerId, x.OccurredOn });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
        b.Property(x => x.Action).HasMaxLength(20);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.HasIndex(x => x.UserId);
    }
}

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

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(150);
        b.Property(x => x.Language).HasMaxLength(5);
        b.HasIndex(x => x.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
