using Berdaya.Domain.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.ToTable("Reminders");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Key).HasMaxLength(Reminder.KeyLength);
        b.Property(x => x.Kind).HasMaxLength(Reminder.KindLength);
        b.Property(x => x.Subject).HasMaxLength(Reminder.SubjectLength);
        b.Property(x => x.Href).HasMaxLength(Reminder.HrefLength);
        b.Property(x => x.WhatsAppMessage).HasMaxLength(Reminder.MessageLength);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.AssigneeUserId).HasMaxLength(450);
        b.Property(x => x.DoneBy).HasMaxLength(450);

        // One reminder per thing and moment, however many nodes raise it (docs/domain.md, Reminders and the work list).
        b.HasIndex(x => x.Key).IsUnique();
        b.HasIndex(x => new { x.ProgramId, x.DoneAt, x.DueOn });
        b.HasIndex(x => new { x.VillageCode, x.DoneAt });
        b.HasIndex(x => new { x.PartnerId, x.DoneAt });
        b.HasIndex(x => new { x.AssigneeUserId, x.DoneAt });
    }
}
