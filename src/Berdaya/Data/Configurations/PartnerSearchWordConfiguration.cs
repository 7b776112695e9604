using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PartnerSearchWordConfiguration : IEntityTypeConfiguration<PartnerSearchWord>
{
    public void Configure(EntityTypeBuilder<PartnerSearchWord> b)
    {
        b.ToTable("PartnerSearchWords");
        b.HasKey(x => new { x.PartnerId, x.Word });
        b.Property(x => x.Word).HasMaxLength(SearchWords.MaxLength);

        // Prefix search is a range scan on this index (docs/decisions/0003-partner-search.md).
        b.HasIndex(x => new { x.Word, x.PartnerId });
    }
}
