using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class LoanRescheduleConfiguration : IEntityTypeConfiguration<LoanReschedule>
{
    public void Configure(EntityTypeBuilder<LoanReschedule> b)
    {
        b.ToTable("LoanReschedules");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.By).HasMaxLength(450);
        b.HasIndex(x => x.LoanId);
        b.HasOne<Loan>().WithMany().HasForeignKey(x => x.LoanId).OnDelete(DeleteBehavior.Restrict);
    }
}
