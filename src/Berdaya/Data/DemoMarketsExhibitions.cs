using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Rewards;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's exhibitions (docs/domain.md, Exhibitions): every quarter from late 2006 to mid 2012, at Telkom's offices in
/// Bandung and Jakarta and the regional fair at Gedung Siliwangi, Bandung, with the Citra Sari members who paid every
/// installment before the 5th invited (the program then asked for 6 months on time), their sales there and a few orders;
/// each cost posted to the fund as a coaching grant. Present day: an exhibition in a month's time for which Mekar Sari's
/// members who pay on time are eligible and those in arrears are not, with the reasons on its page.
/// </summary>
internal sealed class DemoMarketsExhibitions(AppDbContext db, DateOnly today)
{
    private const int DemoMonths = 6;

    private static DateTimeOffset At(DateOnly on) => new(on.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);

    public async Task SeedAsync(CancellationToken ct)
    {
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync(ct);
        if (await db.Exhibitions.AnyAsync(x => x.ProgramId == program, ct))
        {
            return;
        }

        var officer = await db.Users.Where(u => u.Email == "officer@demo.berdaya.id").Select(u => u.Id).SingleAsync(ct);
        var citra = await db.Groups.Where(g => g.Name == "Citra Sari" && g.ProgramId == program).Select(g => g.Id).SingleAsync(ct);
        var loans = await db.Loans.AsNoTracking().Include(l => l.Installments).Where(l => l.GroupId == citra).ToListAsync(ct);
        var ids = loans.Select(l => l.PartnerId).Distinct().ToList();
        var names = await db.Partners.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);

        var sequence = 0;
        for (var start = new DateOnly(2006, 10, 10); start < new DateOnly(2012, 7, 1); start = start.AddMonths(3))
        {
            sequence++;
            var (name, category, place, organiser, cost, places) = (start.Month switch
            {
                1 => ("Pameran Produk Mitra Binaan Telkom", ExhibitionCategory.Local, "Gedung Telkom Japati, Bandung", "CDC Telkom Bandung", 1_500_000m, 4),
                4 => ("Bazar Mitra Binaan Telkom", ExhibitionCategory.Local, "Kantor Pusat Telkom, Jakarta", "CDC Telkom Jakarta", 2_500_000m, 3),
                7 => ("Pameran UKM Jawa Barat", ExhibitionCategory.Regional, "Gedung Siliwangi, Bandung", "Dinas KUKM Jawa Barat", 3_000_000m, 5),
                _ => ("Pameran Produk Mitra Binaan Telkom", ExhibitionCategory.Local, "Gedung Telkom Japati, Bandung", "CDC Telkom Bandung", 1_500_000m, 4),
            });
            var x = Exhibition.Create(program, $"{name} {start.Year}", category, organiser, place, start, start.AddDays(2), places, cost, DemoMonths, officer,
                At(start.AddDays(-30)));
            var asOf = x.JudgedOn(today);
            var ranked = Eligibility.Rank(
                    ids.Select(p => (Partner: p, Verdict: Eligibility.Judge(Record(loans, p, names[p], asOf), asOf, DemoMonths, null))),
                    c => c.Verdict, _ => null, c => names[c.Partner])
                .Where(c => c.Verdict.Eligible).Take(places).ToList();
            foreach (var (partner, verdict) in ranked)
            {
                var invitation = x.Invite(partner, true, $"{verdict.Streak} angsuran berturut-turut tepat waktu", null, officer, At(start.AddDays(-21)));
                x.Respond(invitation, true, At(start.AddDays(-14)));
                db.Timeline.Add(new TimelineEvent(program, citra, partner, start.AddDays(-21), FivePApproach.Supporting, "exhibition.invited",
                    $"{names[partner]} diundang ke pameran {x.Name}", nameof(ExhibitionInvitation), invitation.Id, At(start.AddDays(-21))));
            }

            x.RecordAttendance(x.Invitations.Select(i => i.PartnerId).ToHashSet(), start);
            var end = x.EndsOn;
            foreach (var (invitation, k) in x.Invitations.Select((i, k) => (i, k)))
            {
                var sales = 250_000m + (50_000m * ((sequence + k) % 7));
                IReadOnlyList<(string?, string?, string?, DateOnly?)> orders = k == 0 && category == ExhibitionCategory.Regional
                    ? [("Toko Oleh-oleh Kartika, Bandung", "022-7201234", "Emping original 20 kg per bulan", end.AddDays(14))]
                    : k == 0 && sequence % 4 == 2
                        ? [("Koperasi Karyawan Telkom", "021-5215111", "Emping balado 50 bungkus untuk hantaran", end.AddDays(7))]
                        : [];
                invitation.RecordResults(sales, orders, end);
                db.Timeline.Add(new TimelineEvent(program, citra, invitation.PartnerId, start, FivePApproach.Protecting, "exhibition.attended",
                    $"{names[invitation.PartnerId]} ikut pameran {x.Name} di {x.Place}", nameof(Exhibition), x.Id, At(end)));
            }

            var entry = JournalEntry.ForFundMovement(program, end, EntryKind.CoachingGrant, cost,
                $"Pameran {x.Name}, {x.Place} ({start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})", officer, At(end));
            db.JournalEntries.Add(entry);
            x.CostPosted(entry.Id);
            db.Exhibitions.Add(x);
        }

        // Present day: an exhibition a month ahead; Mekar Sari's members in arrears are not eligible, with the reason shown.
        var upcoming = Exhibition.Create(program, $"Pameran Produk Mitra Binaan Telkom {today.Year}", ExhibitionCategory.Local, "CDC Telkom Bandung",
            "Gedung Telkom Japati, Bandung", today.AddDays(30), today.AddDays(32), 6, 2_000_000m, DemoMonths, officer, At(today.AddDays(-1)));
        db.Exhibitions.Add(upcoming);
        await db.SaveChangesAsync(ct);
    }

    private static List<PaidInstallment> Record(List<Domain.Loans.Loan> loans, Guid partner, string name, DateOnly asOf) =>
        loans.Where(l => l.PartnerId == partner).SelectMany(l => OnTime.Months(l, asOf))
            .Select(m => new PaidInstallment(name, m.Month, m.DueDate, m.PaidOffOn)).ToList();
}
