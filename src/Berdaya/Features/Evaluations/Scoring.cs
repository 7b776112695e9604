using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Questionnaires;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Evaluations;

public sealed record ScoringLine(Guid FormId, string Code, string? Name, string Questionnaire, int Version, DateOnly VisitDate, bool Scored, int? Total, int? Max);

public sealed record ScoredQuestion(string Name, string LabelId, string? LabelEn, QuestionType Type, string? Answer, IReadOnlyList<Choice> Choices, int MaxScore,
    int? Score);

public sealed record ScoringView(Guid FormId, Guid ProgramId, string Code, string? Name, string Questionnaire, int Version, DateOnly VisitDate,
    IReadOnlyList<ScoredQuestion> Questions, IReadOnlyList<ScoredQuestion> Context, string? Note, int Revision, int? Total, int? Max, string? ScoredBy);

/// <summary>
/// The academic partner scores filled questionnaires against each version's rubric (docs/domain.md, Evaluation; decision 0028),
/// seeing each partner only as a pseudonymous code: never a name, NIK, phone or village. The office sees who it was.
/// </summary>
[FeatureService]
public sealed class Scoring(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public const int QueueSize = 200;

    public sealed record Command
    {
        public Dictionary<string, int?>? Scores { get; set; }
        public string? Note { get; set; }

        /// <summary>The scores' revision the form showed (0 for none yet); another scoring since is a 409.</summary>
        public int? Revision { get; set; }
    }

    /// <summary>Who reads the queue: the evaluator, the office and administrators; only the office sees names.</summary>
    public bool MayRead => me.IsAdmin || me.IsOfficer || me.IsEvaluator;

    public bool MayScore => me.IsAdmin || me.IsEvaluator;

    public bool SeesNames => me.IsAdmin || me.IsOfficer;

    public async Task<IReadOnlyList<ScoringLine>> QueueAsync(Guid programId, int? year, bool unscoredOnly, CancellationToken ct)
    {
        RequireRead();
        await me.RequireProgramAsync(programId, ct);
        var key = await KeyAsync(programId, ct);
        var scoredVersions = (await db.QuestionnaireVersions.AsNoTracking().Where(v => v.ProgramId == programId && v.State == VersionState.Published)
                .Select(v => new { v.Id, v.Definition }).ToListAsync(ct))
            .Where(v => FormScore.Scored(FormDefinition.FromJson(v.Definition)).Count > 0).Select(v => v.Id).ToList();
        var forms = db.FilledForms.Where(f => f.ProgramId == programId && scoredVersions.Contains(f.VersionId));
        if (year is { } y)
        {
            forms = forms.Where(f => f.VisitDate >= new DateOnly(y, 1, 1) && f.VisitDate <= new DateOnly(y, 12, 31));
        }

        var rows = await (from f in forms
                          join q in db.Questionnaires on f.QuestionnaireId equals q.Id
                          join s in db.FormScores on f.Id equals s.FilledFormId into scores
                          from s in scores.DefaultIfEmpty()
                          where !unscoredOnly || s == null
                          orderby f.VisitDate descending, f.Id
                          select new { f.Id, f.PartnerId, q.Title, f.VersionNumber, f.VisitDate, Scored = s != null, Total = (int?)s!.Total, Max = (int?)s.MaxTotal })
            .Take(QueueSize).ToListAsync(ct);
        var names = SeesNames ? await NamesAsync(rows.Select(r => r.PartnerId), ct) : null;
        return rows.Select(r => new ScoringLine(r.Id, key.CodeOf(r.PartnerId), names?.GetValueOrDefault(r.PartnerId), r.Title, r.VersionNumber, r.VisitDate, r.Scored,
            r.Total, r.Max)).ToList();
    }

    public async Task<ScoringView> FormAsync(Guid formId, CancellationToken ct)
    {
        RequireRead();
        var form = await FindAsync(formId, ct);
        var version = await db.QuestionnaireVersions.AsNoTracking().FirstAsync(v => v.Id == form.VersionId, ct);
        var title = await db.Questionnaires.Where(q => q.Id == form.QuestionnaireId).Select(q => q.Title).FirstAsync(ct);
        var score = await db.FormScores.AsNoTracking().FirstOrDefaultAsync(s => s.FilledFormId == form.Id, ct);
        var key = await KeyAsync(form.ProgramId, ct);
        var answers = form.AnswerMap();
        var given = score?.ScoreMap() ?? new Dictionary<string, int>();
        var definition = version.Form;

        // Text answers may name people: the evaluator reads what the rubric scores and the figures beside them, not free text.
        ScoredQuestion Of(Question q) => new(q.Name, q.LabelId, q.LabelEn, q.Type, answers.GetValueOrDefault(q.Name), q.Choices, q.MaxScore,
            given.TryGetValue(q.Name, out var s) ? s : null);
        var scored = definition.Questions.Where(q => q.MaxScore > 0).Select(Of).ToList();
        var context = definition.Questions.Where(q => q.MaxScore == 0 && (SeesNames || q.Type is not (QuestionType.Text or QuestionType.Photo))).Select(Of).ToList();
        var names = SeesNames ? await NamesAsync([form.PartnerId], ct) : null;
        return new ScoringView(form.Id, form.ProgramId, key.CodeOf(form.PartnerId), names?.GetValueOrDefault(form.PartnerId), title, form.VersionNumber,
            form.VisitDate, scored, context, score?.Note, score?.Revision ?? 0, score?.Total, score?.MaxTotal, score?.ScoredBy);
    }

    public async Task<FormScore> ScoreAsync(Guid formId, Command c, CancellationToken ct)
    {
        if (!MayScore)
        {
            throw new DomainException("score.forbidden", null, ErrorKind.Forbidden);
        }

        var form = await FindAsync(formId, ct);
        var version = await db.QuestionnaireVersions.AsNoTracking().FirstAsync(v => v.Id == form.VersionId, ct);
        var score = await db.FormScores.FirstOrDefaultAsync(s => s.FilledFormId == form.Id, ct);
        if (c.Revision is { } r && r != (score?.Revision ?? 0))
        {
            throw new DomainException("concurrency", "Revision", ErrorKind.Conflict);
        }

        if (score is null)
        {
            score = new FormScore(form.Id, form.ProgramId, form.PartnerId, form.VisitDate.Year);
            db.FormScores.Add(score);
        }

        score.Score(version.Form, form.AnswerMap(), c.Scores, c.Note, me.Name ?? me.RequiredId, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException("score.race", "Revision", ErrorKind.Conflict);
        }

        return score;
    }

    /// <summary>
    /// A photo of a form being scored, in the same reach as the form; an evaluator gets only a photo the rubric scores (decision 0028):
    /// other photos may show the person.
    /// </summary>
    public async Task<Attachment> PhotoAsync(Guid formId, string? name, CancellationToken ct)
    {
        RequireRead();
        var form = await FindAsync(formId, ct);
        if (!SeesNames)
        {
            var version = await db.QuestionnaireVersions.AsNoTracking().FirstAsync(v => v.Id == form.VersionId, ct);
            var answers = form.AnswerMap();
            if (!version.Form.Questions.Any(q => q.Type == QuestionType.Photo && q.MaxScore > 0 && answers.GetValueOrDefault(q.Name) == name))
            {
                throw new DomainException("form.notfound", "Id", ErrorKind.NotFound);
            }
        }

        return await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.OwnerType == nameof(FilledForm) && a.OwnerId == form.Id && a.FileName == name, ct)
               ?? throw new DomainException("form.notfound", "Id", ErrorKind.NotFound);
    }

    /// <summary>The program's key for codes, made the first time it is needed (two at once: the first kept).</summary>
    public async Task<PseudonymKey> KeyAsync(Guid programId, CancellationToken ct)
    {
        var key = await db.PseudonymKeys.AsNoTracking().FirstOrDefaultAsync(k => k.ProgramId == programId, ct);
        if (key is not null)
        {
            return key;
        }

        var made = new PseudonymKey(programId);
        db.PseudonymKeys.Add(made);
        try
        {
            await db.SaveChangesAsync(ct);
            return made;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.Entry(made).State = EntityState.Detached;
            return await db.PseudonymKeys.AsNoTracking().FirstAsync(k => k.ProgramId == programId, ct);
        }
    }

    private async Task<FilledForm> FindAsync(Guid formId, CancellationToken ct)
    {
        var form = await db.FilledForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == formId, ct);
        var scope = await me.ScopeAsync(ct);
        if (form is null || !(scope.IsAdmin || scope.ProgramIds.Contains(form.ProgramId)))
        {
            throw new DomainException("form.notfound", "Id", ErrorKind.NotFound);
        }

        return form;
    }

    private Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> partnerIds, CancellationToken ct)
    {
        var ids = partnerIds.Distinct().ToList();
        return db.Partners.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
    }

    private void RequireRead()
    {
        if (!MayRead)
        {
            throw new DomainException("score.forbidden", null, ErrorKind.Forbidden);
        }
    }
}
