using Berdaya.Domain.Fund;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class LedgerDayTotalConfiguration : IEntityTypeConfiguration<LedgerDayTotal>
{
    public void Configure(EntityTypeBuilder<LedgerDayTotal> b)
    {
        b.ToTable("LedgerDayTotals");

        // Balances and period sums are one range per program and account, like the journal lines' index.
        b.HasKey(x => new { x.ProgramId, x.Account, x.EntryDate, x.Kind });
        b.Property(x => x.Debit).HasPrecision(MoneyTotals.Precision, MoneyTotals.Scale);
        b.Property(x => x.Credit).HasPrecision(MoneyTotals.Precision, MoneyTotals.Scale);
    }
}
