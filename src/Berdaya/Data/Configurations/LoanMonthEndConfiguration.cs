using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class LoanMonthEndConfiguration : IEntityTypeConfiguration<LoanMonthEnd>
{
    public void Configure(EntityTypeBuilder<LoanMonthEnd> b)
    {
        b.ToTable("LoanMonthEnds");
        b.HasKey(x => new { x.MonthEnd, x.LoanId });
        b.HasIndex(x => new { x.ProgramId, x.MonthEnd });
    }
}
