using Berdaya.Domain.Coaching;
using Berdaya.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class SessionParticipantConfiguration : IEntityTypeConfiguration<SessionParticipant>
{
    public void Configure(EntityTypeBuilder<SessionParticipant> b)
    {
        b.ToTable("SessionParticipants", t =>
        {
            t.HasCheckConstraint("CK_SessionParticipants_Understood", "\"Understood\" IS NULL OR (\"Understood\" BETWEEN 1 AND 5)");
            t.HasCheckConstraint("CK_SessionParticipants_CanApply", "\"CanApply\" IS NULL OR (\"CanApply\" BETWEEN 1 AND 5)");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Hard).HasMaxLength(1000);
        b.Property(x => x.NotUsedText).HasMaxLength(300);
        b.HasIndex(x => new { x.SessionId, x.PartnerId }).IsUnique();
        b.HasIndex(x => new { x.PartnerId, x.Attendance });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
