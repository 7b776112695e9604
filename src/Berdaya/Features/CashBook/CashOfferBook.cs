using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.CashBook;

/// <summary>
/// Lines other records offer to a partner's cash book (docs/domain.md, Cash book: lines offered by other records): an
/// outlet's payment, a supply order between members. An offer is taken with one tap and becomes an ordinary line that
/// remembers its record, so the same record never becomes a second line (409); a taken line is undone like any other.
/// </summary>
[FeatureService]
public sealed class CashOfferBook(AppDbContext db, CashBookAccess access, IEnumerable<ICashOfferSource> sources, CurrentUser me, TimeProvider clock)
{
    /// <summary>How far back records are offered: older money is entered by hand if at all.</summary>
    public const int OfferDays = 92;

    /// <summary>The most offers a source gives at once.</summary>
    public const int MaxPerSource = 20;

    /// <summary>The partner's open offers, newest first: records of the last <see cref="OfferDays"/> days not yet taken.</summary>
    public async Task<IReadOnlyList<CashOffer>> OpenAsync(Guid partnerId, CancellationToken ct = default)
    {
        var owner = await access.RequireAsync(partnerId, ct);
        var since = clock.Today().AddDays(-OfferDays);
        var offers = new List<CashOffer>();
        foreach (var source in sources)
        {
            offers.AddRange(await source.OffersAsync(owner.Id, since, MaxPerSource, ct));
        }

        if (offers.Count == 0)
        {
            return offers;
        }

        var ids = offers.Select(o => o.SourceId).ToList();
        var taken = (await db.CashLines.AsNoTracking()
                .Where(l => l.PartnerId == owner.Id && l.SourceId != null && ids.Contains(l.SourceId.Value))
                .Select(l => new { l.SourceType, l.SourceId })
                .ToListAsync(ct))
            .Select(l => (l.SourceType, l.SourceId!.Value)).ToHashSet();
        return offers.Where(o => !taken.Contains((o.SourceType, o.SourceId)))
            .OrderByDescending(o => o.Date).ThenBy(o => o.SourceType, StringComparer.Ordinal).ThenBy(o => o.SourceId).ToList();
    }

    /// <summary>Takes one offer into the book as a line; a record already taken is a 409.</summary>
    public async Task<CashLine> TakeAsync(Guid partnerId, string? sourceType, Guid sourceId, CancellationToken ct = default)
    {
        var owner = await access.RequireAsync(partnerId, ct);
        var source = sources.FirstOrDefault(s => string.Equals(s.SourceType, sourceType, StringComparison.Ordinal))
                     ?? throw NotFound();
        var offer = await source.FindAsync(owner.Id, sourceId, ct) ?? throw NotFound();
        if (await db.CashLines.AnyAsync(l => l.PartnerId == owner.Id && l.SourceType == source.SourceType && l.SourceId == sourceId, ct))
        {
            throw Taken();
        }

        var line = CashLine.Record(owner.ProgramId, owner.Id, offer.Date, offer.Category, offer.Amount, Trim(offer.Note), me.RequiredId, clock.GetUtcNow(),
            new CashSource(source.SourceType, sourceId));
        db.CashLines.Add(line);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw Taken();
        }

        return line;
    }

    private static string Trim(string note) => note.Length <= CashLine.NoteMax ? note : note[..CashLine.NoteMax];

    private static DomainException NotFound() => new("cashbook.offer.notfound", "SourceId", ErrorKind.NotFound);

    private static DomainException Taken() => new("cashbook.offer.taken", null, ErrorKind.Conflict);
}
