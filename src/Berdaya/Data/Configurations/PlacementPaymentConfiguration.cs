using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PlacementPaymentConfiguration : IEntityTypeConfiguration<PlacementPayment>
{
    public void Configure(EntityTypeBuilder<PlacementPayment> b)
    {
        b.ToTable("PlacementPayments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Note).HasMaxLength(PlacementPayment.NoteMax);
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.PlacementId, x.PaidOn });
        b.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
    }
}
