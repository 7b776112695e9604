using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.ToTable("JournalEntries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.PostedBy).HasMaxLength(450);
        b.Ignore(x => x.Amount);
        b.HasIndex(x => new { x.ProgramId, x.EntryDate });
        b.HasIndex(x => x.LoanId);
        b.HasIndex(x => x.RepaymentId);

        // Only the entries not yet in the ledger day totals: the close marks them, balances add their lines.
        b.HasIndex(x => x.ProgramId, "IX_JournalEntries_Pending").HasFilter("\"TotalsRunId\" IS NULL");
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
