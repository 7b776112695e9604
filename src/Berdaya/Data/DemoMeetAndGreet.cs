using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's directory (docs/domain.md, Meet and Greet): of the old printed list, only one Citra Sari member ever called another
/// partner: Euis Komariah asked the Opak group how they sold to souvenir shops, in 2007; that connection is recorded as the case
/// tells it. Today most Citra Sari members have agreed, through the facilitator, to be listed (Entin Supartini, who sells half-made
/// emping to a collector, refused); the Opak members are listed for partners and buyers; the officer has endorsed the Opak leader
/// and the Citra Sari chair; a Mekar Sari member's request to the chair and a buyer's enquiry wait for her answer.
/// </summary>
internal sealed class DemoMeetAndGreet(AppDbContext db, DateOnly today)
{
    private static readonly DirectoryField Shown = DirectoryField.Business | DirectoryField.Products | DirectoryField.Village;

    private const string StallPhoto =
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAkElEQVR42u3YsQ2AMAxE0ZuIgv1YlxEoqOghCSRKjrNykgd4lWV/nMcuNTBoKtCyrcmhgnKIXjiMo7SxQNBUmUCgVLHA1Hwxgax5NYGvKZuCgEZrCib8pcmZ5EFMTdJkUGwQX/M0GWSQQXODvKkN6gDyxRjxyPdfFvSVVowNijlGMViJJj3F6CmahV3yDbrNBVFFyXJHJa7OAAAAAElFTkSuQmCC";

    public async Task SeedAsync(Guid programId, string facilitator, string officer, string officerId, CancellationToken ct)
    {
        var at = BusinessCalendar.MorningOf(today.AddDays(-20));
        var members = await db.Groups.Where(g => g.ProgramId == programId && (g.Name == "Citra Sari" || g.Name == "Opak Conggeang" || g.Name == "Mekar Sari"))
            .Join(db.GroupMemberships, g => g.Id, m => m.GroupId, (g, m) => new { Group = g.Name, g.Id, m.PartnerId })
            .Join(db.Partners, x => x.PartnerId, p => p.Id, (x, p) => new { x.Group, GroupId = x.Id, Partner = p })
            .ToListAsync(ct);
        Partner Named(string name) => members.First(m => m.Partner.OwnerName == name).Partner;
        Guid GroupOf(Partner p) => members.First(m => m.Partner.Id == p.Id).GroupId;

        var decidedOn = today.AddDays(-20);
        foreach (var m in members.Where(m => m.Group != "Mekar Sari").OrderBy(m => m.Partner.OwnerName, StringComparer.Ordinal))
        {
            var p = m.Partner;
            if (p.OwnerName == "Entin Supartini")
            {
                Decide(p, GroupOf(p), ConsentDecision.Refused, DirectoryPurpose.None, DirectoryField.None, decidedOn, "Menjual emping setengah jadi ke pengepul; tidak ingin dihubungi.",
                    facilitator, at);
                continue;
            }

            var chair = p.OwnerName is "Eti Rohaeti" or "Titin Suhartini";
            var purposes = m.Group == "Opak Conggeang" || chair ? DirectoryPurpose.Partners | DirectoryPurpose.Buyers : DirectoryPurpose.Partners;
            var fields = Shown | (chair || m.Group == "Opak Conggeang" || p.OwnerName == "Euis Komariah" ? DirectoryField.Contact : DirectoryField.None);
            // The Opak leader shows the photo of her stall (a small picture, as a phone would send it).
            Attachment? photo = null;
            if (p.OwnerName == "Titin Suhartini")
            {
                fields |= DirectoryField.Photo;
                photo = Attachment.Create(DirectoryEntry.PhotoOwnerType, p.Id, "warung-opak-titin.png", Convert.FromBase64String(StallPhoto), facilitator, at, Attachment.PhotoTypes);
                db.Attachments.Add(photo);
            }

            var consent = Decide(p, GroupOf(p), ConsentDecision.Given, purposes, fields, decidedOn, null, facilitator, at);
            var location = await db.PartnerLocations.AsNoTracking().Where(l => l.PartnerId == p.Id).Select(l => new { l.Latitude, l.Longitude }).FirstOrDefaultAsync(ct);
            db.DirectoryEntries.Add(DirectoryEntry.Of(consent, p, location is null ? null : (location.Latitude, location.Longitude), photo?.Id));
        }

        var titin = Named("Titin Suhartini");
        var eti = Named("Eti Rohaeti");
        var euis = Named("Euis Komariah");
        foreach (var (p, text) in new[]
                 {
                     (titin, "Memimpin kelompok Opak Conggeang sampai mandiri; bercerita di seminar motivasi Citra Sari 2011. Terbuka berbagi cara masuk toko oleh-oleh."),
                     (eti, "Ketua Citra Sari: angsuran kelompok selalu sebelum tanggal 5; kemasan plastik 0,10 untuk pasar swalayan."),
                 })
        {
            var e = Endorsement.Write(programId, p.Id, EndorserRole.Officer, text, officerId, officer, today.AddDays(-15));
            db.Endorsements.Add(e);
            db.Timeline.Add(new TimelineEvent(programId, GroupOf(p), p.Id, e.WrittenOn, FivePApproach.Supporting, "directory.endorsed",
                $"{officer} memberi rekomendasi untuk {p.OwnerName}", nameof(Endorsement), e.Id, BusinessCalendar.MorningOf(e.WrittenOn)));
        }

        // Mentors today: the Opak leader and two of her members, and three Citra Sari members who graduated in 2013.
        foreach (var (name, capacity, km, topics) in new (string, int, int, NeedKind[])[]
                 {
                     ("Titin Suhartini", 3, 25, [NeedKind.Marketing, NeedKind.Legality, NeedKind.Production]),
                     ("Asih Sunarsih", 2, 15, [NeedKind.Finance, NeedKind.Marketing]),
                     ("Dadang Kusnadi", 2, 20, [NeedKind.RawMaterial, NeedKind.Production]),
                     ("Eti Rohaeti", 3, 15, [NeedKind.Finance, NeedKind.Marketing, NeedKind.Legality]),
                     ("Nining Kurniasih", 2, 10, [NeedKind.Production, NeedKind.Marketing]),
                     ("Iis Suryani", 2, 10, [NeedKind.Finance, NeedKind.Capital]),
                 })
        {
            var p = Named(name);
            var offer = MentorOffer.Make(programId, p.Id, capacity, km, topics, today.AddDays(-60), facilitator);
            db.MentorOffers.Add(offer);
            db.Timeline.Add(new TimelineEvent(programId, GroupOf(p), p.Id, offer.OfferedOn, FivePApproach.Fostering, "mentor.volunteered",
                $"{p.OwnerName} bersedia menjadi mentor untuk {capacity} mitra", nameof(MentorOffer), offer.Id, BusinessCalendar.MorningOf(offer.OfferedOn)));
        }

        // The one contact the printed list brought (2007): answered the same week.
        var sent = BusinessCalendar.MorningOf(new DateOnly(2007, 3, 12));
        var old = ConnectionRequest.FromPartner(programId, euis.Id, titin.Id,
            "Dari daftar mitra cetak: ingin belajar menjual emping ke toko oleh-oleh seperti opak Conggeang.", facilitator, sent);
        old.Answer(true, facilitator, sent.AddDays(3));
        db.ConnectionRequests.Add(old);
        db.Timeline.Add(new TimelineEvent(programId, GroupOf(euis), euis.Id, new DateOnly(2007, 3, 15), FivePApproach.Supporting, "directory.connection.accepted",
            "Euis Komariah terhubung dengan Titin Suhartini (kelompok Opak) dari daftar mitra cetak", nameof(ConnectionRequest), old.Id, sent.AddDays(3)));

        // The 2011 peer seminar that worked where the list had not: the Opak leader told Citra Sari how her group became independent.
        // Entin Supartini did not come. Titin then sent Euis to the souvenir shop Opak sells through: the one collaboration across groups.
        var heldOn = new DateOnly(2011, 5, 14);
        var citra = members.Where(m => m.Group == "Citra Sari").Select(m => m.Partner).OrderBy(p => p.OwnerName, StringComparer.Ordinal).ToList();
        var seminar = Meeting.Record(programId, null, null, MeetingKind.Group, heldOn, null, "Balai Desa Narimbang",
            "Cerita kelompok Opak Conggeang sampai mandiri: masuk toko oleh-oleh, kemasan berlabel, angsuran kelompok sebelum tanggal 5",
            "Citra Sari mencoba kemasan berlabel untuk toko oleh-oleh; Bu Titin bersedia mengenalkan toko langganan Opak.",
            [(titin.Id, AttendeeRole.Speaker, true), .. citra.Select(p => (p.Id, AttendeeRole.Participant, p.OwnerName != "Entin Supartini"))],
            today, facilitator, BusinessCalendar.MorningOf(heldOn));
        db.Meetings.Add(seminar);
        foreach (var a in seminar.Attendees.Where(a => a.Came))
        {
            db.Timeline.Add(new TimelineEvent(programId, GroupOf(members.First(m => m.Partner.Id == a.PartnerId).Partner), a.PartnerId, heldOn, FivePApproach.Fostering,
                "meeting.held", "Seminar temu mitra: Titin Suhartini (Opak Conggeang) berbagi pengalaman di Balai Desa Narimbang", nameof(Meeting), seminar.Id,
                BusinessCalendar.MorningOf(heldOn)));
        }

        db.FollowUps.Add(FollowUp.ForMeeting(programId, seminar.Id, euis.Id, GroupOf(euis), "Bawa contoh emping berlabel ke toko oleh-oleh yang dikenalkan Bu Titin",
            FollowUpOwner.Partner(euis.Id), heldOn, heldOn.AddDays(14)));
        var referral = Collaboration.Make(seminar, CollaborationKind.BuyerReferral, euis.Id, titin.Id,
            "Bu Titin mengenalkan Euis ke Toko Oleh-oleh Tampomas; emping Citra Sari dititipkan di sana setiap dua minggu.", heldOn.AddDays(10), facilitator,
            BusinessCalendar.MorningOf(heldOn.AddDays(10)));
        db.Collaborations.Add(referral);
        foreach (var (p, other) in new[] { (euis, titin), (titin, euis) })
        {
            db.Timeline.Add(new TimelineEvent(programId, GroupOf(p), p.Id, referral.StartedOn, FivePApproach.Supporting, "collaboration.started",
                $"Kerja sama dengan {other.OwnerName} dari temu mitra: {referral.What}", nameof(Collaboration), referral.Id, referral.RecordedAt));
        }

        // Waiting for the chair: a Mekar Sari member's request and a buyer's enquiry.
        var mekar = members.Where(m => m.Group == "Mekar Sari").Select(m => m.Partner).OrderBy(p => p.OwnerName, StringComparer.Ordinal).First();
        db.ConnectionRequests.Add(ConnectionRequest.FromPartner(programId, mekar.Id, eti.Id,
            "Kami kelompok keripik singkong Mekar Sari; ingin belajar menata angsuran dan kemasan untuk pasar swalayan.", facilitator, at.AddDays(5)));
        db.ConnectionRequests.Add(ConnectionRequest.FromBuyer(programId, eti.Id, "Toko Oleh-oleh Tampomas", "022-7891234",
            "Kami mencari emping balado ukuran kecil 50 bungkus per minggu untuk toko di Sumedang kota.", at.AddDays(8)));
        await db.SaveChangesAsync(ct);
    }

    private DirectoryConsent Decide(Partner p, Guid groupId, ConsentDecision decision, DirectoryPurpose purposes, DirectoryField fields, DateOnly on, string? note,
        string facilitator, DateTimeOffset at)
    {
        var c = DirectoryConsent.Make(p.ProgramId, p.Id, decision, purposes, fields, ConsentWay.InPerson, on, note, false, today, facilitator, at);
        db.DirectoryConsents.Add(c);
        db.Timeline.Add(new TimelineEvent(p.ProgramId, groupId, p.Id, on, FivePApproach.Supporting, "directory.consent." + decision.ToString().ToLowerInvariant(),
            decision == ConsentDecision.Given ? $"{p.OwnerName} setuju tampil di direktori mitra" : $"{p.OwnerName} tidak bersedia tampil di direktori mitra",
            nameof(DirectoryConsent), c.Id, at));
        return c;
    }
}
