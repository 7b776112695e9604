using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Evaluations;

public sealed record EvaluationLine(Guid Id, EvaluationSubject Subject, Guid SubjectId, string Title, Guid? GroupId, int Year, EvaluationDecision? Decision,
    int CriteriaMet, int Criteria, bool Judged);

public sealed record EvaluationView(Guid Id, Guid ProgramId, string ProgramName, int Year, EvaluationSubject Subject, Guid SubjectId, string Title, string? GroupName,
    EvaluationEvidence Evidence, IReadOnlyDictionary<Guid, string> MemberTitles, string GatheredBy, DateTimeOffset GatheredAt, string? EvaluatorJudgement,
    string? EvaluatorName, string? OfficerJudgement, string? OfficerName, EvaluationDecision? Decision, string? DecisionReason, string? DecidedBy,
    DateOnly? DecidedOn, int Revision);

/// <summary>
/// The yearly evaluation (docs/domain.md, Evaluation; decision 0028): the office gathers the evidence of a group and its members
/// for a year, the evaluator and the officer add their judgements, and the office decides, with a reason. The evaluator reads
/// partners by their codes only.
/// </summary>
[FeatureService]
public sealed class Evaluations(AppDbContext db, CurrentUser me, ProgramScope programs, Scoring scoring, TimeProvider clock)
{
    public sealed record GatherCommand
    {
        public Guid? ProgramId { get; set; }
        public Guid? GroupId { get; set; }
        public int? Year { get; set; }
    }

    public sealed record DecideCommand
    {
        public EvaluationDecision? Decision { get; set; }
        public string? Reason { get; set; }
        public int? Revision { get; set; }
    }

    public sealed record JudgeCommand
    {
        public string? Judgement { get; set; }
        public int? Revision { get; set; }
    }

    public sealed record CriteriaCommand
    {
        public int? MinOnTimePercent { get; set; } = EvaluationCriteria.DefaultOnTimePercent;
        public int? MinScorePercent { get; set; } = EvaluationCriteria.DefaultScorePercent;
        public int? MinTurnoverGrowthPercent { get; set; } = EvaluationCriteria.DefaultTurnoverGrowthPercent;
        public int? MinTrainings { get; set; } = EvaluationCriteria.DefaultTrainings;
        public bool RequireNib { get; set; } = true;
    }

    public bool MayRead => me.IsAdmin || me.IsOfficer || me.IsEvaluator || me.IsViewer;
    public bool MayGather => me.IsAdmin || me.IsOfficer;
    public bool MayJudge => me.IsAdmin || me.IsOfficer || me.IsEvaluator;
    public bool MayDecide => me.IsAdmin || me.IsOfficer;
    public bool SeesNames => me.IsAdmin || me.IsOfficer || me.IsViewer;

    /// <summary>Gathers (or gathers again) the evidence of the group and each member for the year; decided evaluations stay as they are.</summary>
    public async Task<IReadOnlyList<Evaluation>> GatherAsync(GatherCommand c, CancellationToken ct)
    {
        if (!MayGather)
        {
            throw new DomainException("evaluation.forbidden", null, ErrorKind.Forbidden);
        }

        var today = clock.Today();
        var errors = new List<DomainException>();
        if (Evaluation.CheckYear(c.Year, today) is { } yearError)
        {
            errors.Add(yearError);
        }

        var group = c.GroupId is { } gid ? await (await me.GroupsAsync(ct)).Where(g => g.Id == gid).Select(g => new { g.Id, g.ProgramId, g.Name }).FirstOrDefaultAsync(ct) : null;
        if (group is null)
        {
            errors.Add(new DomainException(c.GroupId is null ? "field.required" : "group.notfound", "GroupId"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var year = c.Year!.Value;
        var gatherer = new EvaluationEvidenceGatherer(db);
        var criteria = await gatherer.CriteriaAsync(group!.ProgramId, ct);
        var (groupEvidence, members) = await gatherer.GroupAsync(group.Id, year, today, criteria, ct);
        var by = me.Name ?? me.RequiredId;
        var at = clock.GetUtcNow();
        var ids = members.Select(m => m.PartnerId).Append(group.Id).ToList();
        var existing = await db.Evaluations.Where(e => e.ProgramId == group.ProgramId && e.Year == year && ids.Contains(e.SubjectId)).ToListAsync(ct);
        var result = new List<Evaluation>();
        void Put(EvaluationSubject subject, Guid subjectId, EvaluationEvidence evidence)
        {
            var e = existing.FirstOrDefault(x => x.SubjectId == subjectId);
            if (e is null)
            {
                e = new Evaluation(group.ProgramId, year, subject, subjectId, group.Id, evidence.ToJson(), by, at);
                db.Evaluations.Add(e);
            }
            else if (!e.IsDecided)
            {
                e.Regather(evidence.ToJson(), by, at);
            }

            result.Add(e);
        }

        Put(EvaluationSubject.Group, group.Id, groupEvidence);
        foreach (var (partnerId, evidence) in members)
        {
            Put(EvaluationSubject.Partner, partnerId, evidence);
        }

        await SaveAsync(ct);
        return result;
    }

    public async Task<Evaluation> JudgeAsync(Guid id, JudgeCommand c, CancellationToken ct)
    {
        if (!MayJudge)
        {
            throw new DomainException("evaluation.forbidden", null, ErrorKind.Forbidden);
        }

        var e = await FindAsync(id, c.Revision, ct);
        if (me.IsEvaluator && !me.IsAdmin && !me.IsOfficer)
        {
            e.JudgeAsEvaluator(c.Judgement, me.Name ?? me.RequiredId, clock.GetUtcNow());
        }
        else
        {
            e.JudgeAsOfficer(c.Judgement, me.Name ?? me.RequiredId, clock.GetUtcNow());
        }

        await SaveAsync(ct);
        return e;
    }

    public async Task<Evaluation> DecideAsync(Guid id, DecideCommand c, CancellationToken ct)
    {
        if (!MayDecide)
        {
            throw new DomainException("evaluation.forbidden", null, ErrorKind.Forbidden);
        }

        var e = await FindAsync(id, c.Revision, ct);
        var today = clock.Today();
        e.Decide(c.Decision, c.Reason, me.Name ?? me.RequiredId, today);
        var title = await TitleAsync(e, true, ct);
        db.Timeline.Add(new TimelineEvent(e.ProgramId, e.GroupId, e.Subject == EvaluationSubject.Partner ? e.SubjectId : null, today, FivePApproach.Fostering,
            "evaluation.decided", $"Evaluasi {e.Year} {title}: {Word(e.Decision!.Value)}. {e.DecisionReason}", nameof(Evaluation), e.Id, clock.GetUtcNow()));
        await SaveAsync(ct);
        return e;
    }

    public async Task<EvaluationCriteria> CriteriaAsync(Guid programId, CancellationToken ct)
    {
        RequireRead();
        await me.RequireProgramAsync(programId, ct);
        return await new EvaluationEvidenceGatherer(db).CriteriaAsync(programId, ct);
    }

    public async Task<EvaluationCriteria> SetCriteriaAsync(Guid programId, CriteriaCommand c, CancellationToken ct)
    {
        if (!MayGather)
        {
            throw new DomainException("evaluation.forbidden", null, ErrorKind.Forbidden);
        }

        await me.RequireProgramAsync(programId, ct);
        var criteria = await db.EvaluationCriteria.FirstOrDefaultAsync(x => x.ProgramId == programId, ct);
        if (criteria is null)
        {
            criteria = new EvaluationCriteria(programId);
            db.EvaluationCriteria.Add(criteria);
        }

        criteria.Set(c.MinOnTimePercent, c.MinScorePercent, c.MinTurnoverGrowthPercent, c.MinTrainings, c.RequireNib);
        await SaveAsync(ct);
        return criteria;
    }

    public async Task<IReadOnlyList<EvaluationLine>> ListAsync(Guid programId, int? year, CancellationToken ct)
    {
        RequireRead();
        await me.RequireProgramAsync(programId, ct);
        var rows = await db.Evaluations.AsNoTracking().Where(e => e.ProgramId == programId && (year == null || e.Year == year))
            .OrderByDescending(e => e.Year).ThenBy(e => e.Subject).Take(2000).ToListAsync(ct);
        var titles = await TitlesAsync(programId, rows, ct);
        var key = SeesNames ? null : await scoring.KeyAsync(programId, ct);
        return rows.Select(e =>
        {
            var evidence = e.Read();
            var subjectId = key is not null && e.Subject == EvaluationSubject.Partner ? key.MaskOf(e.SubjectId) : e.SubjectId;
            return new EvaluationLine(e.Id, e.Subject, subjectId, titles.GetValueOrDefault(e.SubjectId, ""), e.GroupId, e.Year, e.Decision,
                evidence.Criteria.Count(c => c.Met), evidence.Criteria.Count, e.EvaluatorJudgement is not null || e.OfficerJudgement is not null);
        }).OrderByDescending(l => l.Year).ThenBy(l => l.Subject).ThenBy(l => l.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<EvaluationView> ViewAsync(Guid id, CancellationToken ct)
    {
        RequireRead();
        var e = await FindAsync(id, null, ct);
        var titles = await TitlesAsync(e.ProgramId, [e], ct);
        var evidence = e.Read();
        var key = await scoring.KeyAsync(e.ProgramId, ct);
        var programName = await db.Programs.Where(p => p.Id == e.ProgramId).Select(p => p.Name).FirstAsync(ct);
        var groupName = e.GroupId is { } g ? await db.Groups.Where(x => x.Id == g).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var subjectId = e.SubjectId;
        if (!SeesNames)
        {
            // An evaluator reads each partner by code, and by an id no other page knows, so nothing they are shown leads to a name.
            evidence = evidence with
            {
                Members = evidence.Members.Select(m => m with { PartnerId = key.MaskOf(m.PartnerId), Name = key.CodeOf(m.PartnerId) }).ToList(),
            };
            subjectId = e.Subject == EvaluationSubject.Partner ? key.MaskOf(e.SubjectId) : e.SubjectId;
        }

        var members = evidence.Members.ToDictionary(m => m.PartnerId, m => m.Name);
        return new EvaluationView(e.Id, e.ProgramId, programName, e.Year, e.Subject, subjectId, titles.GetValueOrDefault(e.SubjectId, ""), groupName, evidence, members,
            e.GatheredBy, e.GatheredAt, e.EvaluatorJudgement, e.EvaluatorName, e.OfficerJudgement, e.OfficerName, e.Decision, e.DecisionReason, e.DecidedBy,
            e.DecidedOn, e.Revision);
    }

    /// <summary>The decision as the timeline says it.</summary>
    public static string Word(EvaluationDecision d) => d switch
    {
        EvaluationDecision.Continue => "dilanjutkan",
        EvaluationDecision.Extend => "diperpanjang",
        EvaluationDecision.Reduce => "dikurangi",
        EvaluationDecision.Graduate => "lulus (mandiri)",
        _ => "dihentikan",
    };

    private async Task<string> TitleAsync(Evaluation e, bool names, CancellationToken ct) =>
        e.Subject == EvaluationSubject.Group
            ? await db.Groups.Where(g => g.Id == e.SubjectId).Select(g => g.Name).FirstAsync(ct)
            : names ? await db.Partners.Where(p => p.Id == e.SubjectId).Select(p => p.OwnerName).FirstAsync(ct)
            : (await scoring.KeyAsync(e.ProgramId, ct)).CodeOf(e.SubjectId);

    private async Task<Dictionary<Guid, string>> TitlesAsync(Guid programId, IReadOnlyList<Evaluation> rows, CancellationToken ct)
    {
        var groups = rows.Where(e => e.Subject == EvaluationSubject.Group).Select(e => e.SubjectId).Distinct().ToList();
        var partners = rows.Where(e => e.Subject == EvaluationSubject.Partner).Select(e => e.SubjectId).Distinct().ToList();
        var titles = await db.Groups.Where(g => groups.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        if (SeesNames)
        {
            foreach (var (pid, name) in await db.Partners.Where(p => partners.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct))
            {
                titles[pid] = name;
            }
        }
        else
        {
            var key = await scoring.KeyAsync(programId, ct);
            foreach (var pid in partners)
            {
                titles[pid] = key.CodeOf(pid);
            }
        }

        return titles;
    }

    private async Task<Evaluation> FindAsync(Guid id, int? revision, CancellationToken ct)
    {
        var e = await db.Evaluations.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || !await programs.MayReadAsync(e.ProgramId, ct))
        {
            throw new DomainException("evaluation.notfound", "Id", ErrorKind.NotFound);
        }

        if (revision is { } r && r != e.Revision)
        {
            throw new DomainException("concurrency", "Revision", ErrorKind.Conflict);
        }

        return e;
    }

    private void RequireRead()
    {
        if (!MayRead)
        {
            throw new DomainException("evaluation.forbidden", null, ErrorKind.Forbidden);
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException("evaluation.race", "Year", ErrorKind.Conflict);
        }
    }
}
