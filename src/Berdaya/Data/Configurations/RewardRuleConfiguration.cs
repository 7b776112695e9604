using Berdaya.Domain.Programs;
using Berdaya.Domain.Rewards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class RewardRuleConfiguration : IEntityTypeConfiguration<RewardRule>
{
    public void Configure(EntityTypeBuilder<RewardRule> b)
    {
        b.ToTable("RewardRules");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(RewardRule.NameMax);
        b.Property(x => x.Item).HasMaxLength(RewardRule.ItemMax);
        b.Property(x => x.Scope).HasConversion<int>();
        b.Property(x => x.Kind).HasConversion<int>();
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.HasIndex(x => x.ProgramId);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
