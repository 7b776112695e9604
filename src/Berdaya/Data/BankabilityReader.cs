using Berdaya.Domain.Graduation;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// Reads what the app knows of a partner for the bankability checklist on a day (docs/domain.md, Bankability and graduation;
/// decision 0029): the identity and age on record, the business's start, the NIB and NPWP held, credit elsewhere, every loan's
/// installments fallen due, the months the cash book was kept, and the declarations made by then. Used by the feature and
/// by the demo, so both judge alike.
/// </summary>
public sealed class BankabilityReader(AppDbContext db)
{
    public async Task<BankabilityResult> JudgeAsync(Guid partnerId, DateOnly asOf, CancellationToken ct)
    {
        var facts = await FactsAsync(partnerId, asOf, ct);
        return BankabilityChecklist.Judge(facts, await InForceAsync(partnerId, asOf, ct));
    }

    public async Task<BankabilityFacts> FactsAsync(Guid partnerId, DateOnly asOf, CancellationToken ct)
    {
        var p = await db.Partners.AsNoTracking().Where(x => x.Id == partnerId)
            .Select(x => new { x.Nik, x.IsIndonesianCitizen, x.BirthDate, x.BusinessStartedOn, x.HasBankCredit }).FirstAsync(ct);
        var held = await db.LegalityItems.AsNoTracking()
            .Where(l => l.PartnerId == partnerId && (l.Kind == LegalityKind.Nib || l.Kind == LegalityKind.Npwp) && l.State == LegalityState.Granted
                        && l.GrantedOn <= asOf && (l.ExpiresOn == null || l.ExpiresOn >= asOf))
            .Select(l => l.Kind).ToListAsync(ct);

        // The same person (by NIK) borrowing in another program of the deployment (docs/domain.md, Partners and groups).
        var elsewhere = await db.Partners.AnyAsync(o => o.Nik == p.Nik && o.Id != partnerId
                                                        && db.Loans.Any(l => l.PartnerId == o.Id && l.Status == LoanStatus.Active && l.DisbursedOn <= asOf), ct);

        var loans = await db.Loans.AsNoTracking().Include(l => l.Installments).Where(l => l.PartnerId == partnerId && l.DisbursedOn <= asOf).ToListAsync(ct);
        var histories = loans.Select(l => new LoanHistory(
                l.WrittenOffOn is { } w && w <= asOf,
                l.RepaidOn is { } r && r <= asOf,
                OnTime.Counting(l).Where(i => i.DueDate < asOf).Select(i => new InstallmentPaid(i.DueDate, i.PaidOffOn is { } paid && paid <= asOf ? paid : null))
                    .ToList()))
            .ToList();

        var from = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(1 - BankabilityChecklist.BooksWindowMonths);
        var days = await db.CashLines.AsNoTracking().Where(l => l.PartnerId == partnerId && l.Date >= from && l.Date <= asOf && l.ReversalOfId == null)
            .Select(l => l.Date).Distinct().ToListAsync(ct);
        var months = days.Select(d => (d.Year, d.Month)).Distinct().Count();

        return new BankabilityFacts(asOf, p.IsIndonesianCitizen, p.Nik.Length > 0, p.BirthDate, p.BusinessStartedOn, held.Contains(LegalityKind.Nib),
            held.Contains(LegalityKind.Npwp), p.HasBankCredit, elsewhere, histories, months);
    }

    /// <summary>The declarations made by the day, oldest first (the latest per item is in force).</summary>
    public async Task<IReadOnlyList<DeclaredItem>> InForceAsync(Guid partnerId, DateOnly asOf, CancellationToken ct) =>
        (await db.BankabilityDeclarations.AsNoTracking().Where(d => d.PartnerId == partnerId && d.DeclaredOn <= asOf)
            .ToListAsync(ct))
        .OrderBy(d => d.DeclaredAt).ThenBy(d => d.Id).Select(d => d.InForce()).ToList();
}
