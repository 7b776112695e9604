using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class RepaymentConfiguration : IEntityTypeConfiguration<Repayment>
{
    public void Configure(EntityTypeBuilder<Repayment> b)
    {
        b.ToTable("Repayments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.ReceivedBy).HasMaxLength(200);
        b.Property(x => x.ReceiptNumber).HasMaxLength(40);
        b.Property(x => x.RecordedBy).HasMaxLength(450);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Ignore(x => x.IsStanding);
        b.HasIndex(x => new { x.LoanId, x.PaidOn });
        b.HasIndex(x => x.ReceiptNumber).IsUnique();
        b.HasIndex(x => x.CollectionSheetId);

        // A payment is reversed at most once, by one reversal row.
        b.HasIndex(x => x.ReversalOfId).IsUnique();
        b.HasIndex(x => new { x.ProgramId, x.PaidOn });
        b.HasMany(x => x.Allocations).WithOne().HasForeignKey(x => x.RepaymentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Loan>().WithMany().HasForeignKey(x => x.LoanId).OnDelete(DeleteBehavior.Restrict);
    }
}
