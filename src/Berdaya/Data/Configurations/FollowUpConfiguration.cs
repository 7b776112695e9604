using Berdaya.Domain.Fostering;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("FollowUps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Task).HasMaxLength(FollowUp.MaxTask);
        b.Property(x => x.Outcome).HasMaxLength(FollowUp.MaxOutcome);
        b.Property(x => x.OwnerUserId).HasMaxLength(450);
        b.Property(x => x.ClosedByUserId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Owner);

        // The reminder job reads open follow-ups by due date across programs; "mine" reads by owner.
        b.HasIndex(x => new { x.State, x.DueOn });
        b.HasIndex(x => new { x.OwnerUserId, x.State });
        b.HasIndex(x => new { x.OwnerPartnerId, x.State });
        b.HasIndex(x => new { x.PartnerId, x.State });
        b.HasIndex(x => new { x.GroupId, x.State });
        b.HasIndex(x => x.VisitId);
        b.HasIndex(x => x.HelpRequestId);
        b.HasIndex(x => x.ReportId);
        b.HasIndex(x => x.MeetingId);
        b.HasOne<Domain.MeetAndGreet.Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Restrict);

        // The decline check finds a quarter's visits by the program's report-opened follow-ups since the quarter began, read
        // from this index alone (decision 0024).
        b.HasIndex(x => new { x.ProgramId, x.ReportId, x.SetOn });
        b.HasOne<QuarterlyReport>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MonitoringVisit>().WithMany().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<HelpRequest>().WithMany().HasForeignKey(x => x.HelpRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.OwnerPartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnerGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
