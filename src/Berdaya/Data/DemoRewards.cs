using Berdaya.Domain.Common;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Rewards;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's rewards (docs/domain.md, Rewards): "Tepat waktu 12 bulan (bayar sebelum tanggal 5)" giving shirts and
/// caps with the Telkom logo, and the same record giving an invitation to the exhibition, both judged on 31 December
/// 2007 and issued in January 2008 to the Citra Sari members who qualify (Entin paid January 2007 late and Ujang
/// April 2007, so they do not); a group rule with a certificate, not issued.
/// </summary>
internal sealed class DemoRewards(AppDbContext db)
{
    private static readonly DateOnly AsOf = new(2007, 12, 31);
    private static readonly DateOnly IssuedOn = new(2008, 1, 15);
    private static readonly DateTimeOffset At = new(2008, 1, 15, 3, 0, 0, TimeSpan.Zero);

    public async Task SeedAsync(CancellationToken ct)
    {
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync(ct);
        var officer = await db.Users.Where(u => u.Email == "officer@demo.berdaya.id").Select(u => u.Id).SingleAsync(ct);
        var group = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync(ct);
        const string Name = "Tepat waktu 12 bulan (bayar sebelum tanggal 5)";
        var shirts = RewardRule.Create(program, Name, RewardScope.Partner, 12, RewardKind.Merchandise, "Kaos dan topi berlogo Telkom", null, officer, At);
        var invitation = RewardRule.Create(program, Name + " – undangan pameran", RewardScope.Partner, 12, RewardKind.ExhibitionInvitation,
            "Pameran produk mitra binaan Telkom, Bandung", null, officer, At);
        var groupRule = RewardRule.Create(program, "Kelompok tepat waktu 6 bulan", RewardScope.Group, 6, RewardKind.Certificate, null, null, officer, At);
        db.RewardRules.AddRange(shirts, invitation, groupRule);

        var loans = await db.Loans.AsNoTracking().Include(l => l.Installments).Where(l => l.GroupId == group).ToListAsync(ct);
        var ids = loans.Select(l => l.PartnerId).ToList();
        var names = await db.Partners.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        foreach (var byPartner in loans.GroupBy(l => l.PartnerId).OrderBy(g => names[g.Key], StringComparer.Ordinal))
        {
            var record = byPartner.SelectMany(l => OnTime.Months(l, AsOf)).Select(m => new PaidInstallment(names[byPartner.Key], m.Month, m.DueDate, m.PaidOffOn));
            if (!Qualification.Judge(record, AsOf, 12, false).Qualifies)
            {
                continue;
            }

            foreach (var (rule, what) in new[] { (shirts, "kaos dan topi berlogo Telkom"), (invitation, "undangan pameran produk mitra binaan") })
            {
                var issue = new RewardIssue(rule, byPartner.Key, group, AsOf, IssuedOn, $"{rule.Name}: semua angsuran 2007-01 s.d. 2007-12 dibayar tepat waktu",
                    officer, At);
                db.RewardIssues.Add(issue);
                db.Timeline.Add(new TimelineEvent(program, group, byPartner.Key, IssuedOn, FivePApproach.Supporting, "reward.issued",
                    $"{names[byPartner.Key]} menerima {what} ({rule.Name})", nameof(RewardIssue), issue.Id, At));
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
