using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>
/// What the training pages and endpoints read (docs/domain.md, Coaching: trainings): the catalogue, the providers with
/// their sessions' comprehension and adoption over time, the quarterly calendar, one session with its sheet, answers
/// and adoption, and what is flagged. Scores are summed here, per session: a few dozen rows each.
/// </summary>
[FeatureService]
public sealed class CoachingQueries(AppDbContext db, CoachingAccess access)
{
    public sealed record Topic(Guid Id, Guid ProgramId, string Code, string Name, NeedKind Need, string? Evidence, int AdoptionWeeks, int Sessions,
        Adoption Adoption);

    public sealed record Adoption(int Checked, int Used, decimal? Rate, bool Low, IReadOnlyList<ReasonCount> Reasons);

    public sealed record Provider(Guid Id, Guid ProgramId, ProviderKind Kind, string Name, string? Contact, string? Teaches, Guid? PartnerId,
        string? PartnerName, int Sessions, decimal? AverageUnderstood);

    public sealed record ProviderDetails(Provider Provider, IReadOnlyList<SessionRow> Sessions, decimal Threshold, IReadOnlyList<FlaggedSession> Flagged);

    public sealed record SessionRow(Guid Id, DateOnly HeldOn, int Quarter, string Topic, string TopicCode, string Provider, string Place, int Invited,
        int Attended, bool IsHeld, decimal Cost, decimal? AverageUnderstood, decimal? AverageCanApply, bool Flagged, Adoption Adoption);

    public sealed record Calendar(Guid ProgramId, int Year, decimal Threshold, IReadOnlyList<SessionRow> Sessions);

    public sealed record Participant(Guid PartnerId, string Name, string? GroupName, string VillageCode, AttendanceState Attendance, int? Understood,
        int? CanApply, string? Hard, bool? Used, AdoptionReason? Reason, string? ReasonText);

    public sealed record SessionDetails(Guid Id, Guid ProgramId, Guid TopicId, string TopicCode, string Topic, NeedKind Need, string? Evidence,
        Guid ProviderId, string Provider, ProviderKind ProviderKind, DateOnly HeldOn, string Place, string? VillageCode, decimal Cost, int Capacity,
        bool IsHeld, bool CostPosted, decimal Threshold, decimal? AverageUnderstood, decimal? AverageCanApply, bool Flagged, DateOnly AdoptionDue,
        bool AdoptionIsDue, Adoption Adoption, IReadOnlyList<Participant> Participants, bool MayRun, Guid? OwnPartnerId);

    public sealed record Flags(Guid ProgramId, decimal Threshold, IReadOnlyList<FlaggedSession> Sessions, IReadOnlyList<Topic> LowAdoption);

    public sealed record FlaggedSession(SessionRow Session, IReadOnlyList<Answer> Answers);

    public sealed record Answer(int Understood, int CanApply, string? Hard);

    public async Task<IReadOnlyList<Topic>> TopicsAsync(Guid? programId, CancellationToken ct = default)
    {
        access.RequireCatalogueReader();
        var program = await access.ProgramAsync(programId, ct);
        var topics = await db.TrainingTopics.AsNoTracking().Where(t => t.ProgramId == program).OrderBy(t => t.Name).ToListAsync(ct);
        var checks = await (from s in db.TrainingSessions
                            join p in db.SessionParticipants on s.Id equals p.SessionId
                            where s.ProgramId == program && p.Attendance == AttendanceState.Attended
                            select new { s.TopicId, p.Used, p.NotUsedReason }).ToListAsync(ct);
        var counts = await db.TrainingSessions.Where(s => s.ProgramId == program).GroupBy(s => s.TopicId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return topics.Select(t => new Topic(t.Id, t.ProgramId, t.Code, t.Name, t.Need, t.Evidence, t.AdoptionWeeks, counts.GetValueOrDefault(t.Id),
            Of(TrainingOutcomes.Adoption(checks.Where(c => c.TopicId == t.Id).Select(c => (c.Used, c.NotUsedReason)))))).ToList();
    }

    public async Task<IReadOnlyList<Provider>> ProvidersAsync(Guid? programId, CancellationToken ct = default)
    {
        access.RequireCatalogueReader();
        var program = await access.ProgramAsync(programId, ct);
        var providers = await db.TrainingProviders.AsNoTracking().Where(p => p.ProgramId == program).OrderBy(p => p.Name).ToListAsync(ct);
        var scores = await (from s in db.TrainingSessions
                            join p in db.SessionParticipants on s.Id equals p.SessionId
                            where s.ProgramId == program && p.Understood != null
                            select new { s.ProviderId, p.Understood }).ToListAsync(ct);
        var counts = await db.TrainingSessions.Where(s => s.ProgramId == program).GroupBy(s => s.ProviderId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var names = await PartnerNamesAsync(providers.Where(p => p.PartnerId is not null).Select(p => p.PartnerId!.Value), ct);
        return providers.Select(p => new Provider(p.Id, p.ProgramId, p.Kind, p.Name, p.Contact, p.Teaches, p.PartnerId,
            p.PartnerId is { } id ? names.GetValueOrDefault(id) : null, counts.GetValueOrDefault(p.Id),
            TrainingOutcomes.Average(scores.Where(s => s.ProviderId == p.Id).Select(s => s.Understood)))).ToList();
    }

    public async Task<ProviderDetails> ProviderAsync(Guid id, CancellationToken ct = default)
    {
        access.RequireCatalogueReader();
        var programId = await db.TrainingProviders.Where(p => p.Id == id).Select(p => (Guid?)p.ProgramId).FirstOrDefaultAsync(ct);
        if (programId is null || !await ScopedAsync(programId.Value, ct))
        {
            throw new DomainException("training.provider.notfound", "Id", ErrorKind.NotFound);
        }

        var provider = (await ProvidersAsync(programId, ct)).Single(p => p.Id == id);
        var threshold = await access.ThresholdAsync(programId.Value, ct);
        var sessions = await RowsAsync(db.TrainingSessions.Where(s => s.ProviderId == id), threshold, ct);

        // A flagged session is for the provider too, with its answers (docs/domain.md, Coaching: trainings).
        var flagged = await WithAnswersAsync(sessions.Where(s => s.Flagged).OrderByDescending(s => s.HeldOn).ToList(), ct);
        return new ProviderDetails(provider, sessions.OrderBy(s => s.HeldOn).ToList(), threshold, flagged);
    }

    /// <summary>A program's sessions of one year, by date (the quarterly calendar); a partner's own sessions whatever the program.</summary>
    public async Task<Calendar> CalendarAsync(Guid? programId, int? year, CancellationToken ct = default)
    {
        var sessions = await access.SessionsAsync(ct);
        if (access.User.IsPartner && !access.MayPlan)
        {
            var partnerProgram = (await access.User.ScopeAsync(ct)).ProgramIds.FirstOrDefault();
            var mine = await RowsAsync(sessions, await access.ThresholdAsync(partnerProgram, ct), ct);
            return new Calendar(partnerProgram, 0, CoachingSettings.DefaultThreshold, mine.OrderByDescending(s => s.HeldOn).ToList());
        }

        var program = await access.ProgramAsync(programId, ct);
        var y = year ?? access.Today.Year;
        if (y is < 2000 or > 2100)
        {
            throw new DomainValidationException([new DomainException("training.year", "Year")]);
        }

        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        var threshold = await access.ThresholdAsync(program, ct);
        var rows = await RowsAsync(sessions.Where(s => s.ProgramId == program && s.HeldOn >= from && s.HeldOn <= to), threshold, ct);
        return new Calendar(program, y, threshold, rows.OrderBy(s => s.HeldOn).ToList());
    }

    /// <summary>The years that have sessions in the program, for the calendar's year links.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(Guid programId, CancellationToken ct = default) =>
        (await (await access.SessionsAsync(ct)).Where(s => s.ProgramId == programId).Select(s => s.HeldOn).ToListAsync(ct))
        .Select(d => d.Year).Distinct().Order().ToList();

    public async Task<SessionDetails> SessionAsync(Guid id, CancellationToken ct = default)
    {
        var s = await (await access.SessionsAsync(ct)).AsNoTracking().Include(x => x.Participants).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new DomainException("training.notfound", "Id", ErrorKind.NotFound);
        var topic = await db.TrainingTopics.AsNoTracking().FirstAsync(t => t.Id == s.TopicId, ct);
        var provider = await db.TrainingProviders.AsNoTracking().FirstAsync(p => p.Id == s.ProviderId, ct);
        var threshold = await access.ThresholdAsync(s.ProgramId, ct);
        var own = access.MayPlan || access.User.IsEvaluator || access.User.IsViewer ? null : (await access.User.ScopeAsync(ct)).PartnerId;
        var shown = s.Participants.Where(p => own is null || p.PartnerId == own).ToList();
        var ids = shown.Select(p => p.PartnerId).ToList();
        var people = await db.Partners.Where(p => ids.Contains(p.Id)).Select(p => new
        {
            p.Id,
            p.OwnerName,
            p.VillageCode,
            Group = db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => g.Name).FirstOrDefault(),
        }).ToDictionaryAsync(p => p.Id, ct);
        var participants = shown.Select(p => new Participant(p.PartnerId, people[p.PartnerId].OwnerName, people[p.PartnerId].Group,
                people[p.PartnerId].VillageCode, p.Attendance, p.Understood, p.CanApply, p.Hard, p.Used, p.NotUsedReason, p.NotUsedText))
            .OrderBy(p => p.GroupName).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var attended = s.Participants.Where(p => p.Attendance == AttendanceState.Attended).ToList();
        var understood = TrainingOutcomes.Average(attended.Select(p => p.Understood));
        var due = s.AdoptionDue(topic.AdoptionWeeks);
        return new SessionDetails(s.Id, s.ProgramId, topic.Id, topic.Code, topic.Name, topic.Need, topic.Evidence, provider.Id, provider.Name, provider.Kind,
            s.HeldOn, s.Place, s.VillageCode, s.Cost, s.Capacity, s.IsHeld, s.CostEntryId is not null, threshold, understood,
            TrainingOutcomes.Average(attended.Select(p => p.CanApply)), TrainingOutcomes.IsPoorlyUnderstood(understood, threshold), due,
            s.IsHeld && due <= access.Today, Of(TrainingOutcomes.Adoption(attended.Select(p => (p.Used, p.NotUsedReason)))), participants, access.MayPlan, own);
    }

    /// <summary>Sessions poorly understood (with their answers) and topics with low adoption (with the reasons counted).</summary>
    public async Task<Flags> FlagsAsync(Guid? programId, CancellationToken ct = default)
    {
        access.RequireCatalogueReader();
        var program = await access.ProgramAsync(programId, ct);
        var threshold = await access.ThresholdAsync(program, ct);
        var rows = await RowsAsync((await access.SessionsAsync(ct)).Where(s => s.ProgramId == program && s.IsHeld), threshold, ct);
        var flagged = rows.Where(r => r.Flagged).OrderByDescending(r => r.HeldOn).ToList();
        var topics = (await TopicsAsync(program, ct)).Where(t => t.Adoption.Low).ToList();
        return new Flags(program, threshold, await WithAnswersAsync(flagged, ct), topics);
    }

    /// <summary>Each session with its participants' answers, lowest "understood" first, without names.</summary>
    private async Task<List<FlaggedSession>> WithAnswersAsync(List<SessionRow> sessions, CancellationToken ct)
    {
        var ids = sessions.Select(f => f.Id).ToList();
        var answers = ids.Count == 0
            ? []
            : await db.SessionParticipants.Where(p => ids.Contains(p.SessionId) && p.Understood != null)
                .Select(p => new { p.SessionId, p.Understood, p.CanApply, p.Hard }).ToListAsync(ct);
        return sessions.Select(f => new FlaggedSession(f, answers.Where(a => a.SessionId == f.Id).OrderBy(a => a.Understood)
            .Select(a => new Answer(a.Understood!.Value, a.CanApply ?? 0, a.Hard)).ToList())).ToList();
    }

    /// <summary>One line per session with its averages and adoption; the caller has scoped the sessions.</summary>
    private async Task<List<SessionRow>> RowsAsync(IQueryable<TrainingSession> sessions, decimal threshold, CancellationToken ct)
    {
        var list = await sessions.AsNoTracking().Select(s => new
        {
            s.Id,
            s.HeldOn,
            Topic = db.TrainingTopics.Where(t => t.Id == s.TopicId).Select(t => new { t.Name, t.Code }).First(),
            Provider = db.TrainingProviders.Where(p => p.Id == s.ProviderId).Select(p => p.Name).First(),
            s.Place,
            s.IsHeld,
            s.Cost,
        }).ToListAsync(ct);
        var ids = list.Select(s => s.Id).ToList();
        var people = await db.SessionParticipants.Where(p => ids.Contains(p.SessionId))
            .Select(p => new { p.SessionId, p.Attendance, p.Understood, p.CanApply, p.Used, p.NotUsedReason }).ToListAsync(ct);
        var bySession = people.ToLookup(p => p.SessionId);
        return list.Select(s =>
        {
            var all = bySession[s.Id].ToList();
            var came = all.Where(p => p.Attendance == AttendanceState.Attended).ToList();
            var understood = TrainingOutcomes.Average(came.Select(p => p.Understood));
            return new SessionRow(s.Id, s.HeldOn, (s.HeldOn.Month + 2) / 3, s.Topic.Name, s.Topic.Code, s.Provider, s.Place, all.Count, came.Count, s.IsHeld,
                s.Cost, understood, TrainingOutcomes.Average(came.Select(p => p.CanApply)), TrainingOutcomes.IsPoorlyUnderstood(understood, threshold),
                Of(TrainingOutcomes.Adoption(came.Select(p => (p.Used, p.NotUsedReason)))));
        }).ToList();
    }

    private async Task<bool> ScopedAsync(Guid programId, CancellationToken ct)
    {
        var s = await access.User.ScopeAsync(ct);
        return s.IsAdmin || s.ProgramIds.Contains(programId);
    }

    private async Task<Dictionary<Guid, string>> PartnerNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Partners.Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
    }

    private static Adoption Of(AdoptionSummary a) => new(a.Checked, a.Used, a.Rate, a.IsLow, a.Reasons);
}
