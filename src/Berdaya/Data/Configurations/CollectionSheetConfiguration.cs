using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class CollectionSheetConfiguration : IEntityTypeConfiguration<CollectionSheet>
{
    public void Configure(EntityTypeBuilder<CollectionSheet> b)
    {
        b.ToTable("CollectionSheets");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PostedBy).HasMaxLength(450);
        b.Property(x => x.SubmissionKey).HasMaxLength(200);
        b.HasIndex(x => new { x.GroupId, x.Month });

        // A sheet is posted once per key: a second press of the button meets the first sheet.
        b.HasIndex(x => new { x.GroupId, x.SubmissionKey }).IsUnique();
    }
}
