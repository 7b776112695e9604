using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class DailyCloseConfiguration : IEntityTypeConfiguration<DailyClose>
{
    public void Configure(EntityTypeBuilder<DailyClose> b)
    {
        b.ToTable("DailyCloses");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.StartedBy).HasMaxLength(450);
        b.Property(x => x.Error).HasMaxLength(500);
        b.HasIndex(x => x.BusinessDate).IsUnique();
    }
}
