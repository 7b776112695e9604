using Berdaya.Data;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record ConsentLine(Guid Id, ConsentDecision Decision, IReadOnlyList<DirectoryPurpose> Purposes, IReadOnlyList<DirectoryField> Fields,
    ConsentWay Way, DateOnly DecidedOn, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A partner's directory page: whether they are listed now, their decisions newest first, and their trust signals.</summary>
public sealed record ConsentView(Guid PartnerId, string OwnerName, string BusinessName, bool Listed, ConsentLine? Current, IReadOnlyList<ConsentLine> History,
    Signals Signals);

[FeatureService]
public sealed class ConsentQuery(AppDbContext db, DirectoryAccess access, TrustSignals signals)
{
    public async Task<ConsentView> HandleAsync(Guid partnerId, CancellationToken ct)
    {
        var p = await access.PartnerAsync(partnerId, false, ct);
        var rows = await db.DirectoryConsents.AsNoTracking().Where(c => c.PartnerId == p.Id).OrderByDescending(c => c.RecordedAt).Take(50).ToListAsync(ct);
        var history = rows.Select(Line).ToList();
        var listed = await db.DirectoryEntries.AnyAsync(e => e.PartnerId == p.Id, ct);
        var trust = await signals.ForAsync([p.Id], ct);
        return new ConsentView(p.Id, p.OwnerName, p.BusinessName, listed, history.FirstOrDefault(), history, trust.GetValueOrDefault(p.Id, Signals.None));
    }

    public static ConsentLine Line(DirectoryConsent c) => new(c.Id, c.Decision,
        Enum.GetValues<DirectoryPurpose>().Where(x => x != DirectoryPurpose.None && c.Purposes.HasFlag(x)).ToList(),
        Enum.GetValues<DirectoryField>().Where(x => x != DirectoryField.None && c.Fields.HasFlag(x)).ToList(),
        c.Way, c.DecidedOn, c.Note, c.RecordedBy, c.RecordedAt);
}
