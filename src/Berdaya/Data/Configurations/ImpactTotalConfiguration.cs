using Berdaya.Domain.Impact;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ImpactTotalConfiguration : IEntityTypeConfiguration<ImpactTotal>
{
    public void Configure(EntityTypeBuilder<ImpactTotal> b)
    {
        b.ToTable("ImpactTotals");

        // The dashboard reads one row: a program's cohort of one dimension and key (decision 0030).
        b.HasKey(x => new { x.ProgramId, x.Dimension, x.Key });
        b.Property(x => x.Key).HasMaxLength(ImpactTotal.MaxKey);
        foreach (var p in new[]
                 {
                     nameof(ImpactTotal.AssetsLower), nameof(ImpactTotal.AssetsMedian), nameof(ImpactTotal.AssetsUpper), nameof(ImpactTotal.TurnoverLower),
                     nameof(ImpactTotal.TurnoverMedian), nameof(ImpactTotal.TurnoverUpper), nameof(ImpactTotal.EmployeesLower),
                     nameof(ImpactTotal.EmployeesMedian), nameof(ImpactTotal.EmployeesUpper),
                 })
        {
            b.Property<decimal>(p).HasPrecision(28, 1);
        }

        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
