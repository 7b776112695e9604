using Berdaya.Domain.Legality;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class LegalityItemConfiguration : IEntityTypeConfiguration<LegalityItem>
{
    public void Configure(EntityTypeBuilder<LegalityItem> b)
    {
        b.ToTable("LegalityItems");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Number).HasMaxLength(LegalityNumbers.MaxFreeText);
        b.Property(x => x.IssuingOffice).HasMaxLength(LegalityItem.MaxOffice);
        b.Property(x => x.Note).HasMaxLength(LegalityItem.MaxNote);
        b.Property(x => x.Version).IsConcurrencyToken();

        // One item per licence per partner: two first entries at once cannot make two.
        b.HasIndex(x => new { x.PartnerId, x.Kind }).IsUnique();

        // The reminder job and the program view read licences by a window on the expiry date
        // (docs/domain.md, Legality milestones), never the whole table.
        b.HasIndex(x => new { x.ExpiresOn, x.State });
        b.HasIndex(x => new { x.ProgramId, x.Kind, x.State });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
