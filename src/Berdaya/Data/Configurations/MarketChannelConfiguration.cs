using Berdaya.Domain.Markets;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class MarketChannelConfiguration : IEntityTypeConfiguration<MarketChannel>
{
    public void Configure(EntityTypeBuilder<MarketChannel> b)
    {
        b.ToTable("MarketChannels");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(MarketChannel.NameMax);
        b.Property(x => x.Note).HasMaxLength(MarketChannel.NoteMax);
        b.Property(x => x.Kind).HasConversion<int>();
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.ProgramId, x.Name }).IsUnique();
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
