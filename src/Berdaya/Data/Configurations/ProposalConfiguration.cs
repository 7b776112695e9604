using Berdaya.Domain.Groups;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.ToTable("Proposals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.BusinessPlan).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.RequestedTotal);
        b.Ignore(x => x.ApprovedItems);
        b.HasIndex(x => x.GroupId);
        b.HasIndex(x => new { x.ProgramId, x.Status });
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnerGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
