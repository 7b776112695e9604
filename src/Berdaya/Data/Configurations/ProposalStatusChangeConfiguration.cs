using Berdaya.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ProposalStatusChangeConfiguration : IEntityTypeConfiguration<ProposalStatusChange>
{
    public void Configure(EntityTypeBuilder<ProposalStatusChange> b)
    {
        b.ToTable("ProposalStatusChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ChangedBy).HasMaxLength(450);
        b.Property(x => x.Note).HasMaxLength(1000);
    }
}
