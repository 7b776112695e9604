using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Graduation;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Localization;

namespace Berdaya.Features.Graduation;

/// <summary>
/// Declares a checklist item with its evidence (docs/domain.md, Bankability and graduation; decision 0029): the field staff write
/// what they saw (the family card, a village business letter, books kept on paper, the credit needed) and when. The latest
/// declaration of an item is in force; earlier ones stay as its history. A graduated partner's checklist is closed.
/// </summary>
[FeatureService]
public sealed class DeclareBankability(AppDbContext db, BankabilityAccess access, Texts texts)
{
    public sealed record Command
    {
        public BankabilityItem? Item { get; set; }
        public string? Evidence { get; set; }

        /// <summary>The date of the evidence (not in the future).</summary>
        public DateOnly? EvidenceOn { get; set; }

        /// <summary>The credit needed, whole rupiah (only with the credit need).</summary>
        public decimal? Amount { get; set; }
    }

    public async Task<BankabilityDeclaration> HandleAsync(Guid partnerId, Command c, CancellationToken ct)
    {
        var p = await access.PartnerAsync(partnerId, true, ct);
        if (p.Status == PartnerStatus.Independent)
        {
            throw new DomainException("graduation.already", null, ErrorKind.Conflict);
        }

        var d = BankabilityDeclaration.Make(p.ProgramId, p.Id, c.Item, c.Evidence, c.EvidenceOn, c.Amount, access.Today, access.By, access.Now);
        db.BankabilityDeclarations.Add(d);

        // On the group's timeline as Fostering, in Bahasa Indonesia as every timeline entry.
        var item = texts.Get($"enum.BankabilityItem.{d.Item}", CultureInfo.GetCultureInfo("id-ID"));
        var summary = $"{p.OwnerName}: syarat KUR {item} dinyatakan" + (d.Amount is { } a ? $" ({Show.Rupiah(a)})" : "") + $": {d.Evidence}";
        db.Timeline.Add(new TimelineEvent(p.ProgramId, p.GroupId, p.Id, access.Today, FivePApproach.Fostering, "bankability.declared", summary,
            nameof(BankabilityDeclaration), d.Id, access.Now));
        await db.SaveChangesAsync(ct);
        return d;
    }
}
