using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> b)
    {
        b.ToTable("TimelineEvents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(60);
        b.Property(x => x.Summary).HasMaxLength(1000);
        b.Property(x => x.SubjectType).HasMaxLength(60);
        b.HasIndex(x => new { x.GroupId, x.OccurredOn });
        b.HasIndex(x => new { x.PartnerId, x.OccurredOn });

        // The program's coverage totals read this index alone (docs/domain.md, Coverage).
        b.HasIndex(x => new { x.ProgramId, x.Approach, x.GroupId, x.OccurredOn });
    }
}
