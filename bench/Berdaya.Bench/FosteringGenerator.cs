using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Regions;
using Berdaya.Domain.Surveys;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// A program fostered for years (docs/domain.md, Quarterly reports; decision 0024): N partners in groups of 10 in the villages of
/// West, Central and East Java, each with Q consecutive quarters of reports up to the quarter just ended, and 200 facilitators
/// who own the villages (so a decline's visit has its village's facilitator as owner). Each partner's registered business
/// figures are the baseline; the reports go on from them with a growth of their own, a season for melinjo businesses, noise,
/// one-off shocks in earlier quarters and, in the last quarter, a fall beyond the threshold for about 3.5% of partners. One
/// report in a hundred is corrected (a second version; the first is no longer current). The generator counts the last
/// quarter's declines with the domain's own rule, for the decline check to be compared with.
/// With <c>--with-loans</c> each partner also has what the impact counts (docs/domain.md, Impact; decision 0030): one loan of
/// a bench product, from a decided proposal of their group, and the survey before it, whose baseline is the partner's
/// registered figures (<see cref="Partner.Figures"/>, as the app takes it). A group's loans are disbursed within two weeks of
/// its decision, on a day of 2019–2024 (the group formed before its proposal), each surveyed a few weeks before; about 4% are
/// repaid in full since and 1% written off, the rest still active. Those loans carry no schedule, repayments, ledger entries or
/// on-time records: the impact reads only a loan's partner, disbursement date and status, so a database made with loans serves
/// the impact benchmark and not the lending ones (a daily close would find loans without installments). The loans draw on a
/// random stream of their own, so the partners' figures and reports are the same with or without them (only a group that
/// borrowed early was formed earlier).
/// </summary>
public static class FosteringGenerator
{
    public const string ProgramCode = "BENCH-FOS";
    public const string FacilitatorPassword = "Bench#2026";
    private const int Chunk = 20_000;
    private const int Facilitators = 200;
    private const string ProductCode = "BENCH-FOS-6";
    private static readonly DateOnly LoansFrom = new(2019, 1, 1);
    private static readonly DateOnly LoansTo = new(2024, 12, 31);

    /// <summary>The facilitator the sync benchmark logs in as: facilitator 0, the only one with a password.</summary>
    public static string FacilitatorEmail(int i) => $"bench.fasilitator.{i:000}@berdaya.id";

    public static async Task RunAsync(Options o)
    {
        var watch = Stopwatch.StartNew();
        await LoanGenerator.PrepareDatabaseAsync(o);
        var today = TimeProvider.System.Today();
        var last = Quarter.Of(today).Previous;
        var first = Quarter.FromIndex(last.Index - o.Quarters + 1);
        Guid program;
        List<string> villages;
        Dictionary<Type, Table> tables;
        string[] facilitatorIds;
        string adminId;
        LoanProduct? product = null;
        await using (var app = o.App())
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            adminId = await LoanGenerator.AdminAsync(scope.ServiceProvider);
            var p = new PartnershipProgram(ProgramCode, "Program Kemitraan Bench Pembinaan", "BUMN Bench", "Unit TJSL", EligibilityRegime.Regime2015, 5, 20,
                50_000_000m, "32");
            db.Programs.Add(p);
            db.FosteringSettings.Add(new FosteringSettings(p.Id, FosteringSettings.DefaultDueDays, Decline.DefaultPercent));
            await db.SaveChangesAsync();
            program = p.Id;
            villages = await db.Regions.Where(r => r.Level == RegionLevel.Village && (r.Code.StartsWith("32.") || r.Code.StartsWith("33.") || r.Code.StartsWith("35.")))
                .OrderBy(r => r.Code).Select(r => r.Code).ToListAsync();

            // The field team: each village has one facilitator (village i belongs to facilitator i mod 200).
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            facilitatorIds = new string[Facilitators];
            for (var i = 0; i < Facilitators; i++)
            {
                var user = new AppUser
                {
                    UserName = FacilitatorEmail(i),
                    Email = FacilitatorEmail(i),
                    DisplayName = "Pendamping Bench " + i.ToString("000", CultureInfo.InvariantCulture),
                    EmailConfirmed = true,
                    CreatedAt = DateTimeOffset.UtcNow,
                };
                var created = i == 0 ? await users.CreateAsync(user, FacilitatorPassword) : await users.CreateAsync(user);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }

                await users.AddToRoleAsync(user, Roles.Facilitator);
                facilitatorIds[i] = user.Id;
                db.UserPrograms.Add(new UserProgram { UserId = user.Id, ProgramId = program });
            }

            for (var v = 0; v < villages.Count; v++)
            {
                db.UserVillages.Add(new UserVillage { UserId = facilitatorIds[v % Facilitators], VillageCode = villages[v] });
            }

            if (o.WithLoans)
            {
                product = new LoanProduct(program, ProductCode, "Pinjaman kemitraan bench 6%", LoanRegime.Legacy, FeeMethod.Flat, 6m, 250_000_000m, 36, 0,
                    GraceKind.FeeOnly, 20, false, LoansFrom, adminId, DateTimeOffset.UtcNow);
                db.LoanProducts.Add(product);
            }

            await db.SaveChangesAsync();
            Type[] loaded = o.WithLoans
                ? [typeof(Partner), typeof(PartnerGroup), typeof(GroupMembership), typeof(QuarterlyReport), typeof(Proposal), typeof(ProposalItem),
                    typeof(MemberSurvey), typeof(Loan)]
                : [typeof(Partner), typeof(PartnerGroup), typeof(GroupMembership), typeof(QuarterlyReport)];
            tables = loaded.ToDictionary(t => t, t => Table.Of(db, t));
        }

        Console.WriteLine($"database ready in {watch.Elapsed.TotalSeconds:F1} s: program {ProgramCode}, {villages.Count} villages, {Facilitators} facilitators; " +
                          $"quarters {first} to {last}");
        var rng = new Random(o.Seed);
        var lending = new Random(o.Seed + 1);
        var stats = new Stats();
        await using (var writer = await BulkWriter.OpenAsync(o))
        {
            await writer.SuspendIndexesAsync(tables.Values);
            for (var start = 0; start < o.Partners; start += Chunk)
            {
                var rows = tables.Values.ToDictionary(x => x, _ => new List<object?[]>());
                var count = Math.Min(Chunk, o.Partners - start);
                for (var g = 0; g < count; g += 10)
                {
                    Group(start + g, Math.Min(10, count - g), rows);
                }

                var made = watch.Elapsed;
                foreach (var (table, list) in rows)
                {
                    await writer.WriteAsync(table, list);
                }

                Console.WriteLine($"{start + count} partners, {stats.Reports} reports ({watch.Elapsed.TotalSeconds:F0} s, of which writing {(watch.Elapsed - made).TotalSeconds:F1} s)");
            }

            Console.WriteLine($"restoring indexes ({watch.Elapsed.TotalSeconds:F0} s)");
            await writer.RestoreIndexesAsync();
            Console.WriteLine($"analysing ({watch.Elapsed.TotalSeconds:F0} s)");
            await writer.FinishAsync();
        }

        Console.WriteLine($"reports: {stats.Reports} rows ({stats.Corrections} corrections); last quarter {last}: {stats.Declines} partners declined beyond " +
                          $"{Decline.DefaultPercent}% ({stats.Declines * 100.0 / Math.Max(1, o.Partners):F2}%), {stats.Shocked} given a shock; " +
                          $"falls by figure and basis: {string.Join(", ", stats.Falls.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))}");
        if (o.WithLoans)
        {
            Console.WriteLine($"loans: {stats.Loans} (with as many surveys carrying a baseline), {stats.Repaid} repaid ({stats.Repaid * 100.0 / Math.Max(1, stats.Loans):F2}%), " +
                              $"{stats.WrittenOff} written off ({stats.WrittenOff * 100.0 / Math.Max(1, stats.Loans):F2}%); by year of disbursement: " +
                              string.Join(", ", stats.LoanYears.OrderBy(y => y.Key).Select(y => $"{y.Key} {y.Value}")));
        }

        Console.WriteLine($"generated {o.Partners} partners with {o.Quarters} quarters of reports in {watch.Elapsed.TotalSeconds:F1} s");

        void Group(int firstPartner, int size, Dictionary<Table, List<object?[]>> rows)
        {
            var now = DateTimeOffset.UtcNow;
            var v = rng.Next(villages.Count);
            var village = villages[v];
            var owner = facilitatorIds[v % Facilitators];
            var formed = first.First.AddDays(-200 - rng.Next(1500));

            // With loans: the group's proposal is decided on a day of 2019–2024; a group that borrowed early was formed before its proposal.
            DateOnly? decided = null;
            if (product is not null)
            {
                var to = today.AddDays(-30) < LoansTo.AddDays(-14) ? today.AddDays(-30) : LoansTo.AddDays(-14);
                decided = LoansFrom.AddDays(lending.Next(Math.Max(1, to.DayNumber - LoansFrom.DayNumber + 1)));
                var before = decided.Value.AddDays(-75 - lending.Next(300));
                formed = before < formed ? before : formed;
            }

            var groupId = Guid.CreateVersion7();
            var groups = tables[typeof(PartnerGroup)];
            var members = new List<Partner>(size);
            rows[groups].Add(groups.Row(new Dictionary<string, object?>
            {
                ["Id"] = groupId,
                ["ProgramId"] = program,
                ["Name"] = "Kelompok Binaan " + (firstPartner / 10 + 1).ToString(CultureInfo.InvariantCulture),
                ["FormedOn"] = formed,
                ["VillageCode"] = village,
                ["Status"] = GroupStatus.Active,
                ["Version"] = Guid.NewGuid(),
            }));
            for (var k = 0; k < size; k++)
            {
                var i = firstPartner + k;
                var female = rng.Next(3) > 0;
                var birth = new DateOnly(1960, 1, 1).AddDays(i / 9000);
                var nik = Nik.Parse(string.Create(CultureInfo.InvariantCulture,
                    $"{village[..8].Replace(".", "", StringComparison.Ordinal)}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{i % 9000 + 1:0000}"), today);

                // The baseline (the business as registered): assets Rp 5–200 million, a quarter's turnover Rp 3–120 million, 1–7 people.
                var seasonal = rng.Next(100) < 15;
                var assets = To(5_000_000m * (decimal)Math.Exp(rng.NextDouble() * 3.7), 100_000m);
                var turnover = To(3_000_000m * (decimal)Math.Exp(rng.NextDouble() * 3.7), 100_000m);
                var paid = rng.Next(0, 5);
                var family = rng.Next(1, 4);
                var sector = seasonal ? "Olahan melinjo" : Sectors[rng.Next(Sectors.Length)];
                var partner = new Partner(program,
                    new PartnerOwner("Mitra Binaan " + i.ToString(CultureInfo.InvariantCulture), nik, nik.Sex, nik.BirthDate, null, village, null),
                    new PartnerBusiness("Usaha " + i.ToString(CultureInfo.InvariantCulture), sector, null, formed.AddDays(-rng.Next(3000)), assets,
                        turnover * 4, paid + family, false),
                    now);
                partner.Activate();
                members.Add(partner);
                rows[tables[typeof(Partner)]].Add(tables[typeof(Partner)].Row(partner));
                rows[tables[typeof(GroupMembership)]].Add(tables[typeof(GroupMembership)].Row(new Dictionary<string, object?>
                {
                    ["Id"] = Guid.CreateVersion7(),
                    ["GroupId"] = groupId,
                    ["PartnerId"] = partner.Id,
                    ["ActivePartnerId"] = partner.Id,
                    ["Role"] = k switch { 0 => GroupRole.Chair, 1 => GroupRole.Secretary, 2 => GroupRole.Treasurer, _ => GroupRole.Member },
                    ["JoinedOn"] = formed,
                }));
                Reports(partner.Id, owner, assets, turnover, paid, family, seasonal, rows);
            }

            if (product is not null)
            {
                Lend(groupId, decided!.Value, owner, members, product, rows);
            }
        }

        // The group's decided proposal, each member's item, survey (the baseline) and loan; the random stream is the loans' own.
        void Lend(Guid groupId, DateOnly decided, string officer, List<Partner> members, LoanProduct product, Dictionary<Table, List<object?[]>> rows)
        {
            var decidedAt = new DateTimeOffset(decided.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            var proposalId = Guid.CreateVersion7();
            var proposals = tables[typeof(Proposal)];
            var items = tables[typeof(ProposalItem)];
            var surveys = tables[typeof(MemberSurvey)];
            var loans = tables[typeof(Loan)];
            rows[proposals].Add(proposals.Row(new Dictionary<string, object?>
            {
                ["Id"] = proposalId,
                ["ProgramId"] = program,
                ["GroupId"] = groupId,
                ["BusinessPlan"] = "Tambah modal usaha",
                ["Status"] = ProposalStatus.Decided,
                ["CreatedAt"] = decidedAt.AddDays(-60),
                ["SubmittedAt"] = decidedAt.AddDays(-45),
                ["DecidedAt"] = decidedAt,
                ["Version"] = Guid.NewGuid(),
            }));
            foreach (var partner in members)
            {
                var principal = lending.Next(10, 101) * 500_000m;
                var itemId = Guid.CreateVersion7();
                var baseline = partner.Figures();
                rows[items].Add(items.Row(new Dictionary<string, object?>
                {
                    ["Id"] = itemId,
                    ["ProposalId"] = proposalId,
                    ["PartnerId"] = partner.Id,
                    ["RequestedAmount"] = principal,
                    ["Purpose"] = "Modal kerja",
                    ["Decision"] = DecisionOutcome.Approved,
                    ["ApprovedAmount"] = principal,
                    ["DecidedBy"] = adminId,
                    ["DecidedAt"] = decidedAt,
                }));
                rows[surveys].Add(surveys.Row(new Dictionary<string, object?>
                {
                    ["Id"] = Guid.CreateVersion7(),
                    ["ProposalId"] = proposalId,
                    ["ProposalItemId"] = itemId,
                    ["PartnerId"] = partner.Id,
                    ["SurveyedOn"] = decided.AddDays(-5 - lending.Next(30)),
                    ["OfficerUserId"] = officer,
                    ["RecommendedAmount"] = principal,
                    ["BaselineAssets"] = baseline.Assets,
                    ["BaselineTurnover"] = baseline.Turnover,
                    ["BaselineEmployees"] = baseline.Employees,
                }));
                var disbursed = decided.AddDays(lending.Next(15));
                var loan = Loan.Disburse(product, new Disbursement(program, partner.Id, groupId, itemId, principal, principal, 36, 0, disbursed,
                    PaymentChannel.Cash, null), today, adminId, decidedAt.AddDays(disbursed.DayNumber - decided.DayNumber));
                var outcome = lending.Next(1000);
                if (outcome < 40)
                {
                    // Paid off in one payment some time after the disbursement.
                    loan.Pay(loan.TotalOwed, disbursed.AddDays(lending.Next(today.DayNumber - disbursed.DayNumber + 1)), today);
                    stats.Repaid++;
                }
                else if (outcome < 50)
                {
                    var on = disbursed.AddDays(365) < today ? disbursed.AddDays(365 + lending.Next(today.DayNumber - disbursed.DayNumber - 364)) : today;
                    loan.WriteOff(WriteOffKind.Book, "SK-BENCH/" + on.Year.ToString(CultureInfo.InvariantCulture), on, today);
                    stats.WrittenOff++;
                }

                rows[loans].Add(loans.Row(loan));
                stats.Loans++;
                stats.LoanYears[disbursed.Year] = stats.LoanYears.GetValueOrDefault(disbursed.Year) + 1;
            }
        }

        void Reports(Guid partnerId, string by, decimal assets, decimal turnover, int paid, int family, bool seasonal, Dictionary<Table, List<object?[]>> rows)
        {
            var table = tables[typeof(QuarterlyReport)];
            var growth = -0.01 + (rng.NextDouble() * 0.05);
            var figures = new Figures[o.Quarters];
            var shocked = false;
            for (var n = 0; n < o.Quarters; n++)
            {
                var q = Quarter.FromIndex(first.Index + n);
                var trend = Math.Pow(1 + growth, n + 1);

                // Melinjo: plenty after the harvest, scarce in the off-season (a swing that stays under the threshold).
                var season = seasonal ? q.Number switch { 1 => 1.06, 2 => 1.02, 3 => 0.94, _ => 0.98 } : 1.0;
                var t = (double)turnover * trend * season * (0.94 + (rng.NextDouble() * 0.12));
                var a = (double)assets * Math.Pow(1 + (growth / 2), n + 1) * (0.98 + (rng.NextDouble() * 0.04));
                if (rng.Next(100) < 3)
                {
                    paid++;
                }

                var p = paid;
                var lastQuarter = n == o.Quarters - 1;
                if ((lastQuarter && rng.NextDouble() < 0.035) || (!lastQuarter && n > 0 && rng.NextDouble() < 0.015))
                {
                    shocked |= lastQuarter;
                    switch (rng.Next(100))
                    {
                        case < 55:
                            t *= 0.35 + (rng.NextDouble() * 0.43);
                            break;
                        case < 80:
                            a *= 0.5 + (rng.NextDouble() * 0.28);
                            break;
                        default:
                            p = Math.Max(0, paid - 1 - rng.Next(3));
                            t *= 0.7 + (rng.NextDouble() * 0.2);
                            break;
                    }
                }

                var f = new ReportFigures(To((decimal)a, 10_000m), To((decimal)t, 10_000m), p, family, seasonal ? Math.Round((decimal)(t / 40_000), 0) : null,
                    seasonal ? "kg" : null, null);
                figures[n] = new Figures(f.Assets!.Value, f.Turnover!.Value, p + family);
                var on = q.Last.AddDays(1 + rng.Next(25));
                on = on > today ? today : on;
                var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                QuarterlyReport report;
                if (rng.Next(100) == 0)
                {
                    // A typo corrected a few days later: the first version stays, no longer current.
                    var typo = QuarterlyReport.Submit(program, partnerId, q, f with { Turnover = f.Turnover * 10 }, on, by, at);
                    var later = on.AddDays(3) > today ? today : on.AddDays(3);
                    report = typo.Correct(f, "Salah ketik omset", later, by, at.AddDays(3));
                    rows[table].Add(table.Row(typo));
                    stats.Reports++;
                    stats.Corrections++;
                }
                else
                {
                    report = QuarterlyReport.Submit(program, partnerId, q, f, on, by, at);
                }

                stats.Reports++;
                rows[table].Add(table.Row(report));
            }

            if (o.Quarters >= 2)
            {
                var n = o.Quarters - 1;
                var falls = Decline.Falls(last, figures[n], figures[n - 1], o.Quarters >= 5 ? figures[n - 4] : null, Decline.DefaultPercent);
                if (falls.Count > 0)
                {
                    stats.Declines++;
                    foreach (var fall in falls)
                    {
                        var key = $"{fall.Figure}/{fall.Basis}";
                        stats.Falls[key] = stats.Falls.GetValueOrDefault(key) + 1;
                    }
                }
            }

            if (shocked)
            {
                stats.Shocked++;
            }
        }
    }

    /// <summary>An amount rounded to a whole multiple of <paramref name="unit"/> rupiah, as people report it.</summary>
    private static decimal To(decimal amount, decimal unit) => Math.Round(amount / unit, MidpointRounding.AwayFromZero) * unit;

    private static readonly string[] Sectors = ["Makanan ringan", "Kerajinan anyaman", "Perdagangan", "Jahit dan konveksi", "Warung makan", "Peternakan"];

    private sealed class Stats
    {
        public long Reports;
        public int Corrections;
        public int Declines;
        public int Shocked;
        public Dictionary<string, int> Falls { get; } = [];
        public int Loans;
        public int Repaid;
        public int WrittenOff;
        public Dictionary<int, int> LoanYears { get; } = [];
    }
}
