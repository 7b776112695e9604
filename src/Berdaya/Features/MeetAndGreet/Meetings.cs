using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Monitoring;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record AttendeeLine(Guid PartnerId, string Name, string GroupName, AttendeeRole Role, bool Came);

public sealed record MeetingFollowUpLine(Guid Id, string Task, string Owner, DateOnly DueOn, FollowUpState State, string? Outcome);

public sealed record CollaborationLine(Guid Id, CollaborationKind Kind, Guid PartnerId, string Partner, Guid OtherPartnerId, string Other, string What,
    DateOnly StartedOn, Guid? SupplyOrderId, Guid MeetingId, DateOnly MeetingOn);

public sealed record MeetingDraft(MeetingKind Kind, Guid ProgramId, Guid? PairId, Guid? RoundId, string? RoundName, Guid? SpeakerId, string? Topic,
    IReadOnlyList<AttendeeLine> Invited, IReadOnlyList<FollowUpOwners.OwnerChoice> Owners);

public sealed record MeetingView(Guid Id, Guid ProgramId, Guid? RoundId, string? RoundName, Guid? PairId, MeetingKind Kind, DateOnly HeldOn, string Place,
    string Topics, string? Agreed, string RecordedBy, IReadOnlyList<AttendeeLine> Attendees, IReadOnlyList<MeetingFollowUpLine> FollowUps,
    IReadOnlyList<CollaborationLine> Collaborations);

/// <summary>
/// Meetings of Meet and Greet (docs/domain.md, Meet and Greet: meetings): a kept pair both of whose sides agreed meets; a peer seminar
/// brings an independent partner or a mentor to speak to coached partners. Each is recorded after it was held with who came, the
/// topics and what was agreed, with follow-ups as for a visit; every partner who came sees it on their group's timeline (Fostering).
/// </summary>
[FeatureService]
public sealed class Meetings(AppDbContext db, MeetingAccess access, FollowUpOwners owners)
{
    public const int MaxFollowUps = 10;

    public sealed record FollowUpInput
    {
        public string? Task { get; set; }

        /// <summary>"user:{id}" (staff of the program) or "partner:{id}" (someone invited).</summary>
        public string? Owner { get; set; }

        public DateOnly? DueOn { get; set; }
    }

    public sealed record Command
    {
        public MeetingKind? Kind { get; set; }

        /// <summary>A pair meeting: the kept pair; its round and its two partners follow.</summary>
        public Guid? PairId { get; set; }

        /// <summary>A seminar: the round it belongs to, if any.</summary>
        public Guid? RoundId { get; set; }

        /// <summary>A seminar: the partner who speaks.</summary>
        public Guid? SpeakerId { get; set; }

        /// <summary>A seminar: the partners invited to listen.</summary>
        public List<Guid>? Participants { get; set; }

        /// <summary>Of those invited, who came.</summary>
        public List<Guid>? Came { get; set; }

        public DateOnly? HeldOn { get; set; }
        public string? Place { get; set; }
        public string? Topics { get; set; }
        public string? Agreed { get; set; }
        public List<FollowUpInput>? FollowUps { get; set; }
    }

    public async Task<Meeting> RecordAsync(Command c, CancellationToken ct)
    {
        access.RequireField();
        var came = (c.Came ?? []).ToHashSet();
        var invited = new List<(Guid PartnerId, AttendeeRole Role, bool Came)>();
        Guid programId;
        Guid? roundId = null;
        DateOnly? notBefore = null;
        RoundPair? pair = null;
        if (c.Kind == MeetingKind.Pair)
        {
            pair = c.PairId is { } pid ? await db.RoundPairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
            var round = pair is null ? null : await db.MatchingRounds.AsNoTracking().FirstAsync(r => r.Id == pair.RoundId, ct);
            var scope = await access.PartnerIdsAsync(ct);
            if (pair is null || round is null || !await scope.AnyAsync(p => p == pair.MenteePartnerId || p == pair.MentorPartnerId, ct))
            {
                throw new DomainValidationException([new DomainException("meeting.pair.unknown", "PairId")]);
            }

            if (!pair.Agreed)
            {
                throw new DomainValidationException([new DomainException("meeting.pair.notagreed", "PairId")]);
            }

            programId = round.ProgramId;
            roundId = round.Id;
            notBefore = round.StartedOn;
            invited.Add((pair.MentorPartnerId, AttendeeRole.Mentor, came.Contains(pair.MentorPartnerId)));
            invited.Add((pair.MenteePartnerId, AttendeeRole.Mentee, came.Contains(pair.MenteePartnerId)));
        }
        else
        {
            var ids = (c.Participants ?? []).Where(p => p != c.SpeakerId).Distinct().ToList();
            if (ids.Count > Meeting.MaxAttendees)
            {
                throw new DomainValidationException([new DomainException("meeting.attendees.toomany", "Participants", ErrorKind.Validation, Meeting.MaxAttendees)]);
            }

            var all = c.SpeakerId is { } s ? ids.Append(s).ToList() : ids;
            var partners = await db.Partners.AsNoTracking().Where(p => all.Contains(p.Id)).Select(p => new { p.Id, p.ProgramId, p.Status }).ToListAsync(ct);
            var scope = await access.PartnerIdsAsync(ct);
            var inScope = await scope.Where(p => all.Contains(p)).ToListAsync(ct);
            var errors = new List<DomainException>();
            var speaker = partners.FirstOrDefault(p => p.Id == c.SpeakerId);
            if (speaker is null)
            {
                errors.Add(new DomainException("field.required", "SpeakerId"));
            }
            else if (speaker.Status != PartnerStatus.Independent
                     && !await db.MentorOffers.AnyAsync(o => o.PartnerId == speaker.Id && o.WithdrawnAt == null, ct))
            {
                errors.Add(new DomainException("meeting.speaker.notmentor", "SpeakerId"));
            }

            if (partners.Count != all.Count || partners.Select(p => p.ProgramId).Distinct().Count() > 1 || (all.Count > 0 && inScope.Count == 0))
            {
                errors.Add(new DomainException("meeting.attendee.unknown", "Participants"));
            }

            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            programId = speaker!.ProgramId;
            if (c.RoundId is { } rid)
            {
                var round = await db.MatchingRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rid && r.ProgramId == programId, ct)
                            ?? throw new DomainValidationException([new DomainException("meeting.round.unknown", "RoundId")]);
                roundId = round.Id;
                notBefore = round.StartedOn;
            }

            invited.Add((speaker.Id, AttendeeRole.Speaker, came.Contains(speaker.Id)));
            invited.AddRange(ids.Select(p => (p, AttendeeRole.Participant, came.Contains(p))));
        }

        var followUps = c.FollowUps ?? [];
        var problems = new List<DomainException>();
        Meeting? meeting = null;
        try
        {
            meeting = Meeting.Record(programId, roundId, pair?.Id, c.Kind, c.HeldOn, notBefore, c.Place, c.Topics, c.Agreed, invited, access.Today, access.By, access.Now);
        }
        catch (DomainValidationException e)
        {
            problems.AddRange(e.Errors);
        }

        var people = invited.Select(i => i.PartnerId).ToList();
        var setOn = c.HeldOn is { } h && h <= access.Today ? h : access.Today;
        var tasks = await FollowUpsAsync(programId, setOn, followUps, people, "FollowUps", problems, ct);
        if (problems.Count > 0)
        {
            throw new DomainValidationException(problems);
        }

        db.Meetings.Add(meeting!);
        var groups = await access.GroupsOfAsync(people, ct);
        foreach (var t in tasks)
        {
            db.FollowUps.Add(Task(programId, meeting!, setOn, t, groups));
        }

        var names = await db.Partners.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var summary = meeting!.Kind == MeetingKind.Pair
            ? $"Temu mitra: {names[pair!.MenteePartnerId]} bertemu mentor {names[pair.MentorPartnerId]} di {meeting.Place}"
            : $"Seminar temu mitra: {names[c.SpeakerId!.Value]} berbagi pengalaman di {meeting.Place}";
        foreach (var a in meeting.Attendees.Where(a => a.Came))
        {
            db.Timeline.Add(new TimelineEvent(programId, groups.TryGetValue(a.PartnerId, out var g) ? g : null, a.PartnerId, meeting.HeldOn, FivePApproach.Fostering,
                "meeting.held", summary, nameof(Meeting), meeting.Id, access.Now));
        }

        await db.SaveChangesAsync(ct);
        return meeting;
    }

    private sealed record TaskInput(string Task, FollowUpOwner Owner, DateOnly DueOn);

    /// <summary>A follow-up of the meeting, set on the day it was held (or the day it was added later); a partner's is on their group.</summary>
    private static FollowUp Task(Guid programId, Meeting m, DateOnly setOn, TaskInput t, Dictionary<Guid, Guid> groups)
    {
        return FollowUp.ForMeeting(programId, m.Id, t.Owner.PartnerId, t.Owner.PartnerId is { } p && groups.TryGetValue(p, out var g) ? g : null, t.Task, t.Owner,
            setOn, t.DueOn);
    }

    /// <summary>Checks each follow-up (named "FollowUps[i].Field"; <paramref name="prefix"/> alone for one); an empty row is left out.</summary>
    private async Task<List<TaskInput>> FollowUpsAsync(Guid programId, DateOnly setOn, List<FollowUpInput> rows, List<Guid> invited, string? prefix, List<DomainException> errors,
        CancellationToken ct)
    {
        var made = new List<TaskInput>();
        var filled = rows.Select((r, i) => (r, i)).Where(x => !string.IsNullOrWhiteSpace(x.r.Task) || !string.IsNullOrWhiteSpace(x.r.Owner) || x.r.DueOn is not null).ToList();
        if (filled.Count > MaxFollowUps)
        {
            errors.Add(new DomainException("meeting.followups.toomany", prefix, ErrorKind.Validation, MaxFollowUps));
            return made;
        }

        foreach (var (r, i) in filled)
        {
            var owner = FollowUpOwner.Parse(r.Owner);
            var p = prefix is null ? "" : $"{prefix}[{i}].";
            var rowErrors = FollowUp.Problems(r.Task, owner, setOn, r.DueOn, p);
            if (owner is { IsOne: true } && !await owners.IsValidAsync(owner, programId, invited, ct))
            {
                rowErrors.Add(new DomainException("followup.owner.invalid", p + "Owner"));
            }

            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                made.Add(new TaskInput(r.Task!.Trim(), owner!, r.DueOn!.Value));
            }
        }

        return made;
    }

    /// <summary>A follow-up set after the meeting was recorded.</summary>
    public async Task<FollowUp> AddFollowUpAsync(Guid meetingId, FollowUpInput c, CancellationToken ct)
    {
        var m = await access.MeetingAsync(meetingId, true, ct);
        var errors = new List<DomainException>();
        var people = m.Attendees.Select(a => a.PartnerId).ToList();
        var made = await FollowUpsAsync(m.ProgramId, access.Today, [c], people, null, errors, ct);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        if (made.Count == 0)
        {
            throw new DomainValidationException([new DomainException("followup.task.required", "Task")]);
        }

        var f = Task(m.ProgramId, m, access.Today, made[0], await access.GroupsOfAsync(people, ct));
        db.FollowUps.Add(f);
        await db.SaveChangesAsync(ct);
        return f;
    }

    /// <summary>
    /// What the meeting form offers: a kept pair both agreed to (its two partners), or a round's proposed seminar (its speaker and the
    /// mentees who share the need); the owners a follow-up may have.
    /// </summary>
    public async Task<MeetingDraft> DraftAsync(Guid? pairId, Guid? roundId, int? seminar, CancellationToken ct)
    {
        access.RequireField();
        var scope = await access.PartnerIdsAsync(ct);
        MatchingRound? round;
        MeetingKind kind;
        Guid? speaker = null;
        string? topic = null;
        var invited = new List<(Guid Id, AttendeeRole Role)>();
        if (pairId is { } pid)
        {
            var pair = await db.RoundPairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct);
            if (pair is null || !await scope.AnyAsync(p => p == pair.MenteePartnerId || p == pair.MentorPartnerId, ct))
            {
                throw new DomainException("meeting.pair.unknown", "Id", ErrorKind.NotFound);
            }

            round = await db.MatchingRounds.AsNoTracking().FirstAsync(r => r.Id == pair.RoundId, ct);
            kind = MeetingKind.Pair;
            invited.Add((pair.MentorPartnerId, AttendeeRole.Mentor));
            invited.Add((pair.MenteePartnerId, AttendeeRole.Mentee));
        }
        else
        {
            round = roundId is { } rid ? await db.MatchingRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rid, ct) : null;
            var proposal = round is not null && seminar is { } i && i >= 0 && i < round.Seminars.Count ? round.Seminars[i] : null;
            if (round is null || proposal is null || !await scope.AnyAsync(p => proposal.Mentees.Contains(p) || p == proposal.SpeakerId, ct))
            {
                throw new DomainException("meeting.notfound", "Id", ErrorKind.NotFound);
            }

            kind = MeetingKind.Group;
            speaker = proposal.SpeakerId;
            topic = proposal.Need.ToString();
            invited.Add((proposal.SpeakerId, AttendeeRole.Speaker));
            invited.AddRange(proposal.Mentees.Select(m => (m, AttendeeRole.Participant)));
        }

        var ids = invited.Select(x => x.Id).ToList();
        var names = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var groups = await access.GroupsOfAsync(ids, ct);
        var groupIds = groups.Values.Distinct().ToList();
        var groupNames = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var lines = invited.Select(x => new AttendeeLine(x.Id, names.GetValueOrDefault(x.Id, "?"),
            groups.TryGetValue(x.Id, out var g) ? groupNames.GetValueOrDefault(g, "") : "", x.Role, false)).ToList();
        return new MeetingDraft(kind, round.ProgramId, pairId, round.Id, round.Name, speaker, topic, lines,
            await owners.OptionsAsync(round.ProgramId, lines.Select(l => (l.PartnerId, l.Name)).ToList(), ct));
    }

    public async Task<MeetingView> GetAsync(Guid id, CancellationToken ct)
    {
        var m = await access.MeetingAsync(id, false, ct);
        var people = m.Attendees.Select(a => a.PartnerId).ToList();
        var collabs = await db.Collaborations.AsNoTracking().Where(x => x.MeetingId == id).OrderBy(x => x.StartedOn).ToListAsync(ct);
        people.AddRange(collabs.SelectMany(x => new[] { x.PartnerId, x.OtherPartnerId }));
        var names = await db.Partners.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var groups = await access.GroupsOfAsync(people.Distinct().ToList(), ct);
        var groupIds = groups.Values.Distinct().ToList();
        var groupNames = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var tasks = await db.FollowUps.AsNoTracking().Where(f => f.MeetingId == id).OrderBy(f => f.DueOn).ToListAsync(ct);
        var ownerNames = await owners.NamesAsync(tasks.Select(t => t.Owner), ct);
        var roundName = m.RoundId is { } r ? await db.MatchingRounds.Where(x => x.Id == r).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        string GroupName(Guid p) => groups.TryGetValue(p, out var g) ? groupNames.GetValueOrDefault(g, "") : "";
        return new MeetingView(m.Id, m.ProgramId, m.RoundId, roundName, m.PairId, m.Kind, m.HeldOn, m.Place, m.Topics, m.Agreed, m.RecordedBy,
            m.Attendees.OrderBy(a => a.Role).ThenBy(a => names.GetValueOrDefault(a.PartnerId), StringComparer.Ordinal)
                .Select(a => new AttendeeLine(a.PartnerId, names.GetValueOrDefault(a.PartnerId, "?"), GroupName(a.PartnerId), a.Role, a.Came)).ToList(),
            tasks.Select(t => new MeetingFollowUpLine(t.Id, t.Task, ownerNames.GetValueOrDefault(t.Owner.ToString(), "?"), t.DueOn, t.State, t.Outcome)).ToList(),
            collabs.Select(x => Collaborations.Line(x, names, m.HeldOn)).ToList());
    }
}
