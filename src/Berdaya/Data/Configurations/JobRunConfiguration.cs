using Berdaya.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("JobRuns");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Job).HasMaxLength(JobRun.NameLength);
        b.Property(x => x.Node).HasMaxLength(JobRun.NodeLength);
        b.Property(x => x.Summary).HasMaxLength(JobRun.SummaryLength);
        b.HasIndex(x => new { x.Job, x.BusinessDate, x.Outcome });
        b.HasIndex(x => x.StartedAt);
    }
}
