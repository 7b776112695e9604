using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Regions;
using Berdaya.Domain.Repayments;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Berdaya.Bench;

/// <summary>
/// A national-scale portfolio: N partners in groups of 10, each with a decided proposal item and one
/// loan of 36 monthly installments disbursed over the last three years, repaid through the domain's
/// own <see cref="Loan.Pay"/> (most on time, some late, some stopped paying, a few paid off early or
/// written off), so installments, paid-off dates and loan columns are exactly what the app would hold.
/// Rows go to the database in bulk (binary COPY on PostgreSQL, prepared inserts on SQLite).
/// Each loan's payment history is stored as ONE aggregated repayment row (dated its last payment,
/// without allocation rows) and one ledger entry, instead of one per month: 20 times fewer rows.
/// </summary>
public static class LoanGenerator
{
    public const string AdminEmail = "bench.admin@berdaya.id";
    public const string AdminPassword = "Bench#2026";
    private const int Chunk = 20_000;

    public static async Task RunAsync(Options o)
    {
        var watch = Stopwatch.StartNew();
        await PrepareDatabaseAsync(o);
        Guid programId;
        string adminId;
        List<string> villages;
        LoanProduct[] products;
        Tables t;
        Dictionary<DateOnly, int> receiptsOfDay;
        await using (var app = o.App())
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            programId = await db.Programs.OrderBy(p => p.Code).Select(p => p.Id).FirstAsync();
            villages = await db.Regions.Where(r => r.Level == RegionLevel.Village && (r.Code.StartsWith("32.") || r.Code.StartsWith("33.") || r.Code.StartsWith("35.")))
                .OrderBy(r => r.Code).Select(r => r.Code).ToListAsync();
            adminId = await AdminAsync(scope.ServiceProvider);
            var now = DateTimeOffset.UtcNow;
            products =
            [
                new LoanProduct(programId, "BENCH-3", "Pinjaman modal kerja 3%", LoanRegime.Regime2023, FeeMethod.Flat, 3m, 250_000_000m, 36, 0,
                    GraceKind.FeeOnly, 5, false, new DateOnly(2023, 1, 1), adminId, now),
                new LoanProduct(programId, "BENCH-6", "Pinjaman kemitraan 6%", LoanRegime.Legacy, FeeMethod.Flat, 6m, 250_000_000m, 36, 0,
                    GraceKind.FeeOnly, 20, false, new DateOnly(2023, 1, 1), adminId, now),
            ];
            db.LoanProducts.AddRange(products);
            await db.SaveChangesAsync();

            // The seeded demo already holds receipts on recent days: each day's numbering goes on after them, so the
            // receipt number stays unique when its index is rebuilt.
            var existing = await db.Repayments.Where(r => r.Kind == RepaymentKind.Payment).Select(r => new { r.PaidOn, r.ReceiptNumber }).ToListAsync();
            receiptsOfDay = existing.GroupBy(r => r.PaidOn)
                .ToDictionary(g => g.Key, g => g.Max(r => ReceiptNumbering.SequenceOf(r.ReceiptNumber, RepaymentKind.Payment, g.Key)));

            // The model's own tables and conversions (it outlives the app that built it).
            t = new Tables(Table.Of<Partner>(db), Table.Of<PartnerGroup>(db), Table.Of<GroupMembership>(db), Table.Of<Proposal>(db),
                Table.Of<ProposalItem>(db), Table.Of<Loan>(db), Table.Of<Installment>(db), Table.Of<Repayment>(db), Table.Of<JournalEntry>(db),
                Table.Of<JournalLine>(db), Table.Of<LoanOnTimeRecord>(db));
        }

        Console.WriteLine($"database ready in {watch.Elapsed.TotalSeconds:F1} s");
        Table[] all = [t.Partners, t.Groups, t.Members, t.Proposals, t.Items, t.Loans, t.Installments, t.Repayments, t.Entries, t.Lines, t.Records];

        var today = TimeProvider.System.Today();
        var rng = new Random(o.Seed);
        var stats = new Dictionary<string, int>();
        decimal lent = 0;
        await using (var writer = await BulkWriter.OpenAsync(o))
        {
            await writer.SuspendIndexesAsync(all);
            for (var start = 0; start < o.Loans; start += Chunk)
            {
                var rows = all.ToDictionary(x => x, _ => new List<object?[]>());
                var count = Math.Min(Chunk, o.Loans - start);
                for (var g = 0; g < count; g += 10)
                {
                    lent += Group(start + g, Math.Min(10, count - g));
                }

                var made = watch.Elapsed;
                foreach (var (table, list) in rows)
                {
                    await writer.WriteAsync(table, list);
                }

                Console.WriteLine($"{start + count} loans ({watch.Elapsed.TotalSeconds:F0} s, of which writing {(watch.Elapsed - made).TotalSeconds:F1} s)");

                decimal Group(int first, int size)
                {
                    var now = DateTimeOffset.UtcNow;
                    var village = villages[rng.Next(villages.Count)];
                    var formed = today.AddDays(-1100 - rng.Next(400));
                    var groupId = Guid.CreateVersion7();
                    var proposalId = Guid.CreateVersion7();
                    rows[t.Groups].Add(t.Groups.Row(new Dictionary<string, object?>
                    {
                        ["Id"] = groupId,
                        ["ProgramId"] = programId,
                        ["Name"] = "Kelompok Bench " + (first / 10 + 1).ToString(CultureInfo.InvariantCulture),
                        ["FormedOn"] = formed,
                        ["VillageCode"] = village,
                        ["Status"] = GroupStatus.Active,
                        ["Version"] = Guid.NewGuid(),
                    }));
                    rows[t.Proposals].Add(t.Proposals.Row(new Dictionary<string, object?>
                    {
                        ["Id"] = proposalId,
                        ["ProgramId"] = programId,
                        ["GroupId"] = groupId,
                        ["BusinessPlan"] = "Tambah modal usaha",
                        ["Status"] = ProposalStatus.Decided,
                        ["CreatedAt"] = now,
                        ["SubmittedAt"] = now,
                        ["DecidedAt"] = now,
                        ["Version"] = Guid.NewGuid(),
                    }));
                    decimal sum = 0;
                    for (var k = 0; k < size; k++)
                    {
                        var i = first + k;
                        var female = rng.Next(3) > 0;
                        var birth = new DateOnly(1960, 1, 1).AddDays(i / 9000);
                        var nik = Nik.Parse(string.Create(CultureInfo.InvariantCulture,
                            $"{village[..8].Replace(".", "", StringComparison.Ordinal)}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{i % 9000 + 1:0000}"), today);
                        var partner = new Partner(programId,
                            new PartnerOwner("Mitra " + i.ToString(CultureInfo.InvariantCulture), nik, nik.Sex, nik.BirthDate, null, village, null),
                            new PartnerBusiness("Usaha " + i.ToString(CultureInfo.InvariantCulture), "Perdagangan", null, formed, 10_000_000m, 60_000_000m, 1, false),
                            now);
                        partner.Activate();
                        rows[t.Partners].Add(t.Partners.Row(partner));
                        rows[t.Members].Add(t.Members.Row(new Dictionary<string, object?>
                        {
                            ["Id"] = Guid.CreateVersion7(),
                            ["GroupId"] = groupId,
                            ["PartnerId"] = partner.Id,
                            ["ActivePartnerId"] = partner.Id,
                            ["Role"] = k switch { 0 => GroupRole.Chair, 1 => GroupRole.Secretary, 2 => GroupRole.Treasurer, _ => GroupRole.Member },
                            ["JoinedOn"] = formed,
                        }));
                        var principal = rng.Next(10, 101) * 500_000m;
                        var itemId = Guid.CreateVersion7();
                        rows[t.Items].Add(t.Items.Row(new Dictionary<string, object?>
                        {
                            ["Id"] = itemId,
                            ["ProposalId"] = proposalId,
                            ["PartnerId"] = partner.Id,
                            ["RequestedAmount"] = principal,
                            ["Purpose"] = "Modal kerja",
                            ["Decision"] = DecisionOutcome.Approved,
                            ["ApprovedAmount"] = principal,
                            ["DecidedBy"] = adminId,
                            ["DecidedAt"] = now,
                        }));
                        var loan = Loan.Disburse(products[i % products.Length], new Disbursement(programId, partner.Id, groupId, itemId, principal, principal, 36, 0,
                            today.AddDays(-rng.Next(1, 1096)), PaymentChannel.Cash, null), today, adminId, now);
                        var (profile, writtenOff) = History(loan, rng, today);
                        stats[profile] = stats.GetValueOrDefault(profile) + 1;
                        sum += principal;
                        rows[t.Loans].Add(t.Loans.Row(loan));
                        foreach (var inst in loan.Installments)
                        {
                            rows[t.Installments].Add(t.Installments.Row(inst));
                        }

                        rows[t.Records].Add(t.Records.Row(LoanOnTimeRecord.Of(loan)));
                        Post(JournalEntry.ForDisbursement(loan, adminId, now));
                        if (loan.LastPaidOn is { } last)
                        {
                            var repayment = Repayment.Payment(loan, loan.FeePaid + loan.PrincipalPaid, last, PaymentChannel.Cash, null, "Bendahara kelompok", null,
                                [new Allocation(loan.Installments[0].Id, 1, loan.FeePaid, loan.PrincipalPaid)], adminId, now,
                                receiptsOfDay[last] = receiptsOfDay.GetValueOrDefault(last) + 1);
                            rows[t.Repayments].Add(t.Repayments.Row(repayment));
                            Post(JournalEntry.ForRepayment(loan, repayment, adminId, now));
                        }

                        if (writtenOff > 0)
                        {
                            Post(JournalEntry.ForWriteOff(loan, writtenOff, adminId, now));
                        }
                    }

                    return sum;
                }

                void Post(JournalEntry entry)
                {
                    rows[t.Entries].Add(t.Entries.Row(entry));
                    foreach (var line in entry.Lines)
                    {
                        rows[t.Lines].Add(t.Lines.Row(line));
                    }
                }
            }

            Console.WriteLine($"rows written ({watch.Elapsed.TotalSeconds:F0} s); building indexes and foreign keys");
            await writer.RestoreIndexesAsync();
            await writer.FinishAsync();
        }

        // The fund had the capital it lent (the fund position stays positive).
        await using (var app = o.App())
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.JournalEntries.Add(JournalEntry.ForFundMovement(programId, today.AddDays(-1500), EntryKind.Capital, lent, "Modal dana bergulir (bench)", adminId,
                DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            var byClass = await db.Loans.GroupBy(l => new { l.Status, l.Class }).Select(g => new { g.Key.Status, g.Key.Class, Count = g.Count() })
                .OrderBy(x => x.Status).ThenBy(x => x.Class).ToListAsync();
            Console.WriteLine("loans by status and class: " + string.Join(", ", byClass.Select(x => $"{x.Status}/{x.Class} {x.Count}")));
        }

        Console.WriteLine("payment profiles: " + string.Join(", ", stats.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")));
        Console.WriteLine($"generated {o.Loans} loans in {watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Pays the loan month by month as one kind of borrower would, up to today: 78% on time, 12% late
    /// by days to weeks, 7% stopped after some months (arrears of every length: every class), 3% paid
    /// off early. Half of those stopped for over a year are written off (hapus buku). Returns the
    /// principal written off.
    /// </summary>
    private static (string Profile, decimal WrittenOff) History(Loan loan, Random rng, DateOnly today)
    {
        var r = rng.NextDouble();
        var profile = r switch { < 0.78 => "on time", < 0.90 => "late", < 0.97 => "stopped", _ => "paid off early" };
        var due = loan.CurrentSchedule.Where(i => i.DueDate < today).Select(i => (i.DueDate, i.Total)).ToList();
        var stopAfter = profile == "stopped" ? rng.Next(0, Math.Max(1, due.Count)) : int.MaxValue;
        var payOff = profile == "paid off early" ? rng.Next(0, Math.Max(1, due.Count)) : int.MaxValue;
        var previous = loan.DisbursedOn;
        for (var n = 0; n < due.Count && n < stopAfter; n++)
        {
            var delay = profile == "late" ? rng.Next(1, 46) : -rng.Next(0, 4);
            var paidOn = due[n].DueDate.AddDays(delay);
            paidOn = paidOn < previous ? previous : paidOn;
            if (paidOn >= today)
            {
                break;
            }

            if (n == payOff)
            {
                loan.Pay(loan.TotalOwed, paidOn, today);
                return (profile, 0);
            }

            loan.Pay(due[n].Total, paidOn, today);
            previous = paidOn;
        }

        if (profile == "stopped" && loan.OldestUnpaidDueDate is { } oldest && today.DayNumber - oldest.DayNumber > 365 && rng.Next(2) == 0)
        {
            return ("stopped, written off", loan.WriteOff(WriteOffKind.Book, "SK-BENCH/" + today.Year.ToString(CultureInfo.InvariantCulture), today, today));
        }

        return (profile, 0);
    }

    private sealed record Tables(Table Partners, Table Groups, Table Members, Table Proposals, Table Items, Table Loans, Table Installments,
        Table Repayments, Table Entries, Table Lines, Table Records);

    /// <summary>A fresh database: the PostgreSQL bench database is dropped and made again; the SQLite folder emptied.</summary>
    internal static async Task PrepareDatabaseAsync(Options o)
    {
        if (o.IsPostgres)
        {
            await using var c = new NpgsqlConnection(o.Connection);
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{o.BenchDatabase}\" WITH (FORCE)", c);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{o.BenchDatabase}\"", c);
            await create.ExecuteNonQueryAsync();
            return;
        }

        if (Directory.Exists(o.Dir))
        {
            Directory.Delete(o.Dir, true);
        }

        Directory.CreateDirectory(o.Dir);
    }

    /// <summary>The administrator the load test logs in as (scope: every program).</summary>
    internal static async Task<string> AdminAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(AdminEmail);
        if (user is null)
        {
            user = new AppUser { UserName = AdminEmail, Email = AdminEmail, DisplayName = "Admin benchmark", EmailConfirmed = true };
            var created = await users.CreateAsync(user, AdminPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, Roles.Administrator);
        }

        return user.Id;
    }
}
