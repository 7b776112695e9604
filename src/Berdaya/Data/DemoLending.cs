using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Timeline;

namespace Berdaya.Data;

/// <summary>
/// The demo's revolving fund: the program's two products (the legacy 6% of 2006 and the current 3%
/// effective product), capital (topped up in 2010 for the grants of 2010-2012), Citra Sari's loans of
/// 3 February 2006 with three years of monthly repayments (mostly before the 5th, some late in the
/// melinjo off-season), and two present-day groups whose loans sit in every collectibility class, one
/// repaid, one rescheduled and one written off. Dates of the present-day groups are counted back from today, so the classes hold
/// whenever the demo is started.
/// </summary>
internal sealed class DemoLending(AppDbContext db, DateOnly today, string officerId, IDemoMonthEnd? monthEnds = null)
{
    private static readonly DateTimeOffset SeededAt = new(2006, 1, 31, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The receipts numbered so far on each day (the demo is seeded into an empty database).</summary>
    private readonly Dictionary<DateOnly, int> receiptsOfDay = [];

    public LoanProduct Legacy { get; private set; } = null!;
    public LoanProduct Current { get; private set; } = null!;

    public void Products(PartnershipProgram program)
    {
        Legacy = new LoanProduct(program.Id, "PK-2006", "Pinjaman Kemitraan 2006 (jasa 6% flat)", LoanRegime.Legacy, FeeMethod.Flat, 6m,
            10_000_000m, 36, 0, GraceKind.FeeOnly, 5, false, new DateOnly(2006, 1, 1), officerId, SeededAt);
        Current = new LoanProduct(program.Id, "PUMK-2023", "Pendanaan UMK 2023 (jasa 3% efektif)", LoanRegime.Regime2023, FeeMethod.Effective, 3m,
            250_000_000m, 36, 3, GraceKind.FeeOnly, 5, false, new DateOnly(2023, 1, 1), officerId, SeededAt);
        db.LoanProducts.AddRange(Legacy, Current);
        Movement(program.Id, new DateOnly(2006, 1, 2), EntryKind.Capital, 50_000_000m, "Alokasi dana Program Kemitraan 2006");
        Movement(program.Id, new DateOnly(2006, 12, 31), EntryKind.BankInterest, 1_150_000m, "Jasa giro 2006");
        // The 2010 top-up pays for the trainings and exhibitions of 2010-2012: the fund's cash never falls below zero.
        Movement(program.Id, new DateOnly(2010, 1, 4), EntryKind.Capital, 10_000_000m, "Tambahan alokasi dana Program Kemitraan 2010");
        Movement(program.Id, new DateOnly(2023, 1, 2), EntryKind.Capital, 400_000_000m, "Alokasi dana TJSL/PUMK 2023");
    }

    /// <summary>
    /// Saves what happened so far and has the daily close close the month end (<see cref="IDemoMonthEnd"/>), when a loan of
    /// <paramref name="loans"/> is on the books then and the month is over: the close counts the loans as they were at that date.
    /// </summary>
    private async Task MonthEndAsync(DateOnly monthEnd, IEnumerable<Loan> loans, CancellationToken ct)
    {
        if (monthEnds is null || monthEnd >= today || !loans.Any(l => l.DisbursedOn <= monthEnd && l.Status == LoanStatus.Active))
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        await monthEnds.CloseAsync(monthEnd, ct);
    }

    private static DateOnly EndOfMonth(DateOnly d) => new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>
    /// Citra Sari: each member's loan of 3 February 2006 on the legacy product, 36 installments due on
    /// the 5th. The treasurer collects before the 5th; Dedeh and Entin pay late in the off-season of
    /// late 2006, and Ujang misses March 2007 and pays it with April's.
    /// </summary>
    public async Task CitraSariAsync(PartnershipProgram program, PartnerGroup group, Proposal proposal, IReadOnlyList<Partner> members, CancellationToken ct)
    {
        var disbursedOn = new DateOnly(2006, 2, 3);
        var loans = new List<Loan>();
        foreach (var (item, index) in proposal.ApprovedItems.Select((i, n) => (i, n)))
        {
            loans.Add(Disburse(program, group.Id, item, Legacy, item.ApprovedAmount!.Value, 36, 0, disbursedOn,
                index % 2 == 0 ? PaymentChannel.Cash : PaymentChannel.BankTransfer, index % 2 == 0 ? null : $"TRF-CDC-0602-{index + 1:00}"));
        }

        Timeline(program.Id, group.Id, null, disbursedOn, FivePApproach.Enabling, "loan.disbursed",
            $"Pencairan pertama kepada 10 anggota Citra Sari: Rp {loans.Sum(l => l.Principal):#,0}".Replace(',', '.'));
        var names = members.ToDictionary(m => m.Id, m => m.OwnerName);

        // Month by month, each month end closed once its payments are in (every payment falls in its installment's month).
        var monthEnd = EndOfMonth(disbursedOn);
        for (var k = 1; k <= 36; k++)
        {
            var due = RepaymentSchedule.DueDate(disbursedOn, 5, k);
            for (; monthEnd < due; monthEnd = EndOfMonth(monthEnd.AddDays(1)))
            {
                await MonthEndAsync(monthEnd, loans, ct);
            }

            var onTime = new List<(Loan Loan, decimal Amount)>();
            foreach (var loan in loans)
            {
                var name = names[loan.PartnerId];
                var installment = loan.CurrentSchedule.First(i => i.Number == k).Total;
                var late = (name.StartsWith("Dedeh", StringComparison.Ordinal) && k is 9 or 10)
                           || (name.StartsWith("Entin", StringComparison.Ordinal) && k is 9 or 10 or 11);
                if (name.StartsWith("Ujang", StringComparison.Ordinal) && k == 14)
                {
                    continue;
                }

                var amount = name.StartsWith("Ujang", StringComparison.Ordinal) && k == 15
                    ? installment + loan.CurrentSchedule.First(i => i.Number == 14).Remaining
                    : installment;
                if (late)
                {
                    Pay(loan, amount, due.AddDays(12), PaymentChannel.Cash, name, null);
                }
                else
                {
                    onTime.Add((loan, amount));
                }
            }

            var paidOn = due.AddDays(-2);
            var sheet = new CollectionSheet(program.Id, group.Id, due, paidOn, onTime.Sum(x => x.Amount), onTime.Count, officerId, At(paidOn));
            db.CollectionSheets.Add(sheet);
            foreach (var (loan, amount) in onTime)
            {
                Pay(loan, amount, paidOn, PaymentChannel.Cash, "Iis Suryani (bendahara)", sheet.Id);
            }
        }

        await MonthEndAsync(monthEnd, loans, ct);
        Timeline(program.Id, group.Id, null, new DateOnly(2009, 2, 5), FivePApproach.Fostering, "loan.repaid",
            "Seluruh pinjaman anggota Citra Sari lunas");
    }

    /// <summary>
    /// Present-day groups in other villages of Conggeang: Mekar Sari (cassava chips), disbursed a year
    /// ago, with members in every class; Sinar Tani (palm sugar), disbursed two and a half years ago,
    /// with a repaid loan, a rescheduled one and one written off (hapus buku).
    /// </summary>
    public async Task<Partner> PresentDayAsync(PartnershipProgram program, Func<string, bool, DateOnly, string, string, Partner> newPartner,
        Func<string, string, IReadOnlyList<Partner>, PartnerGroup> newGroup, CancellationToken ct)
    {
        var mekarNames = new (string Name, bool Female, DateOnly Birth, decimal Amount, int StopsDaysAgo)[]
        {
            ("Siti Aminah", true, new DateOnly(1982, 3, 14), 15_000_000m, 0),
            ("Rina Marlina", true, new DateOnly(1985, 7, 2), 12_000_000m, 0),
            ("Yuyun Yuningsih", true, new DateOnly(1979, 11, 23), 10_000_000m, 0),
            ("Agus Salim", false, new DateOnly(1977, 5, 5), 10_000_000m, 100),
            ("Heni Herawati", true, new DateOnly(1983, 9, 17), 8_000_000m, 230),
            ("Ade Suherman", false, new DateOnly(1975, 1, 30), 8_000_000m, 330),
        };
        var mekar = mekarNames.Select(m => newPartner(m.Name, m.Female, m.Birth, "32.11.07.2001", "Keripik singkong")).ToList();
        var mekarGroup = newGroup("Mekar Sari", "32.11.07.2001", mekar);
        var mekarOn = today.AddMonths(-13);
        var mekarLoans = Decide(program, mekarGroup, mekar, mekarNames.Select(m => m.Amount).ToList(), mekarOn, Current, 24, 0);

        var sinarNames = new (string Name, bool Female, DateOnly Birth, decimal Amount, int Tenor)[]
        {
            ("Ujang Rusmana", false, new DateOnly(1970, 4, 8), 20_000_000m, 24),
            ("Nani Suryani", true, new DateOnly(1981, 6, 19), 9_000_000m, 24),
            ("Iwan Kurniawan", false, new DateOnly(1984, 8, 27), 7_500_000m, 36),
            ("Wati Setiawati", true, new DateOnly(1978, 12, 12), 12_000_000m, 36),
            ("Dede Rohmat", false, new DateOnly(1980, 2, 2), 6_000_000m, 36),
        };
        var sinar = sinarNames.Select(m => newPartner(m.Name, m.Female, m.Birth, "32.11.07.2003", "Gula aren")).ToList();
        var sinarGroup = newGroup("Sinar Tani", "32.11.07.2003", sinar);
        var sinarOn = today.AddMonths(-30);
        var sinarLoans = new List<Loan>();
        for (var i = 0; i < sinar.Count; i++)
        {
            sinarLoans.AddRange(Decide(program, sinarGroup, [sinar[i]], [sinarNames[i].Amount], sinarOn.AddDays(i), Current, sinarNames[i].Tenor, 0));
        }

        // What each loan's members did up to a date; run month by month, so each month end is closed as the loans stood then.
        var writeOffOn = today.AddMonths(-2);
        var rescheduleOn = today.AddMonths(-4);
        var nani = sinarLoans[1];
        var iwan = sinarLoans[2];
        void Through(DateOnly limit)
        {
            for (var i = 0; i < mekarLoans.Count; i++)
            {
                PayUntil(mekarLoans[i], mekarNames[i].StopsDaysAgo, mekar[i].OwnerName, limit);
            }

            // Ujang Rusmana repaid in full; Wati and Dede pay every month.
            PayUntil(sinarLoans[0], 0, sinar[0].OwnerName, limit);
            PayUntil(sinarLoans[3], 0, sinar[3].OwnerName, limit);
            PayUntil(sinarLoans[4], 0, sinar[4].OwnerName, limit);

            // Nani stopped paying after four months; the loan was written off (hapus buku) by the board.
            PayUntil(nani, (today.DayNumber - RepaymentSchedule.DueDate(sinarOn, 5, 5).DayNumber) + 1, sinar[1].OwnerName, limit);
            if (writeOffOn <= limit && nani.Status == LoanStatus.Active)
            {
                var principal = nani.WriteOff(WriteOffKind.Book, "SK-DIR/PUMK/017", writeOffOn, today);
                db.JournalEntries.Add(JournalEntry.ForWriteOff(nani, principal, officerId, At(writeOffOn)));
            }

            // Iwan fell behind when the palm-sap harvest failed; his loan was rescheduled four months ago.
            PayUntil(iwan, today.DayNumber - rescheduleOn.AddMonths(-3).DayNumber, sinar[2].OwnerName, limit < rescheduleOn ? limit : rescheduleOn);
            if (rescheduleOn <= limit)
            {
                if (iwan.ScheduleVersion == 1)
                {
                    db.LoanReschedules.Add(iwan.Reschedule(24, 1, rescheduleOn, "Panen nira gagal; jadwal disesuaikan dengan musim sadap", today, officerId,
                        At(rescheduleOn)));
                }

                PayUntil(iwan, 0, sinar[2].OwnerName, limit);
            }
        }

        var all = mekarLoans.Concat(sinarLoans).ToList();
        for (var monthEnd = EndOfMonth(sinarOn); monthEnd < today; monthEnd = EndOfMonth(monthEnd.AddDays(1)))
        {
            Through(monthEnd);
            await MonthEndAsync(monthEnd, all, ct);
        }

        Through(today);
        foreach (var loan in all)
        {
            loan.Classify(today);
        }

        return mekar[1];
    }

    private List<Loan> Decide(PartnershipProgram program, PartnerGroup group, IReadOnlyList<Partner> members, List<decimal> amounts,
        DateOnly disbursedOn, LoanProduct product, int tenor, int grace)
    {
        var proposalOn = disbursedOn.AddDays(-30);
        var proposal = new Proposal(program.Id, group.Id, "Tambahan modal kerja", officerId, At(proposalOn));
        proposal.SetRequests(proposal.BusinessPlan, members.Select((p, i) => (p.Id, amounts[i], "Modal kerja bahan baku")).ToList(),
            members.Select(p => p.Id).ToHashSet());
        proposal.Submit(officerId, At(proposalOn.AddDays(1)));
        var aspects = program.SurveyAspects.Select(a => a.Code).ToList();
        foreach (var (p, i) in members.Select((p, i) => (p, i)))
        {
            proposal.RecordSurvey(p.Id, proposalOn.AddDays(10), officerId, aspects.ToDictionary(a => a, _ => 4), aspects,
                "Usaha berjalan, pembukuan sederhana ada.", amounts[i], officerId, At(proposalOn.AddDays(10)), p.Figures());
        }

        foreach (var (p, i) in members.Select((p, i) => (p, i)))
        {
            proposal.Decide(p.Id, true, amounts[i], null, 250_000_000m, officerId, At(proposalOn.AddDays(20)));
        }

        db.Proposals.Add(proposal);
        return proposal.ApprovedItems.Select(item => Disburse(program, group.Id, item, product, item.ApprovedAmount!.Value, tenor, grace, disbursedOn,
            PaymentChannel.BankTransfer, $"TRF-{disbursedOn:yyMMdd}-{item.PartnerId.ToString("N")[..6].ToUpperInvariant()}")).ToList();
    }

    private Loan Disburse(PartnershipProgram program, Guid groupId, ProposalItem item, LoanProduct product, decimal amount, int tenor, int grace,
        DateOnly on, PaymentChannel channel, string? reference)
    {
        var loan = Loan.Disburse(product, new Disbursement(program.Id, item.PartnerId, groupId, item.Id, amount, amount, tenor, grace, on, channel, reference),
            today, officerId, At(on));
        db.Loans.Add(loan);
        db.JournalEntries.Add(JournalEntry.ForDisbursement(loan, officerId, At(on)));
        return loan;
    }

    /// <summary>
    /// Pays every installment due more than <paramref name="stopDaysAgo"/> days ago, two days before its due date, up to the payments
    /// of <paramref name="limit"/> (the rest on a later call).
    /// </summary>
    private void PayUntil(Loan loan, int stopDaysAgo, string name, DateOnly limit)
    {
        var cutoff = today.AddDays(-stopDaysAgo);
        if (loan.Status != LoanStatus.Active)
        {
            return;
        }

        foreach (var i in loan.CurrentSchedule.Where(i => i.Remaining > 0 && (stopDaysAgo == 0 ? i.DueDate <= today : i.DueDate < cutoff)).ToList())
        {
            var paidOn = i.DueDate.AddDays(-2) < loan.ScheduleStart ? loan.ScheduleStart : i.DueDate.AddDays(-2);
            paidOn = paidOn > today ? today : paidOn;
            if (paidOn > limit)
            {
                break;
            }

            Pay(loan, i.Remaining, paidOn, PaymentChannel.Cash, name, null);
            if (loan.Status != LoanStatus.Active)
            {
                break;
            }
        }
    }

    private void Pay(Loan loan, decimal amount, DateOnly paidOn, PaymentChannel channel, string receivedBy, Guid? sheetId)
    {
        var allocations = loan.Pay(amount, paidOn, today);
        var sequence = receiptsOfDay[paidOn] = receiptsOfDay.GetValueOrDefault(paidOn) + 1;
        var repayment = Repayment.Payment(loan, amount, paidOn, channel, null, receivedBy, sheetId, allocations, officerId, At(paidOn), sequence);
        db.Repayments.Add(repayment);
        db.JournalEntries.Add(JournalEntry.ForRepayment(loan, repayment, officerId, At(paidOn)));
    }

    private void Movement(Guid programId, DateOnly on, EntryKind kind, decimal amount, string description) =>
        db.JournalEntries.Add(JournalEntry.ForFundMovement(programId, on, kind, amount, description, officerId, At(on)));

    private void Timeline(Guid programId, Guid? groupId, Guid? partnerId, DateOnly on, FivePApproach approach, string kind, string summary) =>
        db.Timeline.Add(new TimelineEvent(programId, groupId, partnerId, on, approach, kind, summary, null, null, At(on)));

    private static DateTimeOffset At(DateOnly d) => new(d.Year, d.Month, d.Day, 2, 0, 0, TimeSpan.Zero);
}
