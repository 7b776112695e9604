using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Timeline;

namespace Berdaya.Data;

/// <summary>
/// The demo's legality milestones (docs/domain.md, Legality milestones): after the product legality seminar,
/// Eti Rohaeti, Nining Kurniasih and Iis Suryani hold the food-safety certificate, a PIRT and a Halal
/// certificate; others have only a brand label (a trademark applied for, or nothing yet); several hold a NIB.
/// Dates are counted back from today, so that whenever the demo starts Eti's PIRT expires within 90 days,
/// Iis's has expired, and Nining's trademark is in its renewal window.
/// </summary>
internal sealed class DemoLegality(AppDbContext db, DateOnly today, DateTimeOffset now, string officerId)
{
    private const string Pirt = "Dinas Kesehatan Kabupaten Sumedang";
    private const string Halal = "BPJPH/MUI";
    private const string Djki = "DJKI";
    private const string Oss = "OSS";

    /// <summary>A one-page PDF standing in for a scanned certificate.</summary>
    private static readonly byte[] ScannedPdf = "%PDF-1.4\n% Sertifikat (demo)\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();

    public void CitraSari(PartnershipProgram program, PartnerGroup group, IReadOnlyList<Partner> members)
    {
        Partner Member(string name) => members.Single(m => m.OwnerName == name);
        var seminar = DemoTrainings.FoodSafetyOn;

        // The three who followed the food-safety extension, then applied for PIRT and Halal.
        var certified = new[] { "Eti Rohaeti", "Nining Kurniasih", "Iis Suryani" };
        foreach (var name in certified)
        {
            var p = Member(name);
            var certificate = Grant(program, group, p, LegalityKind.FoodSafetyCertificate, null, seminar.AddMonths(-1), seminar, Pirt, hasFoodSafety: true);
            Document(certificate, $"sertifikat-pkp-{name.Split(' ')[0].ToLowerInvariant()}.pdf");
            Grant(program, group, p, LegalityKind.Halal, $"ID32110000{Serial(p)}0{seminar.Year % 100:00}", seminar.AddMonths(2), seminar.AddMonths(6), Halal, true);
        }

        // Eti's PIRT expires within 90 days of today; Nining's is recent; Iis's lapsed three months ago.
        var eti = Member("Eti Rohaeti");
        var etiPirt = Grant(program, group, eti, LegalityKind.Pirt, PirtNumber(eti, 1), today.AddMonths(-59), today.AddMonths(-58), Pirt, true);
        Document(etiPirt, "spp-irt-eti.pdf");
        var nining = Member("Nining Kurniasih");
        Grant(program, group, nining, LegalityKind.Pirt, PirtNumber(nining, 2), today.AddMonths(-25), today.AddMonths(-24), Pirt, true);
        var iis = Member("Iis Suryani");
        Grant(program, group, iis, LegalityKind.Pirt, PirtNumber(iis, 3), today.AddMonths(-64), today.AddMonths(-63), Pirt, true);

        // Nining's brand "Emping Nining" filed 9 years 8 months ago: its renewal window is open.
        Grant(program, group, nining, LegalityKind.Trademark, "IDM000" + Serial(nining) + "77", today.AddMonths(-116), today.AddMonths(-100), Djki, true);

        // Brand labels only: a trademark applied for, or being prepared.
        Enter(program, group, Member("Euis Komariah"), LegalityKind.Trademark, new LegalityEntry(LegalityState.Applied, null, today.AddMonths(-5), IssuingOffice: Djki));
        Enter(program, group, Member("Cucu Sukmawati"), LegalityKind.Trademark, new LegalityEntry(LegalityState.Applied, null, today.AddMonths(-2), IssuingOffice: Djki));
        Enter(program, group, Member("Oom Rohimah"), LegalityKind.Trademark, new LegalityEntry(LegalityState.Preparing, IssuingOffice: Djki));

        // NIBs from the OSS system, free and without expiry.
        foreach (var name in new[] { "Eti Rohaeti", "Nining Kurniasih", "Iis Suryani", "Cucu Sukmawati", "Ujang Sopandi" })
        {
            var p = Member(name);
            Grant(program, group, p, LegalityKind.Nib, "9120" + Serial(p) + "00123", null, today.AddMonths(-30), Oss, true);
        }

        // An individual's NPWP is the NIK.
        Grant(program, group, eti, LegalityKind.Npwp, eti.Nik, null, today.AddYears(-2), "KPP Pratama Sumedang", true);
    }

    private static string Serial(Partner p) => p.Nik[^4..];

    private static string PirtNumber(Partner p, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"20632110{Serial(p)}{n:0}{p.BirthDate.Year % 100:00}");

    private LegalityItem Grant(PartnershipProgram program, PartnerGroup group, Partner p, LegalityKind kind, string? number, DateOnly? appliedOn, DateOnly grantedOn,
        string office, bool hasFoodSafety) =>
        Enter(program, group, p, kind, new LegalityEntry(LegalityState.Granted, number, appliedOn, grantedOn, null, office), hasFoodSafety);

    private LegalityItem Enter(PartnershipProgram program, PartnerGroup group, Partner p, LegalityKind kind, LegalityEntry entry, bool hasFoodSafety = false)
    {
        var item = new LegalityItem(program.Id, p.Id, kind, now);
        var change = item.Record(entry, p.Nik, hasFoodSafety, today, officerId, now);
        db.LegalityItems.Add(item);
        db.LegalityChanges.Add(change);
        var summary = $"{p.OwnerName}: {Name(kind)} {(entry.State == LegalityState.Granted ? "terbit" : entry.State == LegalityState.Applied ? "diajukan" : "persiapan")}";
        db.Timeline.Add(new TimelineEvent(program.Id, group.Id, p.Id, change.OccurredOn, FivePApproach.Empowering,
            "legality." + entry.State.ToString().ToLowerInvariant(), summary, nameof(LegalityItem), item.Id, now));
        return item;
    }

    private void Document(LegalityItem item, string fileName)
    {
        var file = Attachment.Create("LegalityItem", item.Id, fileName, ScannedPdf, officerId, now, Attachment.DocumentTypes);
        db.Attachments.Add(file);
        db.LegalityChanges.Add(item.AttachDocument(file.Id, today, officerId, now));
    }

    private static string Name(LegalityKind kind) => kind switch
    {
        LegalityKind.Nib => "NIB",
        LegalityKind.Pirt => "PIRT (SPP-IRT)",
        LegalityKind.Halal => "sertifikat halal",
        LegalityKind.Trademark => "merek",
        LegalityKind.Npwp => "NPWP",
        _ => "sertifikat penyuluhan keamanan pangan",
    };
}
