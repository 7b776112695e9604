using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>Visits, help requests and follow-ups the user may see, and a partner's own support page.</summary>
[FeatureService]
public sealed class MonitoringQueries(AppDbContext db, CurrentUser me, MonitoringAccess access, FollowUpOwners owners)
{
    public sealed record VisitItem(Guid Id, DateOnly VisitedOn, string Place, Guid? GroupId, string? GroupName, int Partners, int Findings, int OpenFollowUps);

    public sealed record VisitDetails(Guid Id, Guid ProgramId, DateOnly VisitedOn, string Place, string Visitors, Guid? GroupId, string? GroupName,
        string? Advice, IReadOnlyList<VisitedPartner> Partners, IReadOnlyList<Finding> Findings, IReadOnlyList<FollowUpItem> FollowUps,
        IReadOnlyList<HelpItem> AnsweredHelpRequests);

    public sealed record VisitedPartner(Guid PartnerId, string Name, string? Advice, bool LocationRecorded);

    public sealed record Finding(NeedKind Kind, string Text, Guid? PartnerId, string? PartnerName);

    public sealed record HelpItem(Guid Id, Guid PartnerId, string PartnerName, NeedKind Kind, string Description, DateOnly AskedOn, HelpRequestState State,
        string? Answer, DateOnly? ClosedOn, Guid? AnsweredByVisitId);

    public sealed record FollowUpItem(Guid Id, string Task, string Owner, string OwnerName, DateOnly SetOn, DateOnly DueOn, FollowUpState State,
        bool Overdue, string? Outcome, DateOnly? ClosedOn, Guid? PartnerId, string? PartnerName, Guid? VisitId, Guid? HelpRequestId, Guid? GroupId);

    public sealed record FollowUpDetails(FollowUpItem FollowUp, bool MayClose, string? VisitPlace, string? HelpDescription);

    public sealed record AdviceItem(Guid VisitId, DateOnly VisitedOn, string Place, string? Advice, string? PersonalAdvice);

    public sealed record Location(double Latitude, double Longitude, DateOnly RecordedOn);

    public sealed record Support(Guid PartnerId, string Name, string BusinessName, Guid? GroupId, IReadOnlyList<AdviceItem> Advice,
        IReadOnlyList<FollowUpItem> FollowUps, IReadOnlyList<HelpItem> HelpRequests, Location? Location, bool MayAsk);

    public async Task<IReadOnlyList<VisitItem>> VisitsAsync(Guid? groupId, Guid? partnerId, CancellationToken ct = default)
    {
        access.RequireStaff();
        var q = await access.VisitsAsync(ct);
        if (groupId is { } g)
        {
            if (!await (await me.GroupsAsync(ct)).AnyAsync(x => x.Id == g, ct))
            {
                throw new DomainException("group.notfound", "GroupId", ErrorKind.NotFound);
            }

            var members = db.GroupMemberships.Where(m => m.GroupId == g).Select(m => m.PartnerId);
            q = q.Where(v => v.GroupId == g || db.VisitPartners.Any(vp => vp.VisitId == v.Id && members.Contains(vp.PartnerId)));
        }

        if (partnerId is { } p)
        {
            await access.RequirePartnerAsync(p, "PartnerId", ct);
            q = q.Where(v => db.VisitPartners.Any(vp => vp.VisitId == v.Id && vp.PartnerId == p));
        }

        return await q.OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).Take(200)
            .Select(v => new VisitItem(v.Id, v.VisitedOn, v.Place, v.GroupId, db.Groups.Where(x => x.Id == v.GroupId).Select(x => x.Name).FirstOrDefault(),
                v.Partners.Count, v.Findings.Count, db.FollowUps.Count(f => f.VisitId == v.Id && f.State == FollowUpState.Open)))
            .ToListAsync(ct);
    }

    public async Task<VisitDetails> VisitAsync(Guid id, CancellationToken ct = default)
    {
        var v = await (await access.VisitsAsync(ct)).AsNoTracking().Include(x => x.Partners).Include(x => x.Findings).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new DomainException("visit.notfound", "Id", ErrorKind.NotFound);
        var ids = v.Partners.Select(p => p.PartnerId).ToList();
        var names = await db.Partners.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.OwnerName }).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var located = await db.PartnerLocations.Where(l => l.VisitId == id).Select(l => l.PartnerId).ToListAsync(ct);
        var group = v.GroupId is null ? null : await db.Groups.Where(g => g.Id == v.GroupId).Select(g => g.Name).FirstOrDefaultAsync(ct);
        var followUps = await FollowUpItemsAsync(db.FollowUps.Where(f => f.VisitId == id), ct);
        var answered = await HelpItemsAsync(db.HelpRequests.Where(h => h.AnsweredByVisitId == id), ct);
        return new VisitDetails(v.Id, v.ProgramId, v.VisitedOn, v.Place, v.Visitors, v.GroupId, group, v.Advice,
            v.Partners.Select(p => new VisitedPartner(p.PartnerId, names.GetValueOrDefault(p.PartnerId, "?"), p.Advice, located.Contains(p.PartnerId)))
                .OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList(),
            v.Findings.Select(f => new Finding(f.Kind, f.Text, f.PartnerId, f.PartnerId is { } fp ? names.GetValueOrDefault(fp) : null)).ToList(),
            followUps, answered);
    }

    public async Task<IReadOnlyList<HelpItem>> HelpRequestsAsync(bool openOnly, Guid? groupId, CancellationToken ct = default)
    {
        if (!access.IsStaff && await access.OwnPartnerAsync(ct) is null)
        {
            throw new DomainException("monitoring.forbidden", null, ErrorKind.Forbidden);
        }

        var q = await access.HelpRequestsAsync(ct);
        if (openOnly)
        {
            q = q.Where(h => h.State == HelpRequestState.Open);
        }

        if (groupId is { } g)
        {
            if (!await (await me.GroupsAsync(ct)).AnyAsync(x => x.Id == g, ct))
            {
                throw new DomainException("group.notfound", "GroupId", ErrorKind.NotFound);
            }

            q = q.Where(h => db.GroupMemberships.Any(m => m.GroupId == g && m.PartnerId == h.PartnerId));
        }

        return await HelpItemsAsync(q, ct);
    }

    public async Task<HelpItem> HelpRequestAsync(Guid id, CancellationToken ct = default)
    {
        var items = await HelpItemsAsync((await access.HelpRequestsAsync(ct)).Where(h => h.Id == id), ct);
        return items.Count == 1 ? items[0] : throw new DomainException("help.notfound", "Id", ErrorKind.NotFound);
    }

    /// <summary>Follow-ups by list: the user's own (given to them, or to the partner they are), of a group, or of a partner.</summary>
    public async Task<IReadOnlyList<FollowUpItem>> FollowUpsAsync(Guid? groupId, Guid? partnerId, bool openOnly, bool overdueOnly, CancellationToken ct = default)
    {
        if (!access.IsStaff && await access.OwnPartnerAsync(ct) is null)
        {
            throw new DomainException("monitoring.forbidden", null, ErrorKind.Forbidden);
        }

        var q = await access.FollowUpsAsync(ct);
        if (groupId is { } g)
        {
            if (!await (await me.GroupsAsync(ct)).AnyAsync(x => x.Id == g, ct))
            {
                throw new DomainException("group.notfound", "GroupId", ErrorKind.NotFound);
            }

            q = q.Where(f => f.GroupId == g);
        }
        else if (partnerId is { } p)
        {
            await access.RequirePartnerAsync(p, "PartnerId", ct);
            q = q.Where(f => f.PartnerId == p || f.OwnerPartnerId == p);
        }
        else
        {
            var userId = me.Id;
            var own = await access.OwnPartnerAsync(ct);
            q = own is { } o ? q.Where(f => f.OwnerPartnerId == o || f.PartnerId == o) : q.Where(f => f.OwnerUserId == userId);
        }

        if (openOnly || overdueOnly)
        {
            q = q.Where(f => f.State == FollowUpState.Open);
        }

        if (overdueOnly)
        {
            var today = access.Today;
            q = q.Where(f => f.DueOn < today);
        }

        return await FollowUpItemsAsync(q, ct);
    }

    public async Task<FollowUpDetails> FollowUpAsync(Guid id, CancellationToken ct = default)
    {
        var f = await (await access.FollowUpsAsync(ct)).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new DomainException("followup.notfound", "Id", ErrorKind.NotFound);
        var item = (await FollowUpItemsAsync(db.FollowUps.Where(x => x.Id == id), ct))[0];
        var place = f.VisitId is null ? null : await db.MonitoringVisits.Where(v => v.Id == f.VisitId).Select(v => v.Place).FirstOrDefaultAsync(ct);
        var help = f.HelpRequestId is null ? null : await db.HelpRequests.Where(h => h.Id == f.HelpRequestId).Select(h => h.Description).FirstOrDefaultAsync(ct);
        return new FollowUpDetails(item, f.State == FollowUpState.Open && await access.MayCloseAsync(f, ct), place, help);
    }

    /// <summary>
    /// A partner's support (docs/domain.md, Monitoring visits, help requests and follow-ups): the advice given to them, their
    /// follow-ups and help requests; for the partner themself or staff in scope.
    /// </summary>
    public async Task<Support> SupportAsync(Guid partnerId, CancellationToken ct = default)
    {
        await access.RequirePartnerAsync(partnerId, "Id", ct);
        var partner = await db.Partners.Where(p => p.Id == partnerId).Select(p => new { p.Id, p.OwnerName, p.BusinessName }).SingleAsync(ct);
        var group = await db.GroupMemberships.Where(m => m.PartnerId == partnerId && m.ActivePartnerId != null).Select(m => (Guid?)m.GroupId)
            .FirstOrDefaultAsync(ct);
        var advice = (await db.VisitPartners.Where(vp => vp.PartnerId == partnerId)
                .Join(db.MonitoringVisits, vp => vp.VisitId, v => v.Id, (vp, v) => new { v.Id, v.VisitedOn, v.Place, v.Advice, Personal = vp.Advice })
                .OrderByDescending(a => a.VisitedOn)
                .Take(50)
                .ToListAsync(ct))
            .Select(a => new AdviceItem(a.Id, a.VisitedOn, a.Place, a.Advice, a.Personal))
            .ToList();
        var followUps = await FollowUpItemsAsync(db.FollowUps.Where(f => (f.PartnerId == partnerId || f.OwnerPartnerId == partnerId) && f.State == FollowUpState.Open), ct);
        var help = await HelpItemsAsync(db.HelpRequests.Where(h => h.PartnerId == partnerId), ct);
        var location = await db.PartnerLocations.Where(l => l.PartnerId == partnerId && l.Consent)
            .Select(l => new Location(l.Latitude, l.Longitude, l.RecordedOn)).FirstOrDefaultAsync(ct);
        return new Support(partner.Id, partner.OwnerName, partner.BusinessName, group, advice, followUps, help, location, true);
    }

    private async Task<List<HelpItem>> HelpItemsAsync(IQueryable<HelpRequest> q, CancellationToken ct) =>
        await q.OrderBy(h => h.State).ThenByDescending(h => h.AskedOn).ThenByDescending(h => h.Id).Take(200)
            .Join(db.Partners, h => h.PartnerId, p => p.Id, (h, p) => new HelpItem(h.Id, h.PartnerId, p.OwnerName, h.Kind, h.Description, h.AskedOn, h.State,
                h.Answer, h.ClosedOn, h.AnsweredByVisitId))
            .ToListAsync(ct);

    private async Task<List<FollowUpItem>> FollowUpItemsAsync(IQueryable<FollowUp> q, CancellationToken ct)
    {
        var rows = await q.OrderBy(f => f.State).ThenBy(f => f.DueOn).ThenBy(f => f.Id).Take(200)
            .Select(f => new
            {
                f.Id,
                f.Task,
                f.OwnerUserId,
                f.OwnerPartnerId,
                f.SetOn,
                f.DueOn,
                f.State,
                f.Outcome,
                f.ClosedOn,
                f.PartnerId,
                f.VisitId,
                f.HelpRequestId,
                f.GroupId,
                PartnerName = db.Partners.Where(p => p.Id == f.PartnerId).Select(p => p.OwnerName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var names = await owners.NamesAsync(rows.Select(r => new FollowUpOwner(r.OwnerUserId, r.OwnerPartnerId)), ct);
        var today = access.Today;
        return rows.Select(r =>
        {
            var owner = new FollowUpOwner(r.OwnerUserId, r.OwnerPartnerId).ToString();
            return new FollowUpItem(r.Id, r.Task, owner, names.GetValueOrDefault(owner, "?"), r.SetOn, r.DueOn, r.State,
                r.State == FollowUpState.Open && r.DueOn < today, r.Outcome, r.ClosedOn, r.PartnerId, r.PartnerName, r.VisitId, r.HelpRequestId, r.GroupId);
        }).ToList();
    }
}
