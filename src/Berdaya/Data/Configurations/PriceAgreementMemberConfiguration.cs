using Berdaya.Domain.Groups;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PriceAgreementMemberConfiguration : IEntityTypeConfiguration<PriceAgreementMember>
{
    public void Configure(EntityTypeBuilder<PriceAgreementMember> b)
    {
        b.ToTable("PriceAgreementMembers");
        b.HasKey(x => new { x.AgreementId, x.PartnerId });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
