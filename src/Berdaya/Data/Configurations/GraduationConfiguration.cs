using Berdaya.Domain.Graduation;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class BankabilityDeclarationConfiguration : IEntityTypeConfiguration<BankabilityDeclaration>
{
    public void Configure(EntityTypeBuilder<BankabilityDeclaration> b)
    {
        b.ToTable("BankabilityDeclarations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Item).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Evidence).HasMaxLength(BankabilityDeclaration.MaxEvidence);
        b.Property(x => x.DeclaredBy).HasMaxLength(256);

        // A partner's declarations are read together, in the order they were made (the latest per item is in force).
        b.HasIndex(x => new { x.PartnerId, x.DeclaredAt });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartnerGraduationConfiguration : IEntityTypeConfiguration<PartnerGraduation>
{
    public void Configure(EntityTypeBuilder<PartnerGraduation> b)
    {
        b.ToTable("Graduations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Tier).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Bank).HasMaxLength(PartnerGraduation.MaxBank);
        b.Property(x => x.Checklist).HasMaxLength(PartnerGraduation.MaxChecklist);
        b.Property(x => x.GraduatedBy).HasMaxLength(256);

        // A partner graduates once: of two graduations at once, one is refused (409).
        b.HasIndex(x => x.PartnerId).IsUnique();
        b.HasIndex(x => new { x.ProgramId, x.GraduatedOn });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
