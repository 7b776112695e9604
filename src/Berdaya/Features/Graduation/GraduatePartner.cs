using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Graduation;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Graduation;

/// <summary>
/// Graduates a partner (docs/domain.md, Bankability and graduation; decision 0029): when their latest yearly evaluation decided
/// "graduate" and the bankability checklist holds today, the partner becomes independent (mandiri), leaves the active portfolio
/// and keeps their history; the letter to the bank and the certificate print from then on. Otherwise it is refused with the
/// evaluation's decision and every open item named. The program office alone graduates; twice is a 409.
/// </summary>
[FeatureService]
public sealed class GraduatePartner(AppDbContext db, BankabilityAccess access)
{
    public sealed record Command
    {
        /// <summary>The bank (and branch) the letter of recommendation is addressed to (optional).</summary>
        public string? Bank { get; set; }
    }

    public async Task<PartnerGraduation> HandleAsync(Guid partnerId, Command c, CancellationToken ct)
    {
        if (!access.MayGraduate)
        {
            throw new DomainException("graduation.forbidden", null, ErrorKind.Forbidden);
        }

        var p = await access.PartnerAsync(partnerId, true, ct);
        if (p.Status == PartnerStatus.Independent || await db.Graduations.AnyAsync(g => g.PartnerId == partnerId, ct))
        {
            throw new DomainException("graduation.already", null, ErrorKind.Conflict);
        }

        var today = access.Today;
        var evaluation = await BankabilityQuery.LatestEvaluationAsync(db, partnerId, ct);
        var checklist = await new BankabilityReader(db).JudgeAsync(partnerId, today, ct);
        var graduation = PartnerGraduation.Decide(p.ProgramId, p.Id, p.GroupId, evaluation is null ? null : (evaluation.Id, evaluation.Year, evaluation.Decision),
            checklist, c.Bank, today, access.By, access.Now);
        var partner = await db.Partners.FirstAsync(x => x.Id == partnerId, ct);
        partner.Graduate();
        db.Graduations.Add(graduation);
        db.Timeline.Add(new TimelineEvent(p.ProgramId, p.GroupId, p.Id, today, FivePApproach.Fostering, "partner.graduated",
            Summary(p.OwnerName, p.BusinessName, evaluation!.Year, graduation), nameof(PartnerGraduation), graduation.Id, access.Now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Someone graduated the partner a moment before.
            throw new DomainException("graduation.already", null, ErrorKind.Conflict);
        }

        return graduation;
    }

    /// <summary>The timeline's line, in Bahasa Indonesia as every timeline entry.</summary>
    public static string Summary(string owner, string business, int? year, PartnerGraduation g) =>
        $"{owner} ({business}) lulus dan mandiri"
        + (year is { } y ? $" setelah evaluasi {y}" : "")
        + (g.Tier is { } t ? $"; layak KUR {BankabilityChecklist.TierWord(t)} {Show.Rupiah(g.Need ?? 0)}" : "")
        + (g.Bank is { } b ? $"; surat rekomendasi ke {b}" : "");
}
