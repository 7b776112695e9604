using Berdaya.Domain.Rewards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class RewardIssueConfiguration : IEntityTypeConfiguration<RewardIssue>
{
    public void Configure(EntityTypeBuilder<RewardIssue> b)
    {
        b.ToTable("RewardIssues");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Period).HasMaxLength(7);
        b.Property(x => x.Basis).HasMaxLength(RewardIssue.BasisMax);
        b.Property(x => x.IssuedBy).HasMaxLength(450);

        // One reward per rule, receiver and period: a second issue is a conflict (docs/domain.md, Rewards).
        b.HasIndex(x => new { x.RuleId, x.ReceiverId, x.Period }).IsUnique();
        b.HasIndex(x => x.PartnerId);
        b.HasIndex(x => x.GroupId);
        b.HasOne<RewardRule>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Restrict);
    }
}
