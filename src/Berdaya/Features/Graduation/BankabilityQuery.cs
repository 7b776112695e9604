using Berdaya.Data;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Graduation;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Graduation;

/// <summary>A declaration as the history shows it.</summary>
public sealed record DeclarationLine(Guid Id, BankabilityItem Item, string Evidence, DateOnly? EvidenceOn, decimal? Amount, string DeclaredBy, DateOnly DeclaredOn);

/// <summary>The partner's latest decided yearly evaluation.</summary>
public sealed record EvaluationLink(Guid Id, int Year, EvaluationDecision Decision, DateOnly? DecidedOn);

/// <summary>How and when a partner graduated.</summary>
public sealed record GraduationLine(Guid Id, DateOnly GraduatedOn, int? EvaluationYear, Guid? EvaluationId, decimal? Need, KurTier? Tier, string? Bank, string GraduatedBy);

/// <summary>
/// A partner's bankability checklist (docs/domain.md, Bankability and graduation): each item with where it stands, the need and its
/// KUR tier, what is still open; for a graduated partner the checklist as it held on the day.
/// </summary>
public sealed record BankabilityView(Guid PartnerId, string OwnerName, string BusinessName, PartnerStatus Status, DateOnly AsOf,
    IReadOnlyList<ItemResult> Items, decimal? Need, KurTier? Tier, bool Holds, IReadOnlyList<BankabilityItem> Open, EvaluationLink? Evaluation,
    GraduationLine? Graduation, IReadOnlyList<DeclarationLine> Declarations, bool MayDeclare, bool MayGraduate, bool MayReadEvaluations);

[FeatureService]
public sealed class BankabilityQuery(AppDbContext db, BankabilityAccess access)
{
    public const int HistoryShown = 100;

    public async Task<BankabilityView> HandleAsync(Guid partnerId, CancellationToken ct)
    {
        var p = await access.PartnerAsync(partnerId, false, ct);
        var graduation = await GraduationAsync(partnerId, ct);
        var stored = graduation is null ? null : await db.Graduations.AsNoTracking().Where(g => g.Id == graduation.Id).FirstAsync(ct);
        BankabilityResult result;
        if (stored is not null)
        {
            // The checklist as it held on the day the partner graduated: the letter to the bank rests on it.
            result = new BankabilityResult(stored.GraduatedOn, stored.Items(), stored.Need, stored.Tier);
        }
        else
        {
            result = await new BankabilityReader(db).JudgeAsync(partnerId, access.Today, ct);
        }

        var evaluation = await LatestEvaluationAsync(db, partnerId, ct);
        var history = (await db.BankabilityDeclarations.AsNoTracking().Where(d => d.PartnerId == partnerId).ToListAsync(ct))
            .OrderByDescending(d => d.DeclaredAt).ThenByDescending(d => d.Id).Take(HistoryShown)
            .Select(d => new DeclarationLine(d.Id, d.Item, d.Evidence, d.EvidenceOn, d.Amount, d.DeclaredBy, d.DeclaredOn)).ToList();
        var independent = p.Status == PartnerStatus.Independent || graduation is not null;
        return new BankabilityView(p.Id, p.OwnerName, p.BusinessName, p.Status, result.AsOf, result.Items, result.Need, result.Tier, result.Holds,
            result.Open.Select(i => i.Item).ToList(), evaluation, graduation, history, access.MayDeclare && !independent, access.MayGraduate && !independent,
            access.MayReadEvaluations);
    }

    public Task<GraduationLine?> GraduationAsync(Guid partnerId, CancellationToken ct) =>
        db.Graduations.AsNoTracking().Where(g => g.PartnerId == partnerId)
            .Select(g => new GraduationLine(g.Id, g.GraduatedOn, g.EvaluationYear, g.EvaluationId, g.Need, g.Tier, g.Bank, g.GraduatedBy))
            .FirstOrDefaultAsync(ct);

    /// <summary>The partner's own latest decided evaluation (decision 0028), whatever year.</summary>
    public static async Task<EvaluationLink?> LatestEvaluationAsync(AppDbContext db, Guid partnerId, CancellationToken ct)
    {
        var e = await db.Evaluations.AsNoTracking()
            .Where(x => x.Subject == EvaluationSubject.Partner && x.SubjectId == partnerId && x.Decision != null)
            .OrderByDescending(x => x.Year).Select(x => new { x.Id, x.Year, x.Decision, x.DecidedOn }).FirstOrDefaultAsync(ct);
        return e is null ? null : new EvaluationLink(e.Id, e.Year, e.Decision!.Value, e.DecidedOn);
    }
}
