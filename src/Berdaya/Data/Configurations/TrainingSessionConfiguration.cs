using Berdaya.Domain.Coaching;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("TrainingSessions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.HasIndex(x => new { x.ProgramId, x.HeldOn });
        b.HasIndex(x => x.HeldOn);
        b.HasIndex(x => x.TopicId);
        b.HasIndex(x => x.ProviderId);
        b.HasIndex(x => x.VillageCode);

        // The cost is posted once: one ledger entry per session at most.
        b.HasIndex(x => x.CostEntryId).IsUnique();
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TrainingTopic>().WithMany().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TrainingProvider>().WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.CostEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
