using Berdaya.Domain.Groups;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PriceAgreementLineConfiguration : IEntityTypeConfiguration<PriceAgreementLine>
{
    public void Configure(EntityTypeBuilder<PriceAgreementLine> b)
    {
        b.ToTable("PriceAgreementLines");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Unit).HasMaxLength(PriceAgreement.UnitMax);
        b.Property(x => x.Kind).HasConversion<int>();
        b.HasIndex(x => new { x.AgreementId, x.ProductId, x.Unit, x.Kind }).IsUnique();
        b.HasIndex(x => x.ProductId);
        b.HasOne<GroupProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
