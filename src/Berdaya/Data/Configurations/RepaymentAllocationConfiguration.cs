using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class RepaymentAllocationConfiguration : IEntityTypeConfiguration<RepaymentAllocation>
{
    public void Configure(EntityTypeBuilder<RepaymentAllocation> b)
    {
        b.ToTable("RepaymentAllocations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.RepaymentId);
        b.HasIndex(x => x.InstallmentId);
    }
}
