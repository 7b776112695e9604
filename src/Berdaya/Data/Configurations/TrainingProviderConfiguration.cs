using Berdaya.Domain.Coaching;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class TrainingProviderConfiguration : IEntityTypeConfiguration<TrainingProvider>
{
    public void Configure(EntityTypeBuilder<TrainingProvider> b)
    {
        b.ToTable("TrainingProviders");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Contact).HasMaxLength(200);
        b.Property(x => x.Teaches).HasMaxLength(500);
        b.HasIndex(x => x.ProgramId);
        b.HasIndex(x => x.PartnerId);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
