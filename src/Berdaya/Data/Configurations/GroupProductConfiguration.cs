using Berdaya.Domain.Groups;
using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class GroupProductConfiguration : IEntityTypeConfiguration<GroupProduct>
{
    public void Configure(EntityTypeBuilder<GroupProduct> b)
    {
        b.ToTable("GroupProducts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(GroupProduct.NameMax);
        b.Property(x => x.CreatedBy).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.GroupId, x.Name }).IsUnique();
        b.HasOne<PartnerGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
