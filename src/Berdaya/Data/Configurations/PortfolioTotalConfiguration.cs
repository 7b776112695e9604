using Berdaya.Domain.Fund;
using Berdaya.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PortfolioTotalConfiguration : IEntityTypeConfiguration<PortfolioTotal>
{
    public void Configure(EntityTypeBuilder<PortfolioTotal> b)
    {
        b.ToTable("PortfolioTotals");

        // The report reads one program's rows of its latest close, a dimension at a time.
        b.HasKey(x => new { x.ProgramId, x.BusinessDate, x.Dimension, x.Key });
        b.Property(x => x.Key).HasMaxLength(40);
        b.Property(x => x.Outstanding).HasPrecision(MoneyTotals.Precision, MoneyTotals.Scale);

        // The largest groups and villages first without sorting every row.
        b.HasIndex(x => new { x.ProgramId, x.BusinessDate, x.Dimension, x.Outstanding });

        // Each close removes the rows of earlier dates that are not month ends.
        b.HasIndex(x => x.BusinessDate);
    }
}
