using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

internal sealed class DirectoryConsentConfiguration : IEntityTypeConfiguration<DirectoryConsent>
{
    public void Configure(EntityTypeBuilder<DirectoryConsent> b)
    {
        b.ToTable("DirectoryConsents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Note).HasMaxLength(DirectoryConsent.MaxNote);
        b.Property(x => x.RecordedBy).HasMaxLength(256);

        // A partner's decisions, newest first: the latest is in force.
        b.HasIndex(x => new { x.PartnerId, x.RecordedAt });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectoryEntryConfiguration : IEntityTypeConfiguration<DirectoryEntry>
{
    public void Configure(EntityTypeBuilder<DirectoryEntry> b)
    {
        b.ToTable("DirectoryEntries");
        b.HasKey(x => x.PartnerId);
        b.Property(x => x.OwnerName).HasMaxLength(150);
        b.Property(x => x.BusinessName).HasMaxLength(150);
        b.Property(x => x.Sector).HasMaxLength(100);
        b.Property(x => x.Products).HasMaxLength(500);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.DistrictCode).HasMaxLength(8);

        // The search pages a program's entries by name, optionally within a district or village (a range on the code):
        // each listing is a walk of one of these indexes (docs/performance.md, Meet and Greet).
        // The keys of a page are read from the index alone (its purposes included), then only the page's entries (decision 0032).
        b.HasIndex(x => new { x.ProgramId, x.OwnerName, x.PartnerId, x.Purposes });
        b.HasIndex(x => new { x.ProgramId, x.VillageCode, x.OwnerName });
        b.HasIndex(x => new { x.ProgramId, x.Sector, x.OwnerName });

        // The search by distance reads the box around the reader as a range on this index and sorts the few entries inside it.
        b.HasIndex(x => new { x.ProgramId, x.Latitude, x.Longitude, x.OwnerName, x.PartnerId, x.Purposes });
        b.HasMany(x => x.Words).WithOne().HasForeignKey(w => w.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Words).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Partner>().WithOne().HasForeignKey<DirectoryEntry>(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DirectoryConsent>().WithMany().HasForeignKey(x => x.ConsentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectoryWordConfiguration : IEntityTypeConfiguration<DirectoryWord>
{
    public void Configure(EntityTypeBuilder<DirectoryWord> b)
    {
        b.ToTable("DirectoryWords");
        b.HasKey(x => new { x.PartnerId, x.Word });
        b.Property(x => x.Word).HasMaxLength(SearchWords.MaxLength);

        b.Property(x => x.OwnerName).HasMaxLength(150);

        // A prefix is a range on this index, as in the partner search; one word's partners are in name order on it, with the program
        // and purposes a search filters by, so a page is read from the index alone (decision 0032).
        b.HasIndex(x => new { x.Word, x.OwnerName, x.PartnerId, x.ProgramId, x.Purposes });
    }
}

internal sealed class ConnectionRequestConfiguration : IEntityTypeConfiguration<ConnectionRequest>
{
    public void Configure(EntityTypeBuilder<ConnectionRequest> b)
    {
        b.ToTable("ConnectionRequests");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Message).HasMaxLength(ConnectionRequest.MaxMessage);
        b.Property(x => x.BuyerName).HasMaxLength(ConnectionRequest.MaxBuyerName);
        b.Property(x => x.BuyerContact).HasMaxLength(ConnectionRequest.MaxBuyerContact);
        b.Property(x => x.SentBy).HasMaxLength(256);
        b.Property(x => x.AnsweredBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ToPartnerId, x.State, x.SentAt });
        b.HasIndex(x => new { x.FromPartnerId, x.SentAt });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.ToPartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.FromPartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EndorsementConfiguration : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> b)
    {
        b.ToTable("Endorsements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(Endorsement.MaxText);
        b.Property(x => x.WrittenBy).HasMaxLength(256);
        b.Property(x => x.WriterName).HasMaxLength(100);
        b.HasIndex(x => new { x.PartnerId, x.WrittenOn });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentorOfferConfiguration : IEntityTypeConfiguration<MentorOffer>
{
    public void Configure(EntityTypeBuilder<MentorOffer> b)
    {
        b.ToTable("MentorOffers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.ProgramId, x.WithdrawnAt });
        b.HasIndex(x => x.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MatchingRoundConfiguration : IEntityTypeConfiguration<MatchingRound>
{
    public void Configure(EntityTypeBuilder<MatchingRound> b)
    {
        b.ToTable("MatchingRounds");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(MatchingRound.MaxName);
        b.Property(x => x.RegionCode).HasMaxLength(13);
        b.Property(x => x.StartedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Weights);
        b.Ignore(x => x.Seminars);
        b.Property(x => x.SeminarsJson).HasMaxLength(MatchingRound.MaxSeminarsJson);
        b.HasIndex(x => new { x.ProgramId, x.StartedOn });
        b.HasMany(x => x.Pairs).WithOne().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Pairs).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoundPairConfiguration : IEntityTypeConfiguration<RoundPair>
{
    public void Configure(EntityTypeBuilder<RoundPair> b)
    {
        b.ToTable("RoundPairs");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reasons).HasMaxLength(RoundPair.MaxReasons);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.MenteePartnerId, x.State });
        b.HasIndex(x => new { x.MentorPartnerId, x.State });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.MentorPartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.MenteePartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("Meetings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Place).HasMaxLength(Meeting.MaxPlace);
        b.Property(x => x.Topics).HasMaxLength(Meeting.MaxTopics);
        b.Property(x => x.Agreed).HasMaxLength(Meeting.MaxAgreed);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.RoundId, x.HeldOn });
        b.HasIndex(x => new { x.ProgramId, x.HeldOn });
        b.HasIndex(x => x.PairId);
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<PartnershipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MatchingRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RoundPair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> b)
    {
        b.ToTable("MeetingAttendees");
        b.HasKey(x => new { x.MeetingId, x.PartnerId });

        // A partner's meetings, for their mentoring page and the round's outcomes.
        b.HasIndex(x => new { x.PartnerId, x.Came });
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConfidenceRatingConfiguration : IEntityTypeConfiguration<ConfidenceRating>
{
    public void Configure(EntityTypeBuilder<ConfidenceRating> b)
    {
        b.ToTable("ConfidenceRatings", t => t.HasCheckConstraint("CK_ConfidenceRatings_Range",
            "\"Grow\" BETWEEN 1 AND 5 AND \"Reach\" BETWEEN 1 AND 5 AND \"Help\" BETWEEN 1 AND 5 AND \"Repay\" BETWEEN 1 AND 5"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.Ignore(x => x.Average);

        // One rating per mentee, round and moment: a second is a conflict.
        b.HasIndex(x => new { x.RoundId, x.PartnerId, x.Moment }).IsUnique();
        b.HasOne<MatchingRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CollaborationConfiguration : IEntityTypeConfiguration<Collaboration>
{
    public void Configure(EntityTypeBuilder<Collaboration> b)
    {
        b.ToTable("Collaborations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.What).HasMaxLength(Collaboration.MaxWhat);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => x.PartnerId);
        b.HasIndex(x => x.OtherPartnerId);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.OtherPartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Markets.SupplyOrder>().WithMany().HasForeignKey(x => x.SupplyOrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
