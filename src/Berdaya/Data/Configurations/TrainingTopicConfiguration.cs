using Berdaya.Domain.Coaching;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class TrainingTopicConfiguration : IEntityTypeConfiguration<TrainingTopic>
{
    public void Configure(EntityTypeBuilder<TrainingTopic> b)
    {
        b.ToTable("TrainingTopics");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(150);
        b.Property(x => x.Evidence).HasMaxLength(300);
        b.HasIndex(x => new { x.ProgramId, x.Code }).IsUnique();
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
