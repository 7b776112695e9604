using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> b)
    {
        b.ToTable("HelpRequests");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Description).HasMaxLength(HelpRequest.MaxDescription);
        b.Property(x => x.Answer).HasMaxLength(HelpRequest.MaxAnswer);
        b.Property(x => x.AskedByUserId).HasMaxLength(450);
        b.Property(x => x.ClosedByUserId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();

        // The work list counts open requests per program; a partner's page lists theirs.
        b.HasIndex(x => new { x.ProgramId, x.State });
        b.HasIndex(x => new { x.PartnerId, x.State });
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MonitoringVisit>().WithMany().HasForeignKey(x => x.AnsweredByVisitId).OnDelete(DeleteBehavior.Restrict);
    }
}
