using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ChannelRequirementConfiguration : IEntityTypeConfiguration<ChannelRequirement>
{
    public void Configure(EntityTypeBuilder<ChannelRequirement> b)
    {
        b.ToTable("ChannelRequirements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Legality).HasMaxLength(100);
        b.Property(x => x.PackagingMaterial).HasMaxLength(ChannelRequirement.TextMax);
        b.Property(x => x.LabelContents).HasMaxLength(ChannelRequirement.TextMax);
        b.Property(x => x.Note).HasMaxLength(ChannelRequirement.NoteMax);
        b.Property(x => x.MinThicknessMm).HasPrecision(6, 3);
        b.Property(x => x.VolumeUnit).HasConversion<int>();
        b.Property(x => x.Payment).HasConversion<int>();
        b.Property(x => x.CreatedBy).HasMaxLength(450);

        // One set per channel and date: a second one made at the same moment loses with 409 (decision 0019).
        b.HasIndex(x => new { x.ChannelId, x.EffectiveFrom }).IsUnique();
        b.HasIndex(x => x.ProgramId);
        b.HasOne<MarketChannel>().WithMany().HasForeignKey(x => x.ChannelId).OnDelete(DeleteBehavior.Restrict);
    }
}
