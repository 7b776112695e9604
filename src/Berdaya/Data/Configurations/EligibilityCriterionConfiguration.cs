using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class EligibilityCriterionConfiguration : IEntityTypeConfiguration<EligibilityCriterion>
{
    public void Configure(EntityTypeBuilder<EligibilityCriterion> b)
    {
        b.ToTable("EligibilityCriteria");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}
