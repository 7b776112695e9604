using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ExhibitionInvitationConfiguration : IEntityTypeConfiguration<ExhibitionInvitation>
{
    public void Configure(EntityTypeBuilder<ExhibitionInvitation> b)
    {
        b.ToTable("ExhibitionInvitations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Basis).HasMaxLength(ExhibitionInvitation.BasisMax);
        b.Property(x => x.OverrideReason).HasMaxLength(ExhibitionInvitation.ReasonMax);
        b.Property(x => x.InvitedBy).HasMaxLength(450);

        // A partner is invited to an exhibition once.
        b.HasIndex(x => new { x.ExhibitionId, x.PartnerId }).IsUnique();
        b.HasIndex(x => new { x.PartnerId, x.InvitedAt });
        b.HasMany(x => x.Orders).WithOne().HasForeignKey(x => x.InvitationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Orders).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
