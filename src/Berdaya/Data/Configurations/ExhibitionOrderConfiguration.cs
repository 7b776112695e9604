using Berdaya.Domain.Exhibitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class ExhibitionOrderConfiguration : IEntityTypeConfiguration<ExhibitionOrder>
{
    public void Configure(EntityTypeBuilder<ExhibitionOrder> b)
    {
        b.ToTable("ExhibitionOrders");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Buyer).HasMaxLength(ExhibitionOrder.NameMax);
        b.Property(x => x.Contact).HasMaxLength(ExhibitionOrder.ContactMax);
        b.Property(x => x.What).HasMaxLength(ExhibitionOrder.WhatMax);
        b.HasIndex(x => x.InvitationId);
    }
}
