using Berdaya.Domain.Groups;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class PriceAgreementConfiguration : IEntityTypeConfiguration<PriceAgreement>
{
    public void Configure(EntityTypeBuilder<PriceAgreement> b)
    {
        b.ToTable("PriceAgreements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Note).HasMaxLength(PriceAgreement.NoteMax);
        b.Property(x => x.RecordedBy).HasMaxLength(450);

        // The agreement in force is the group's latest by effective date (docs/domain.md, Group price agreements).
        b.HasIndex(x => new { x.GroupId, x.EffectiveFrom });
        b.HasOne<PartnerGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Present).WithOne().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Present).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
