using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ExhibitionConfiguration : IEntityTypeConfiguration<Exhibition>
{
    public void Configure(EntityTypeBuilder<Exhibition> b)
    {
        b.ToTable("Exhibitions", t =>
        {
            t.HasCheckConstraint("CK_Exhibitions_Dates", "\"EndsOn\" >= \"StartsOn\"");

            // More acceptances than places never reach the table (docs/domain.md, Exhibitions).
            t.HasCheckConstraint("CK_Exhibitions_Accepted", "\"Accepted\" >= 0 AND \"Accepted\" <= \"Places\"");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(Exhibition.NameMax);
        b.Property(x => x.Organiser).HasMaxLength(Exhibition.TextMax);
        b.Property(x => x.Place).HasMaxLength(Exhibition.TextMax);
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Held);
        b.HasIndex(x => new { x.ProgramId, x.StartsOn });

        // The cost is posted once: one ledger entry per exhibition at most.
        b.HasIndex(x => x.CostEntryId).IsUnique();
        b.HasMany(x => x.Invitations).WithOne().HasForeignKey(x => x.ExhibitionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Invitations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.CostEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
