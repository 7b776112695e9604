using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class LoanOnTimeRecordConfiguration : IEntityTypeConfiguration<LoanOnTimeRecord>
{
    public void Configure(EntityTypeBuilder<LoanOnTimeRecord> b)
    {
        b.ToTable("LoanOnTimeRecords");
        b.HasKey(x => x.LoanId);
        b.Property(x => x.LoanId).ValueGeneratedNever();
        b.Property(x => x.Dues).IsRequired();
        b.HasOne<Loan>().WithOne().HasForeignKey<LoanOnTimeRecord>(x => x.LoanId).OnDelete(DeleteBehavior.Cascade);

        // A program's record is read whole (decision 0023).
        b.HasIndex(x => new { x.ProgramId, x.DisbursedOn });
    }
}
