using Berdaya.Domain.Fund;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class AllowanceOutcomeConfiguration : IEntityTypeConfiguration<AllowanceOutcome>
{
    public void Configure(EntityTypeBuilder<AllowanceOutcome> b)
    {
        b.ToTable("AllowanceOutcomes");
        b.Property(x => x.OutstandingAtStart).HasPrecision(MoneyTotals.Precision, MoneyTotals.Scale);
        b.Property(x => x.LostTwelveMonthsLater).HasPrecision(MoneyTotals.Precision, MoneyTotals.Scale);
        b.HasKey(x => new { x.ProgramId, x.MonthEnd, x.Class });
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
