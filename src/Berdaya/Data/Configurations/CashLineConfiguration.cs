using Berdaya.Domain.CashBook;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class CashLineConfiguration : IEntityTypeConfiguration<CashLine>
{
    public void Configure(EntityTypeBuilder<CashLine> b)
    {
        b.ToTable("CashLines");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Category).HasConversion<int>();
        b.Property(x => x.Note).HasMaxLength(CashLine.NoteMax);
        b.Property(x => x.Reason).HasMaxLength(CashLine.NoteMax);
        b.Property(x => x.RecordedBy).HasMaxLength(450);
        b.Property(x => x.SourceType).HasMaxLength(CashLine.SourceTypeMax);
        b.Property(x => x.Unit).HasMaxLength(AgreedPriceWarning.UnitMax);
        b.HasOne<GroupProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);

        // A month's summary is summed in the database over this index (docs/performance.md, Cash book).
        b.HasIndex(x => new { x.PartnerId, x.Date, x.Category });

        // A line is reversed at most once, by one counter-line.
        b.HasIndex(x => x.ReversalOfId).IsUnique();

        // A record offered to the book becomes one line of it at most (a second take is a 409).
        b.HasIndex(x => new { x.PartnerId, x.SourceType, x.SourceId }).IsUnique();
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
