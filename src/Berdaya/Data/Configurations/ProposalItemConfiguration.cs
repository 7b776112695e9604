using Berdaya.Domain.Partners;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ProposalItemConfiguration : IEntityTypeConfiguration<ProposalItem>
{
    public void Configure(EntityTypeBuilder<ProposalItem> b)
    {
        b.ToTable("ProposalItems");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.DecisionReason).HasMaxLength(1000);
        b.Property(x => x.DecidedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.ProposalId, x.PartnerId }).IsUnique();
        b.HasIndex(x => x.PartnerId);
        b.HasOne(x => x.Survey).WithOne().HasForeignKey<MemberSurvey>(x => x.ProposalItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
