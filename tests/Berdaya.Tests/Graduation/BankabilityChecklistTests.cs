using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Graduation;

namespace Berdaya.Tests.Graduation;

public sealed class BankabilityChecklistTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly Guid Program = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();

    private static LoanHistory Repaid() =>
        new(false, true, [new(new DateOnly(2025, 1, 5), new DateOnly(2025, 1, 3)), new(new DateOnly(2025, 2, 5), new DateOnly(2025, 2, 20))]);

    private static BankabilityFacts Facts(DateOnly? birth = null, DateOnly? started = null, bool nib = true, bool npwp = false, bool bankCredit = false,
        bool elsewhere = false, IReadOnlyList<LoanHistory>? loans = null, int cashMonths = 6, bool citizen = true, bool noStart = false) =>
        new(Today, citizen, true, birth ?? new DateOnly(1980, 3, 1), noStart ? null : started ?? new DateOnly(2015, 1, 1), nib, npwp, bankCredit, elsewhere,
            loans ?? [Repaid()], cashMonths);

    private static DeclaredItem D(BankabilityItem item, decimal? amount = null) => new(item, "Dilihat pendamping", Today.AddDays(-3), amount, "Dewi", Today);

    private static readonly DeclaredItem[] Complete = [D(BankabilityItem.FamilyCard), D(BankabilityItem.CreditNeed, 25_000_000m)];

    private static ItemResult Item(BankabilityResult r, BankabilityItem item) => r.Items.Single(i => i.Item == item);

    [Theory]
    [InlineData(1, KurTier.SuperMicro)]
    [InlineData(10_000_000, KurTier.SuperMicro)]
    [InlineData(10_000_001, KurTier.Micro)]
    [InlineData(100_000_000, KurTier.Micro)]
    [InlineData(100_000_001, KurTier.Small)]
    [InlineData(500_000_000, KurTier.Small)]
    public void A_need_fits_the_tier_whose_ceiling_it_reaches(long need, KurTier tier) =>
        BankabilityChecklist.TierOf(need).ShouldBe(tier);

    [Theory]
    [InlineData(500_000_001)]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_need_above_the_largest_tier_or_not_positive_fits_none(long need) => BankabilityChecklist.TierOf(need).ShouldBeNull();

    [Fact]
    public void Records_and_declarations_together_make_the_checklist_hold()
    {
        var r = BankabilityChecklist.Judge(Facts(), Complete);
        r.Holds.ShouldBeTrue(string.Join(", ", r.Open.Select(o => $"{o.Item} {o.State} {o.Why}")));
        r.Tier.ShouldBe(KurTier.Micro);
        r.Need.ShouldBe(25_000_000m);
        Item(r, BankabilityItem.Identity).State.ShouldBe(ItemState.Met);
        Item(r, BankabilityItem.FamilyCard).State.ShouldBe(ItemState.Declared);
        Item(r, BankabilityItem.FamilyCard).Evidence.ShouldBe("Dilihat pendamping");
        Item(r, BankabilityItem.RepaymentRecord).Why.ShouldBe("repayment.repaid");
        Item(r, BankabilityItem.Npwp).State.ShouldBe(ItemState.NotNeeded);
        Item(r, BankabilityItem.BooksKept).State.ShouldBe(ItemState.Met);
    }

    [Fact]
    public void Nothing_declared_leaves_the_family_card_and_the_need_missing()
    {
        var r = BankabilityChecklist.Judge(Facts(), []);
        r.Holds.ShouldBeFalse();
        r.Open.Select(o => o.Item).ShouldBe([BankabilityItem.FamilyCard, BankabilityItem.CreditNeed]);
        r.Tier.ShouldBeNull();
    }

    [Fact]
    public void A_need_above_fifty_million_asks_for_the_npwp_from_the_records()
    {
        var need = new[] { D(BankabilityItem.FamilyCard), D(BankabilityItem.CreditNeed, 50_000_001m) };
        var without = BankabilityChecklist.Judge(Facts(), need);
        Item(without, BankabilityItem.Npwp).State.ShouldBe(ItemState.Missing);
        without.Holds.ShouldBeFalse();
        BankabilityChecklist.Judge(Facts(npwp: true), need).Holds.ShouldBeTrue();
        Item(BankabilityChecklist.Judge(Facts(), [D(BankabilityItem.CreditNeed, 50_000_000m)]), BankabilityItem.Npwp).State.ShouldBe(ItemState.NotNeeded);
    }

    [Fact]
    public void Under_21_needs_a_declared_marriage_and_21_on_the_birthday_is_enough()
    {
        var young = Facts(birth: Today.AddYears(-21).AddDays(1));
        Item(BankabilityChecklist.Judge(young, Complete), BankabilityItem.AgeOrMarried).State.ShouldBe(ItemState.Missing);
        Item(BankabilityChecklist.Judge(young, [.. Complete, D(BankabilityItem.AgeOrMarried)]), BankabilityItem.AgeOrMarried).State.ShouldBe(ItemState.Declared);
        Item(BankabilityChecklist.Judge(Facts(birth: Today.AddYears(-21)), Complete), BankabilityItem.AgeOrMarried).State.ShouldBe(ItemState.Met);
    }

    [Fact]
    public void A_business_younger_than_six_months_fails_and_a_declaration_does_not_override_the_record()
    {
        var young = Facts(started: Today.AddMonths(-6).AddDays(1));
        var r = BankabilityChecklist.Judge(young, [.. Complete, D(BankabilityItem.MonthsInBusiness)]);
        Item(r, BankabilityItem.MonthsInBusiness).State.ShouldBe(ItemState.Failed);
        Item(BankabilityChecklist.Judge(Facts(started: Today.AddMonths(-6)), Complete), BankabilityItem.MonthsInBusiness).State.ShouldBe(ItemState.Met);
        Item(BankabilityChecklist.Judge(Facts(noStart: true), [.. Complete, D(BankabilityItem.MonthsInBusiness)]), BankabilityItem.MonthsInBusiness).State
            .ShouldBe(ItemState.Declared);
    }

    [Fact]
    public void Without_an_nib_a_village_business_letter_may_be_declared()
    {
        Item(BankabilityChecklist.Judge(Facts(nib: false), Complete), BankabilityItem.BusinessLicence).State.ShouldBe(ItemState.Missing);
        Item(BankabilityChecklist.Judge(Facts(nib: false), [.. Complete, D(BankabilityItem.BusinessLicence)]), BankabilityItem.BusinessLicence).State
            .ShouldBe(ItemState.Declared);
    }

    [Fact]
    public void Bank_credit_or_a_loan_in_another_program_fails_the_credit_item()
    {
        Item(BankabilityChecklist.Judge(Facts(bankCredit: true), Complete), BankabilityItem.NoOtherCredit).Why.ShouldBe("credit.bank");
        Item(BankabilityChecklist.Judge(Facts(elsewhere: true), Complete), BankabilityItem.NoOtherCredit).State.ShouldBe(ItemState.Failed);
        BankabilityChecklist.Judge(Facts(citizen: false), Complete).Open.Select(o => o.Item).ShouldBe([BankabilityItem.Identity]);
    }

    [Fact]
    public void Books_are_kept_from_three_months_of_cash_book_or_by_declaration()
    {
        Item(BankabilityChecklist.Judge(Facts(cashMonths: 3), Complete), BankabilityItem.BooksKept).State.ShouldBe(ItemState.Met);
        Item(BankabilityChecklist.Judge(Facts(cashMonths: 2), Complete), BankabilityItem.BooksKept).State.ShouldBe(ItemState.Missing);
        Item(BankabilityChecklist.Judge(Facts(cashMonths: 0), [.. Complete, D(BankabilityItem.BooksKept)]), BankabilityItem.BooksKept).State
            .ShouldBe(ItemState.Declared);
    }

    [Fact]
    public void The_repayment_record_is_clean_only_without_write_off_arrears_or_a_payment_over_thirty_days_late()
    {
        static ItemResult R(params LoanHistory[] loans) => BankabilityChecklist.Repayment(loans, new Dictionary<BankabilityItem, DeclaredItem>());
        var due = new DateOnly(2026, 1, 5);
        R(new LoanHistory(true, false, [])).Why.ShouldBe("repayment.writtenoff");
        R(new LoanHistory(false, false, [new(due, null)])).Why.ShouldBe("repayment.arrears");
        R(new LoanHistory(false, true, [new(due, due.AddDays(31))])).Why.ShouldBe("repayment.late");
        R(new LoanHistory(false, true, [new(due, due.AddDays(30))])).State.ShouldBe(ItemState.Met);

        // A loan still running needs its latest six installments on time.
        var running = Enumerable.Range(0, 8).Select(i => new InstallmentPaid(due.AddMonths(i), due.AddMonths(i))).ToList();
        R(new LoanHistory(false, false, running)).Why.ShouldBe("repayment.ontrack");
        running[^1] = running[^1] with { PaidOff = running[^1].Due.AddDays(2) };
        R(new LoanHistory(false, false, running)).Why.ShouldBe("repayment.broken");
        running[0] = running[0] with { PaidOff = running[0].Due.AddDays(2) };
        running[^1] = running[^1] with { PaidOff = running[^1].Due };
        R(new LoanHistory(false, false, running)).State.ShouldBe(ItemState.Met);
    }

    [Fact]
    public void Without_any_loan_an_earlier_loan_may_be_declared()
    {
        Item(BankabilityChecklist.Judge(Facts(loans: []), Complete), BankabilityItem.RepaymentRecord).State.ShouldBe(ItemState.Missing);
        Item(BankabilityChecklist.Judge(Facts(loans: []), [.. Complete, D(BankabilityItem.RepaymentRecord)]), BankabilityItem.RepaymentRecord).State
            .ShouldBe(ItemState.Declared);
    }

    [Fact]
    public void The_latest_declaration_of_an_item_is_in_force()
    {
        var r = BankabilityChecklist.Judge(Facts(), [D(BankabilityItem.FamilyCard), D(BankabilityItem.CreditNeed, 600_000_000m), D(BankabilityItem.CreditNeed, 8_000_000m)]);
        r.Need.ShouldBe(8_000_000m);
        r.Tier.ShouldBe(KurTier.SuperMicro);
        var above = BankabilityChecklist.Judge(Facts(), [D(BankabilityItem.FamilyCard), D(BankabilityItem.CreditNeed, 600_000_000m)]);
        Item(above, BankabilityItem.CreditNeed).State.ShouldBe(ItemState.Failed);
        above.Tier.ShouldBeNull();
    }

    [Fact]
    public void A_declaration_without_evidence_too_long_in_the_future_or_of_a_record_item_is_refused_by_field()
    {
        var e = Should.Throw<DomainValidationException>(() =>
            BankabilityDeclaration.Make(Program, Partner, BankabilityItem.Identity, " ", Today.AddDays(1), 5m, Today, "Dewi", DateTimeOffset.UnixEpoch));
        e.Errors.Select(x => (x.Code, x.Field)).ShouldBe([
            ("bankability.item.notdeclarable", "Item"), ("bankability.evidence.required", "Evidence"), ("date.future", "EvidenceOn"),
            ("bankability.amount.onlyneed", "Amount")]);
        Should.Throw<DomainValidationException>(() => BankabilityDeclaration.Make(Program, Partner, BankabilityItem.FamilyCard, new string('x', 501), null, null, Today,
            "Dewi", DateTimeOffset.UnixEpoch)).Errors.Single().Code.ShouldBe("text.toolong");
        Should.Throw<DomainValidationException>(() => BankabilityDeclaration.Make(Program, Partner, BankabilityItem.CreditNeed, "Oven", null, 1.5m, Today,
            "Dewi", DateTimeOffset.UnixEpoch)).Errors.Single().Code.ShouldBe("bankability.need.range");
        Should.Throw<DomainValidationException>(() => BankabilityDeclaration.Make(Program, Partner, null, "x", new DateOnly(1999, 12, 31), null, Today,
            "Dewi", DateTimeOffset.UnixEpoch)).Errors.Select(x => x.Code).ShouldBe(["field.required", "bankability.date.range"]);
        BankabilityDeclaration.Make(Program, Partner, BankabilityItem.CreditNeed, " Oven ", Today, 25_000_000m, Today, "Dewi", DateTimeOffset.UnixEpoch).Evidence
            .ShouldBe("Oven");
    }

    [Fact]
    public void Graduating_is_refused_naming_the_evaluation_and_every_open_item()
    {
        var open = BankabilityChecklist.Judge(Facts(nib: false), []);
        var e = Should.Throw<DomainValidationException>(() => PartnerGraduation.Decide(Program, Partner, null, (Guid.NewGuid(), 2026, EvaluationDecision.Continue),
            open, null, Today, "Dewi", DateTimeOffset.UnixEpoch));
        e.Errors.Select(x => x.Code).ShouldBe(["graduation.evaluation.decision", "graduation.item.open", "graduation.item.open", "graduation.item.open"]);
        e.Errors.Skip(1).Select(x => x.Args[0]).ShouldBe([BankabilityItem.FamilyCard, BankabilityItem.BusinessLicence, BankabilityItem.CreditNeed]);
        Should.Throw<DomainValidationException>(() => PartnerGraduation.Decide(Program, Partner, null, null, BankabilityChecklist.Judge(Facts(), Complete), null,
            Today, "Dewi", DateTimeOffset.UnixEpoch)).Errors.Single().Code.ShouldBe("graduation.evaluation.none");
    }

    [Fact]
    public void A_graduation_keeps_the_checklist_as_it_held()
    {
        var held = BankabilityChecklist.Judge(Facts(), Complete);
        var g = PartnerGraduation.Decide(Program, Partner, null, (Guid.NewGuid(), 2026, EvaluationDecision.Graduate), held, " BRI Unit Conggeang ", Today, "Dewi",
            DateTimeOffset.UnixEpoch);
        g.Bank.ShouldBe("BRI Unit Conggeang");
        g.Tier.ShouldBe(KurTier.Micro);
        g.Items().Select(i => (i.Item, i.State, i.Why, string.Join("|", i.Args), i.Evidence))
            .ShouldBe(held.Items.Select(i => (i.Item, i.State, i.Why, string.Join("|", i.Args), i.Evidence)));
    }

    [Fact]
    public void A_partner_graduates_once()
    {
        var p = new Domain.Partners.Partner(Program,
            new Domain.Partners.PartnerOwner("Eti", Domain.Partners.Nik.Parse("3211074503800001", Today), Domain.Partners.Sex.Female, new DateOnly(1980, 3, 5), null,
                "32.11.07.2005", null),
            new Domain.Partners.PartnerBusiness("Emping", "Makanan", null, null, 0, 0, 0, false), DateTimeOffset.UnixEpoch);
        p.Graduate();
        p.Status.ShouldBe(Domain.Partners.PartnerStatus.Independent);
        Should.Throw<DomainException>(() => p.Graduate()).Kind.ShouldBe(ErrorKind.Conflict);
    }
}
