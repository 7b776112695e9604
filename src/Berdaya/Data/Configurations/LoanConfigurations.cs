using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class LoanProductConfiguration : IEntityTypeConfiguration<LoanProduct>
{
    public void Configure(EntityTypeBuilder<LoanProduct> b)
    {
        b.ToTable("LoanProducts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.AnnualRatePercent).HasPrecision(9, 4);
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.ProgramId, x.Code, x.Version }).IsUnique();
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

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

        // One approved decision is disbursed once (issue 3 section 7: "disbursing twice").
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

internal sealed class InstallmentConfiguration : IEntityTypeConfiguration<Installment>
{
    public void Configure(EntityTypeBuilder<Installment> b)
    {
        b.ToTable("Installments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.Total);
        b.Ignore(x => x.Remaining);
        b.Ignore(x => x.OnTime);
        b.HasIndex(x => new { x.LoanId, x.ScheduleVersion, x.Number }).IsUnique();
        b.HasIndex(x => x.DueDate);
    }
}

internal sealed class LoanRescheduleConfiguration : IEntityTypeConfiguration<LoanReschedule>
{
    public void Configure(EntityTypeBuilder<LoanReschedule> b)
    {
        b.ToTable("LoanReschedules");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.By).HasMaxLength(450);
        b.HasIndex(x => x.LoanId);
        b.HasOne<Loan>().WithMany().HasForeignKey(x => x.LoanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RepaymentConfiguration : IEntityTypeConfiguration<Repayment>
{
    public void Configure(EntityTypeBuilder<Repayment> b)
    {
        b.ToTable("Repayments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.ReceivedBy).HasMaxLength(200);
        b.Property(x => x.ReceiptNumber).HasMaxLength(40);
        b.Property(x => x.RecordedBy).HasMaxLength(450);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Ignore(x => x.IsStanding);
        b.HasIndex(x => new { x.LoanId, x.PaidOn });
        b.HasIndex(x => x.ReceiptNumber).IsUnique();
        b.HasIndex(x => x.CollectionSheetId);

        // A payment is reversed at most once, by one reversal row.
        b.HasIndex(x => x.ReversalOfId).IsUnique();
        b.HasIndex(x => new { x.ProgramId, x.PaidOn });
        b.HasMany(x => x.Allocations).WithOne().HasForeignKey(x => x.RepaymentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Loan>().WithMany().HasForeignKey(x => x.LoanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RepaymentAllocationConfiguration : IEntityTypeConfiguration<RepaymentAllocation>
{
    public void Configure(EntityTypeBuilder<RepaymentAllocation> b)
    {
        b.ToTable("RepaymentAllocations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.RepaymentId);
        b.HasIndex(x => x.InstallmentId);
    }
}

internal sealed class CollectionSheetConfiguration : IEntityTypeConfiguration<CollectionSheet>
{
    public void Configure(EntityTypeBuilder<CollectionSheet> b)
    {
        b.ToTable("CollectionSheets");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PostedBy).HasMaxLength(450);
        b.Property(x => x.SubmissionKey).HasMaxLength(200);
        b.HasIndex(x => new { x.GroupId, x.Month });

        // A sheet is posted once per key: a second press of the button meets the first sheet.
        b.HasIndex(x => new { x.GroupId, x.SubmissionKey }).IsUnique();
    }
}

internal sealed class DailyCloseConfiguration : IEntityTypeConfiguration<DailyClose>
{
    public void Configure(EntityTypeBuilder<DailyClose> b)
    {
        b.ToTable("DailyCloses");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.StartedBy).HasMaxLength(450);
        b.Property(x => x.Error).HasMaxLength(500);
        b.HasIndex(x => x.BusinessDate).IsUnique();
    }
}

internal sealed class LoanMonthEndConfiguration : IEntityTypeConfiguration<LoanMonthEnd>
{
    public void Configure(EntityTypeBuilder<LoanMonthEnd> b)
    {
        b.ToTable("LoanMonthEnds");
        b.HasKey(x => new { x.MonthEnd, x.LoanId });
        b.HasIndex(x => new { x.ProgramId, x.MonthEnd });
    }
}

internal sealed class AllowanceOutcomeConfiguration : IEntityTypeConfiguration<AllowanceOutcome>
{
    public void Configure(EntityTypeBuilder<AllowanceOutcome> b)
    {
        b.ToTable("AllowanceOutcomes");
        b.HasKey(x => new { x.ProgramId, x.MonthEnd, x.Class });
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.ToTable("JournalEntries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.PostedBy).HasMaxLength(450);
        b.Ignore(x => x.Amount);
        b.HasIndex(x => new { x.ProgramId, x.EntryDate });
        b.HasIndex(x => x.LoanId);
        b.HasIndex(x => x.RepaymentId);

        // Only the entries not yet in the ledger day totals: the close marks them, balances add their lines.
        b.HasIndex(x => x.ProgramId, "IX_JournalEntries_Pending").HasFilter("\"TotalsRunId\" IS NULL");
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JournalLineConfiguration : IEntityTypeConfiguration<JournalLine>
{
    public void Configure(EntityTypeBuilder<JournalLine> b)
    {
        b.ToTable("JournalLines");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();

        // Balances and period sums are one index range per program and account.
        b.HasIndex(x => new { x.ProgramId, x.Account, x.EntryDate });
        b.HasIndex(x => x.EntryId);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("IdempotencyRecords");
        b.HasKey(x => new { x.UserId, x.Key });
        b.Property(x => x.Key).HasMaxLength(200);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.RequestHash).HasMaxLength(64);
    }
}
