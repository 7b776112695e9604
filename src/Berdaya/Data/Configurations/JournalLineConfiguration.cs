using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class JournalLineConfiguration : IEntityTypeConfiguration<JournalLine>
{
    public void Configure(EntityTypeBuilder<JournalLine> b)
    {
        b.ToTable("JournalLines");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();

        // Balances and period sums are one index range per program and account.
        b.HasIndex(x => new { x.ProgramId, x.Account, x.EntryDate });
        b.HasIndex(x => x.EntryId);
    }
}
