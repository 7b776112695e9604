using Berdaya.Domain.Groups;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class MonitoringVisitConfiguration : IEntityTypeConfiguration<MonitoringVisit>
{
    public void Configure(EntityTypeBuilder<MonitoringVisit> b)
    {
        b.ToTable("MonitoringVisits");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Place).HasMaxLength(MonitoringVisit.MaxPlace);
        b.Property(x => x.Visitors).HasMaxLength(MonitoringVisit.MaxVisitors);
        b.Property(x => x.Advice).HasMaxLength(MonitoringVisit.MaxAdvice);
        b.Property(x => x.RecordedByUserId).HasMaxLength(450);
        b.HasIndex(x => new { x.ProgramId, x.VisitedOn });
        b.HasIndex(x => new { x.GroupId, x.VisitedOn });
        b.HasMany(x => x.Partners).WithOne().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Findings).WithOne().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnerGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VisitPartnerConfiguration : IEntityTypeConfiguration<VisitPartner>
{
    public void Configure(EntityTypeBuilder<VisitPartner> b)
    {
        b.ToTable("MonitoringVisitPartners");
        b.HasKey(x => new { x.VisitId, x.PartnerId });
        b.Property(x => x.Advice).HasMaxLength(MonitoringVisit.MaxAdvice);
        b.HasIndex(x => x.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VisitFindingConfiguration : IEntityTypeConfiguration<VisitFinding>
{
    public void Configure(EntityTypeBuilder<VisitFinding> b)
    {
        b.ToTable("MonitoringVisitFindings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(MonitoringVisit.MaxFinding);
        b.HasIndex(x => x.VisitId);
        b.HasIndex(x => x.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
