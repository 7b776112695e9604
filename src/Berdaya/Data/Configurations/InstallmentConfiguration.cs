using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class InstallmentConfiguration : IEntityTypeConfiguration<Installment>
{
    public void Configure(EntityTypeBuilder<Installment> b)
    {
        b.ToTable("Installments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.Total);
        b.Ignore(x => x.Remaining);
        b.Ignore(x => x.OnTime);
        b.HasIndex(x => new { x.LoanId, x.ScheduleVersion, x.Number }).IsUnique();
        b.HasIndex(x => x.DueDate);
    }
}
