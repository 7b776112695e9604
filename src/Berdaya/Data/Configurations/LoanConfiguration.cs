using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class LoanConfiguration : IEntityTypeConfiguration<Loan>
{
    public void Configure(EntityTypeBuilder<Loan> b)
    {
        b.ToTable("Loans");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.AnnualRatePercent).HasPrecision(9, 4);
        b.Property(x => x.ChannelReference).HasMaxLength(100);
        b.Property(x => x.DisbursedBy).HasMaxLength(450);
        b.Property(x => x.WriteOffReference).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.CurrentSchedule);
        b.Ignore(x => x.TotalOwed);

        // One approved decision is disbursed once (docs/domain.md, Loan products and fee methods).
        b.HasIndex(x => x.ProposalItemId).IsUnique();
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.PartnerId, x.Status });
        b.HasIndex(x => new { x.GroupId, x.Status });
        b.HasIndex(x => new { x.ProgramId, x.Status, x.Class });
        b.HasIndex(x => x.ProductId);
        b.HasMany(x => x.Installments).WithOne().HasForeignKey(x => x.LoanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LoanProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProposalItem>().WithMany().HasForeignKey(x => x.ProposalItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
