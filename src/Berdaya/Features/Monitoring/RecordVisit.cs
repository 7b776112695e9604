using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// Records a monitoring visit with its findings, advice, follow-ups, the help requests it answers and the business's
/// location (docs/domain.md, Monitoring visits, help requests and follow-ups). Every rule is checked before anything is
/// written: a visit with one bad follow-up saves nothing.
/// </summary>
[FeatureService]
public sealed class RecordVisit(AppDbContext db, CurrentUser me, MonitoringAccess access, FollowUpOwners owners, TimeProvider clock)
{
    public sealed record Command
    {
        /// <summary>The group visited; with no partners named, every active member of it.</summary>
        public Guid? GroupId { get; set; }

        public DateOnly? VisitedOn { get; set; }
        public string? Place { get; set; }

        /// <summary>Who came: officers' and facilitators' names.</summary>
        public string? Visitors { get; set; }

        public List<Guid> PartnerIds { get; set; } = [];

        /// <summary>Advice given to everyone visited.</summary>
        public string? Advice { get; set; }

        public List<PartnerAdviceInput> PartnerAdvice { get; set; } = [];
        public List<FindingInput> Findings { get; set; } = [];

        /// <summary>Open help requests of the visited partners that this visit answers (they close).</summary>
        public List<Guid> AnswersHelpRequestIds { get; set; } = [];

        public List<FollowUpInput> FollowUps { get; set; } = [];
        public LocationInput? Location { get; set; }
    }

    public sealed record PartnerAdviceInput
    {
        public Guid? PartnerId { get; set; }
        public string? Advice { get; set; }
    }

    public sealed record FindingInput
    {
        public NeedKind? Kind { get; set; }

        public string? Text { get; set; }

        /// <summary>The partner it is about; empty for everyone visited.</summary>
        public Guid? PartnerId { get; set; }

        public bool IsBlank => Kind is null && string.IsNullOrWhiteSpace(Text);
    }

    public sealed record FollowUpInput
    {
        public string? Task { get; set; }

        /// <summary>"user:{userId}" (an officer or facilitator of the program) or "partner:{partnerId}" (a visited partner).</summary>
        public string? Owner { get; set; }

        public DateOnly? DueOn { get; set; }

        /// <summary>The partner it is about; empty for the whole visit.</summary>
        public Guid? PartnerId { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Task) && string.IsNullOrWhiteSpace(Owner) && DueOn is null && PartnerId is null;
    }

    /// <summary>The business's position from the phone (or typed), stored only with the partner's consent (decision 0016).</summary>
    public sealed record LocationInput
    {
        public Guid? PartnerId { get; set; }

        [ModelBinder(typeof(CoordinateBinder))]
        public double? Latitude { get; set; }

        [ModelBinder(typeof(CoordinateBinder))]
        public double? Longitude { get; set; }

        public bool Consent { get; set; }
    }

    public async Task<MonitoringVisit> HandleAsync(Command c, CancellationToken ct = default)
    {
        access.RequireStaff();
        var today = clock.Today();
        var partnerIds = c.PartnerIds.Distinct().ToList();
        Guid? programId = null;
        if (c.GroupId is { } groupId)
        {
            var group = await (await me.GroupsAsync(ct)).Where(g => g.Id == groupId)
                .Select(g => new { g.Id, g.ProgramId, Members = g.Members.Where(m => m.ActivePartnerId != null).Select(m => m.PartnerId).ToList() })
                .FirstOrDefaultAsync(ct) ?? throw new DomainException("group.notfound", "GroupId", ErrorKind.NotFound);
            programId = group.ProgramId;
            if (partnerIds.Count == 0)
            {
                partnerIds = group.Members;
            }
            else if (partnerIds.Except(group.Members).Any())
            {
                // Partners of one group, or picked one by one without a group.
                throw new DomainValidationException([new DomainException("visit.partner.notmember", "PartnerIds")]);
            }
        }

        var scoped = await access.PartnerIdsAsync(ct);
        var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id) && scoped.Contains(p.Id))
            .Select(p => new { p.Id, p.ProgramId, p.OwnerName }).ToListAsync(ct);
        if (partners.Count != partnerIds.Count)
        {
            throw new DomainException("monitoring.partner.notfound", "PartnerIds", ErrorKind.NotFound);
        }

        var errors = MonitoringVisit.Problems(c.VisitedOn, today, c.Place, c.Visitors, c.Advice, partners.Count);
        if (partners.Select(p => p.ProgramId).Distinct().Count() > 1 || (programId is { } gp && partners.Any(p => p.ProgramId != gp)))
        {
            errors.Add(new DomainException("visit.partners.oneprogram", "PartnerIds"));
        }

        var program = programId ?? partners.FirstOrDefault()?.ProgramId ?? Guid.Empty;
        var visited = partners.Select(p => p.Id).ToHashSet();
        var visitedOn = c.VisitedOn ?? today;

        for (var i = 0; i < c.PartnerAdvice.Count; i++)
        {
            var a = c.PartnerAdvice[i];
            if (string.IsNullOrWhiteSpace(a.Advice))
            {
                continue;
            }

            if (a.PartnerId is not { } pid || !visited.Contains(pid))
            {
                errors.Add(new DomainException("visit.partner.notvisited", $"PartnerAdvice[{i}].PartnerId"));
            }

            MonitoringVisit.Text(a.Advice, MonitoringVisit.MaxAdvice, $"PartnerAdvice[{i}].Advice", null, errors);
        }

        for (var i = 0; i < c.Findings.Count; i++)
        {
            var f = c.Findings[i];
            if (f.IsBlank)
            {
                continue;
            }

            if (f.Kind is null || !Enum.IsDefined(f.Kind.Value))
            {
                errors.Add(new DomainException("visit.finding.kind.required", $"Findings[{i}].Kind"));
            }

            MonitoringVisit.Text(f.Text, MonitoringVisit.MaxFinding, $"Findings[{i}].Text", "visit.finding.text.required", errors);
            if (f.PartnerId is { } fp && !visited.Contains(fp))
            {
                errors.Add(new DomainException("visit.partner.notvisited", $"Findings[{i}].PartnerId"));
            }
        }

        var owned = new List<FollowUpOwner?>();
        for (var i = 0; i < c.FollowUps.Count; i++)
        {
            var f = c.FollowUps[i];
            var owner = FollowUpOwner.Parse(f.Owner);
            owned.Add(owner);
            if (f.IsBlank)
            {
                continue;
            }

            errors.AddRange(FollowUp.Problems(f.Task, owner, visitedOn, f.DueOn, $"FollowUps[{i}]."));
            if (owner is { IsOne: true } && !await owners.IsValidAsync(owner, program, visited, ct))
            {
                errors.Add(new DomainException("followup.owner.invalid", $"FollowUps[{i}].Owner"));
            }

            if (f.PartnerId is { } fp && !visited.Contains(fp))
            {
                errors.Add(new DomainException("visit.partner.notvisited", $"FollowUps[{i}].PartnerId"));
            }
        }

        var answered = await (await access.HelpRequestsAsync(ct)).Where(h => c.AnswersHelpRequestIds.Contains(h.Id)).ToListAsync(ct);
        if (answered.Count != c.AnswersHelpRequestIds.Distinct().Count()
            || answered.Any(h => !visited.Contains(h.PartnerId) || h.State != HelpRequestState.Open))
        {
            errors.Add(new DomainException("visit.help.notopen", "AnswersHelpRequestIds"));
        }

        var location = c.Location;
        Guid? locatedPartner = null;
        if (location is { Latitude: not null } or { Longitude: not null })
        {
            errors.AddRange(PartnerLocation.Problems(location.Latitude, location.Longitude, location.Consent, "Location."));
            locatedPartner = location.PartnerId ?? (visited.Count == 1 ? visited.First() : null);
            if (locatedPartner is not { } lp || !visited.Contains(lp))
            {
                errors.Add(new DomainException("location.partner.required", "Location.PartnerId"));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        await me.RequireProgramAsync(program, ct);
        var visit = new MonitoringVisit(program, c.GroupId, visitedOn, c.Place!, c.Visitors!, c.Advice, me.Id, clock.GetUtcNow());
        foreach (var p in partners)
        {
            var personal = c.PartnerAdvice.FirstOrDefault(a => a.PartnerId == p.Id && !string.IsNullOrWhiteSpace(a.Advice));
            visit.AddPartner(p.Id, personal?.Advice);
        }

        foreach (var f in c.Findings.Where(f => !f.IsBlank))
        {
            visit.AddFinding(f.Kind!.Value, f.Text!, f.PartnerId);
        }

        db.MonitoringVisits.Add(visit);
        var groups = await access.GroupsOfAsync(visited, ct);
        for (var i = 0; i < c.FollowUps.Count; i++)
        {
            var f = c.FollowUps[i];
            if (f.IsBlank)
            {
                continue;
            }

            Guid? group = f.PartnerId is { } fp && groups.TryGetValue(fp, out var g) ? g : c.GroupId;
            db.FollowUps.Add(new FollowUp(program, visit.Id, null, f.PartnerId, group, f.Task!, owned[i]!, visitedOn, f.DueOn!.Value));
        }

        foreach (var h in answered)
        {
            var personal = visit.Partners.First(p => p.PartnerId == h.PartnerId).Advice;
            h.AnswerByVisit(visit.Id, visitedOn, personal ?? visit.Advice, me.Id);
        }

        if (locatedPartner is { } located)
        {
            var current = await db.PartnerLocations.FirstOrDefaultAsync(l => l.PartnerId == located, ct);
            if (current is null)
            {
                db.PartnerLocations.Add(new PartnerLocation(located, location!.Latitude!.Value, location.Longitude!.Value, visitedOn, visit.Id, me.Id));
            }
            else
            {
                current.Record(location!.Latitude!.Value, location.Longitude!.Value, visitedOn, visit.Id, me.Id);
            }
        }

        AddTimeline(visit, partners.Select(p => (p.Id, p.OwnerName)).ToList(), groups);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    /// <summary>One event per group visited (Supporting); a partner without a group gets their own.</summary>
    private void AddTimeline(MonitoringVisit visit, List<(Guid Id, string Name)> partners, Dictionary<Guid, Guid> groups)
    {
        var summary = AskForHelp.Short($"{visit.Place}: {visit.Advice ?? string.Join("; ", visit.Findings.Select(f => f.Text))}".TrimEnd(' ', ':'));
        foreach (var group in partners.Where(p => groups.ContainsKey(p.Id)).Select(p => groups[p.Id]).Distinct())
        {
            db.Timeline.Add(new TimelineEvent(visit.ProgramId, group, null, visit.VisitedOn, FivePApproach.Supporting, "monitoring.visited", summary,
                nameof(MonitoringVisit), visit.Id, clock.GetUtcNow()));
        }

        foreach (var p in partners.Where(p => !groups.ContainsKey(p.Id)))
        {
            db.Timeline.Add(new TimelineEvent(visit.ProgramId, null, p.Id, visit.VisitedOn, FivePApproach.Supporting, "monitoring.visited", summary,
                nameof(MonitoringVisit), visit.Id, clock.GetUtcNow()));
        }
    }
}
