using Berdaya.Domain.Fostering;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class QuarterlyReportConfiguration : IEntityTypeConfiguration<QuarterlyReport>
{
    public void Configure(EntityTypeBuilder<QuarterlyReport> b)
    {
        b.ToTable("QuarterlyReports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.Quarter);
        b.Ignore(x => x.Employees);
        b.Property(x => x.ProductionUnit).HasMaxLength(QuarterlyReport.MaxUnit);
        b.Property(x => x.Note).HasMaxLength(QuarterlyReport.MaxNote);
        b.Property(x => x.CorrectionReason).HasMaxLength(QuarterlyReport.MaxReason);
        b.Property(x => x.SubmittedBy).HasMaxLength(256);

        // One version of each number per partner and quarter: of two first reports, or two corrections of the same version,
        // sent at once, one is refused (409).
        b.HasIndex(x => new { x.PartnerId, x.QuarterIndex, x.Version }).IsUnique();

        // A program's quarter is read whole (the decline check, missing reports).
        b.HasIndex(x => new { x.ProgramId, x.QuarterIndex, x.Current });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
