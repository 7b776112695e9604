using System.Globalization;
using Berdaya.Domain.Partners;

namespace Berdaya.Domain.Graduation;

/// <summary>The conditions of a bank's micro-credit (KUR) a partner must meet to graduate (docs/domain.md, Bankability and graduation).</summary>
public enum BankabilityItem
{
    /// <summary>Indonesian identity card: a citizen with a NIK on record.</summary>
    Identity,

    /// <summary>Family card (Kartu Keluarga): the app keeps none, so it is declared.</summary>
    FamilyCard,

    /// <summary>At least 21 years old, or married.</summary>
    AgeOrMarried,

    /// <summary>The business running at least 6 months.</summary>
    MonthsInBusiness,

    /// <summary>An NIB, or a village business letter (SKU).</summary>
    BusinessLicence,

    /// <summary>No other productive credit.</summary>
    NoOtherCredit,

    /// <summary>A clean repayment record.</summary>
    RepaymentRecord,

    /// <summary>A tax number (NPWP) when the need is above Rp 50 million.</summary>
    Npwp,

    /// <summary>Books kept.</summary>
    BooksKept,

    /// <summary>The credit the partner needs from the bank, which picks the KUR tier.</summary>
    CreditNeed,
}

/// <summary>Where an item stands.</summary>
public enum ItemState
{
    /// <summary>The app's records show it.</summary>
    Met,

    /// <summary>Declared by staff with evidence, where the records say nothing.</summary>
    Declared,

    /// <summary>Nothing known yet: a record or a declaration is needed.</summary>
    Missing,

    /// <summary>The records show it is not met; a declaration does not change that.</summary>
    Failed,

    /// <summary>Not asked for this need (NPWP up to Rp 50 million).</summary>
    NotNeeded,
}

/// <summary>The KUR tiers by the amount needed (docs/domain.md, Bankability and graduation).</summary>
public enum KurTier
{
    /// <summary>Up to Rp 10 million.</summary>
    SuperMicro,

    /// <summary>Up to Rp 100 million, no extra collateral.</summary>
    Micro,

    /// <summary>Up to Rp 500 million.</summary>
    Small,
}

/// <summary>One installment fallen due before the day asked: when it fell due and when it was paid off (none if not by that day).</summary>
public sealed record InstallmentPaid(DateOnly Due, DateOnly? PaidOff);

/// <summary>One loan's history: written off, repaid, and its installments due so far.</summary>
public sealed record LoanHistory(bool WrittenOff, bool Repaid, IReadOnlyList<InstallmentPaid> Installments);

/// <summary>What the app knows of a partner on a day, for the checklist.</summary>
public sealed record BankabilityFacts(
    DateOnly AsOf,
    bool IsCitizen,
    bool HasNik,
    DateOnly BirthDate,
    DateOnly? BusinessStartedOn,
    bool NibHeld,
    bool NpwpHeld,
    bool HasBankCredit,
    bool LoanInOtherProgram,
    IReadOnlyList<LoanHistory> Loans,
    int CashBookMonths);

/// <summary>A declaration in force for an item (the latest one).</summary>
public sealed record DeclaredItem(BankabilityItem Item, string Evidence, DateOnly? EvidenceOn, decimal? Amount, string By, DateOnly On);

/// <summary>An item's result: its state, the reason (a text key under <c>bankability.why.</c>) with its arguments, and the declaration used.</summary>
public sealed record ItemResult(BankabilityItem Item, ItemState State, string Why, IReadOnlyList<string> Args, string? Evidence = null, DateOnly? EvidenceOn = null);

/// <summary>The whole checklist: each item, the need and its tier, and whether it holds.</summary>
public sealed record BankabilityResult(DateOnly AsOf, IReadOnlyList<ItemResult> Items, decimal? Need, KurTier? Tier)
{
    public bool Holds => Items.All(i => i.State is ItemState.Met or ItemState.Declared or ItemState.NotNeeded);

    /// <summary>What is still missing or failing, in the checklist's order.</summary>
    public IReadOnlyList<ItemResult> Open => Items.Where(i => i.State is ItemState.Missing or ItemState.Failed).ToList();
}

/// <summary>
/// The bankability checklist (docs/domain.md, Bankability and graduation; decision 0029): each KUR condition judged from the app's
/// records where they say something, else from a declaration with evidence; a record that shows a condition unmet is not
/// overridden by a declaration.
/// </summary>
public static class BankabilityChecklist
{
    public const int MinAge = 21;
    public const int MinMonthsInBusiness = 6;
    public const decimal NpwpAbove = 50_000_000m;
    public const decimal SuperMicroUpTo = 10_000_000m;
    public const decimal MicroUpTo = 100_000_000m;
    public const decimal SmallUpTo = 500_000_000m;

    /// <summary>Days late within the class Current (docs/domain.md, Arrears and collectibility): later than this is not a clean record.</summary>
    public const int CleanDaysLate = 30;

    /// <summary>A loan still running must have its latest this many installments paid on time.</summary>
    public const int RecentOnTime = 6;

    /// <summary>Books are kept when the cash book has lines in at least <see cref="BooksMonths"/> of the last <see cref="BooksWindowMonths"/> months.</summary>
    public const int BooksMonths = 3;

    public const int BooksWindowMonths = 6;

    /// <summary>Items a declaration may fill; the others come only from records (identity, credit elsewhere, NPWP as a licence).</summary>
    public static readonly IReadOnlySet<BankabilityItem> Declarable = new HashSet<BankabilityItem>
    {
        BankabilityItem.FamilyCard, BankabilityItem.AgeOrMarried, BankabilityItem.MonthsInBusiness, BankabilityItem.BusinessLicence,
        BankabilityItem.RepaymentRecord, BankabilityItem.BooksKept, BankabilityItem.CreditNeed,
    };

    /// <summary>A tier's name as letters and the timeline write it, in Bahasa Indonesia.</summary>
    public static string TierWord(KurTier tier) => tier switch
    {
        KurTier.SuperMicro => "Super Mikro",
        KurTier.Micro => "Mikro",
        _ => "Kecil",
    };

    /// <summary>The tier a need fits; none when above the largest (or not a positive amount).</summary>
    public static KurTier? TierOf(decimal? need) => need switch
    {
        null or <= 0 => null,
        <= SuperMicroUpTo => KurTier.SuperMicro,
        <= MicroUpTo => KurTier.Micro,
        <= SmallUpTo => KurTier.Small,
        _ => null,
    };

    public static BankabilityResult Judge(BankabilityFacts f, IEnumerable<DeclaredItem> declarations)
    {
        var declared = declarations.GroupBy(d => d.Item).ToDictionary(g => g.Key, g => g.Last());
        var items = new List<ItemResult>();
        var need = declared.TryGetValue(BankabilityItem.CreditNeed, out var n) ? n.Amount : null;

        ItemResult Record(BankabilityItem item, ItemState state, string why, params object[] args) =>
            new(item, state, why, args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToList());

        // Where the records say nothing, the declaration in force fills the item.
        ItemResult OrDeclared(BankabilityItem item, string missingWhy, params object[] args) =>
            declared.TryGetValue(item, out var d)
                ? new ItemResult(item, ItemState.Declared, "declared", [d.By, d.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], d.Evidence, d.EvidenceOn)
                : Record(item, ItemState.Missing, missingWhy, args);

        items.Add(!f.IsCitizen ? Record(BankabilityItem.Identity, ItemState.Failed, "identity.notcitizen")
            : f.HasNik ? Record(BankabilityItem.Identity, ItemState.Met, "identity.nik")
            : Record(BankabilityItem.Identity, ItemState.Missing, "identity.none"));

        items.Add(OrDeclared(BankabilityItem.FamilyCard, "familycard.none"));

        var age = Nik.AgeOn(f.BirthDate, f.AsOf);
        items.Add(age >= MinAge ? Record(BankabilityItem.AgeOrMarried, ItemState.Met, "age.over", age, MinAge)
            : OrDeclared(BankabilityItem.AgeOrMarried, "age.under", age, MinAge));

        if (f.BusinessStartedOn is { } started)
        {
            var months = MonthsBetween(started, f.AsOf);
            items.Add(Record(BankabilityItem.MonthsInBusiness, months >= MinMonthsInBusiness ? ItemState.Met : ItemState.Failed, "months.since", months,
                MinMonthsInBusiness));
        }
        else
        {
            items.Add(OrDeclared(BankabilityItem.MonthsInBusiness, "months.unknown", MinMonthsInBusiness));
        }

        items.Add(f.NibHeld ? Record(BankabilityItem.BusinessLicence, ItemState.Met, "licence.nib") : OrDeclared(BankabilityItem.BusinessLicence, "licence.none"));

        items.Add(f.HasBankCredit ? Record(BankabilityItem.NoOtherCredit, ItemState.Failed, "credit.bank")
            : f.LoanInOtherProgram ? Record(BankabilityItem.NoOtherCredit, ItemState.Failed, "credit.otherprogram")
            : Record(BankabilityItem.NoOtherCredit, ItemState.Met, "credit.none"));

        items.Add(Repayment(f.Loans, declared));

        items.Add(need is not > NpwpAbove ? Record(BankabilityItem.Npwp, ItemState.NotNeeded, "npwp.notneeded", NpwpAbove)
            : f.NpwpHeld ? Record(BankabilityItem.Npwp, ItemState.Met, "npwp.held")
            : Record(BankabilityItem.Npwp, ItemState.Missing, "npwp.none", NpwpAbove));

        items.Add(f.CashBookMonths >= BooksMonths ? Record(BankabilityItem.BooksKept, ItemState.Met, "books.cashbook", f.CashBookMonths, BooksWindowMonths)
            : OrDeclared(BankabilityItem.BooksKept, "books.few", f.CashBookMonths, BooksMonths, BooksWindowMonths));

        var tier = TierOf(need);
        items.Add(need is null ? Record(BankabilityItem.CreditNeed, ItemState.Missing, "need.none")
            : tier is null ? Record(BankabilityItem.CreditNeed, ItemState.Failed, "need.abovekur", need.Value, SmallUpTo)
            : new ItemResult(BankabilityItem.CreditNeed, ItemState.Declared, "need.tier",
                [need.Value.ToString(CultureInfo.InvariantCulture), tier.Value.ToString()], n!.Evidence, n.EvidenceOn));

        return new BankabilityResult(f.AsOf, items, need, tier);
    }

    /// <summary>
    /// Clean when no loan was written off, nothing due is unpaid, no installment was paid more than <see cref="CleanDaysLate"/>
    /// days late, and each loan is repaid or has its latest <see cref="RecentOnTime"/> installments on time (docs/domain.md,
    /// Bankable (graduation): repaid, or on track with an unbroken on-time record). Without any loan in the records, a
    /// declaration (a loan repaid before the app) may fill it.
    /// </summary>
    public static ItemResult Repayment(IReadOnlyList<LoanHistory> loans, IReadOnlyDictionary<BankabilityItem, DeclaredItem> declared)
    {
        const BankabilityItem item = BankabilityItem.RepaymentRecord;
        static ItemResult R(ItemState s, string why, params object[] args) =>
            new(item, s, why, args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToList());

        if (loans.Count == 0)
        {
            return declared.TryGetValue(item, out var d)
                ? new ItemResult(item, ItemState.Declared, "declared", [d.By, d.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], d.Evidence, d.EvidenceOn)
                : R(ItemState.Missing, "repayment.noloan");
        }

        if (loans.Any(l => l.WrittenOff))
        {
            return R(ItemState.Failed, "repayment.writtenoff");
        }

        var unpaid = loans.Sum(l => l.Installments.Count(i => i.PaidOff is null));
        if (unpaid > 0)
        {
            return R(ItemState.Failed, "repayment.arrears", unpaid);
        }

        var worst = loans.SelectMany(l => l.Installments).Select(i => i.PaidOff is { } p ? p.DayNumber - i.Due.DayNumber : 0).DefaultIfEmpty(0).Max();
        if (worst > CleanDaysLate)
        {
            return R(ItemState.Failed, "repayment.late", worst, CleanDaysLate);
        }

        foreach (var running in loans.Where(l => !l.Repaid))
        {
            var recent = running.Installments.OrderBy(i => i.Due).TakeLast(RecentOnTime).ToList();
            if (recent.Any(i => i.PaidOff > i.Due))
            {
                return R(ItemState.Failed, "repayment.broken", RecentOnTime);
            }
        }

        return loans.All(l => l.Repaid) ? R(ItemState.Met, "repayment.repaid", loans.Count) : R(ItemState.Met, "repayment.ontrack", RecentOnTime);
    }

    /// <summary>Whole months from one day to another (a month counts once its day is reached).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return to.Day < from.Day ? months - 1 : months;
    }
}
