using Berdaya.Domain.Legality;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class LegalityChangeConfiguration : IEntityTypeConfiguration<LegalityChange>
{
    public void Configure(EntityTypeBuilder<LegalityChange> b)
    {
        b.ToTable("LegalityChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Action).HasMaxLength(20);
        b.Property(x => x.Number).HasMaxLength(LegalityNumbers.MaxFreeText);
        b.Property(x => x.Note).HasMaxLength(LegalityItem.MaxNote);
        b.Property(x => x.ChangedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.ItemId, x.ChangedAt });
        b.HasOne<LegalityItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
