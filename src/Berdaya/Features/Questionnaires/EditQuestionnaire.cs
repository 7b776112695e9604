using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Questionnaires;

/// <summary>
/// The program office builds questionnaires (docs/domain.md, Questionnaires; decision 0025): a draft's sections and questions,
/// publishing it as an immutable version, a new draft from any version, an XLSForm read in as a draft, and which facilitators
/// take a questionnaire on field visits.
/// </summary>
[FeatureService]
public sealed class EditQuestionnaire(AppDbContext db, CurrentUser me, ProgramScope programs, TimeProvider clock)
{
    public sealed record QuestionInput
    {
        public string? Section { get; set; }

        /// <summary>The question's name before this edit (null for a new question).</summary>
        public string? Original { get; set; }

        public string? Name { get; set; }
        public QuestionType? Type { get; set; }
        public string? LabelId { get; set; }
        public string? LabelEn { get; set; }
        public string? HintId { get; set; }
        public string? HintEn { get; set; }
        public bool Required { get; set; }
        public string? Relevant { get; set; }
        public decimal? Min { get; set; }
        public decimal? Max { get; set; }

        /// <summary>One choice a line: "name | label in Bahasa Indonesia | label in English".</summary>
        public string? Choices { get; set; }

        public int MaxScore { get; set; }

        /// <summary>The draft's revision the form showed; another edit since is a 409.</summary>
        public int? Revision { get; set; }
    }

    public sealed record SectionInput
    {
        public string? Name { get; set; }
        public string? LabelId { get; set; }
        public string? LabelEn { get; set; }
        public int? Revision { get; set; }
    }

    private string By => me.Name ?? me.RequiredId;

    public async Task<QuestionnaireVersion> CreateAsync(Guid? programId, string? title, CancellationToken ct)
    {
        RequireOffice();
        var program = await programs.ResolveAsync(programId, ct);
        var q = new Questionnaire(program, title, By, clock.GetUtcNow());
        var form = new FormDefinition { Sections = [new Section { Name = "bagian_1", LabelId = "Bagian 1", LabelEn = "Part 1" }] };
        var v = QuestionnaireVersion.Draft(q, 1, form, null, By, clock.GetUtcNow());
        db.Questionnaires.Add(q);
        db.QuestionnaireVersions.Add(v);
        await db.SaveChangesAsync(ct);
        return v;
    }

    /// <summary>An XLSForm read in: a new questionnaire, or a new draft of <paramref name="questionnaireId"/>.</summary>
    public async Task<QuestionnaireVersion> ImportAsync(Guid? programId, Guid? questionnaireId, Stream file, string? fileName, long length,
        CancellationToken ct)
    {
        RequireOffice();
        if (length <= 0)
        {
            throw new DomainException("file.empty", XlsForm.File);
        }

        if (length > XlsForm.MaxBytes)
        {
            throw new DomainException("file.toolarge", XlsForm.File, ErrorKind.TooLarge, XlsForm.MaxBytes / (1024 * 1024));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var imported = XlsForm.Read(buffer, fileName);
        Questionnaire q;
        int number;
        if (questionnaireId is { } qid)
        {
            q = await FindAsync(qid, ct);
            await OneDraftAsync(q.Id, ct);
            number = await NextNumberAsync(q.Id, ct);
        }
        else
        {
            q = new Questionnaire(await programs.ResolveAsync(programId, ct), imported.Title, By, clock.GetUtcNow());
            db.Questionnaires.Add(q);
            number = 1;
        }

        var v = QuestionnaireVersion.Draft(q, number, imported.Form, null, By, clock.GetUtcNow());
        db.QuestionnaireVersions.Add(v);
        await SaveAsync(ct);
        return v;
    }

    public async Task<QuestionnaireVersion> SaveQuestionAsync(Guid versionId, QuestionInput input, CancellationToken ct)
    {
        var v = await DraftAsync(versionId, input.Revision, ct);
        var form = v.Form;
        var errors = new List<DomainException>();
        if (input.Type is null)
        {
            errors.Add(new DomainException("field.required", "Type"));
        }

        var choices = ParseChoices(input.Choices, errors);
        var section = form.Sections.FirstOrDefault(s => s.Name == input.Section);
        if (section is null)
        {
            errors.Add(new DomainException("questionnaire.section.unknown", "Section", ErrorKind.Validation, input.Section ?? ""));
        }

        Question? original = null;
        if (!string.IsNullOrEmpty(input.Original))
        {
            original = form.Find(input.Original) ?? throw new DomainException("questionnaire.question.unknown", "Original", ErrorKind.NotFound, input.Original);
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var question = new Question
        {
            Name = input.Name?.Trim() ?? "",
            Type = input.Type!.Value,
            LabelId = input.LabelId?.Trim() ?? "",
            LabelEn = Blank(input.LabelEn),
            HintId = Blank(input.HintId),
            HintEn = Blank(input.HintEn),
            Required = input.Required,
            Relevant = Blank(input.Relevant),
            Min = input.Min,
            Max = input.Max,
            ListName = choices.Count > 0 ? original?.ListName ?? input.Name?.Trim() : null,
            Choices = choices,
            MaxScore = input.MaxScore,
        };
        var sections = form.Sections.Select(s =>
        {
            var list = s.Questions.Where(q => original is null || q.Name != original.Name).ToList();
            if (s.Name == section!.Name)
            {
                var at = original is null ? list.Count : s.Questions.ToList().FindIndex(q => q.Name == original.Name);
                list.Insert(at < 0 ? list.Count : Math.Min(at, list.Count), question);
            }

            return s with { Questions = list };
        }).ToList();
        v.Edit(form with { Sections = sections });
        await SaveAsync(ct);
        return v;
    }

    public async Task<QuestionnaireVersion> RemoveQuestionAsync(Guid versionId, string? name, int? revision, CancellationToken ct)
    {
        var v = await DraftAsync(versionId, revision, ct);
        var form = v.Form;
        if (name is null || form.Find(name) is null)
        {
            throw new DomainException("questionnaire.question.unknown", "Name", ErrorKind.NotFound, name ?? "");
        }

        // A question another one's condition reads cannot go first (the condition names it).
        v.Edit(form with { Sections = form.Sections.Select(s => s with { Questions = s.Questions.Where(q => q.Name != name).ToList() }).ToList() });
        await SaveAsync(ct);
        return v;
    }

    public async Task<QuestionnaireVersion> AddSectionAsync(Guid versionId, SectionInput input, CancellationToken ct)
    {
        var v = await DraftAsync(versionId, input.Revision, ct);
        var form = v.Form;
        v.Edit(form with
        {
            Sections = [.. form.Sections, new Section { Name = input.Name?.Trim() ?? "", LabelId = input.LabelId?.Trim() ?? "", LabelEn = Blank(input.LabelEn) }],
        });
        await SaveAsync(ct);
        return v;
    }

    public async Task<QuestionnaireVersion> PublishAsync(Guid versionId, int? revision, CancellationToken ct)
    {
        var v = await DraftAsync(versionId, revision, ct);
        v.Publish(By, clock.GetUtcNow());
        await SaveAsync(ct);
        return v;
    }

    /// <summary>A new draft starting from the version's questions (one draft at a time per questionnaire).</summary>
    public async Task<QuestionnaireVersion> DraftFromAsync(Guid versionId, CancellationToken ct)
    {
        RequireOffice();
        var from = await VersionAsync(versionId, ct);
        var q = await FindAsync(from.QuestionnaireId, ct);
        await OneDraftAsync(q.Id, ct);
        var v = from.DraftFrom(q, await NextNumberAsync(q.Id, ct), By, clock.GetUtcNow());
        db.QuestionnaireVersions.Add(v);
        await SaveAsync(ct);
        return v;
    }

    /// <summary>One draft at a time per questionnaire: a second, drafted from a version or read in from an XLSForm, is a 409.</summary>
    private async Task OneDraftAsync(Guid questionnaireId, CancellationToken ct)
    {
        if (await db.QuestionnaireVersions.AnyAsync(x => x.QuestionnaireId == questionnaireId && x.State == VersionState.Draft, ct))
        {
            throw new DomainException("questionnaire.draft.exists", "Version", ErrorKind.Conflict);
        }
    }

    /// <summary>Gives a facilitator of the program the questionnaire for field visits, or takes it back.</summary>
    public async Task AssignAsync(Guid questionnaireId, string? userId, bool assign, CancellationToken ct)
    {
        RequireOffice();
        var q = await FindAsync(questionnaireId, ct);
        var facilitator = await db.Users.Where(u => u.Id == userId && u.IsActive
                                                   && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Facilitator))
                                                   && db.UserPrograms.Any(p => p.UserId == u.Id && p.ProgramId == q.ProgramId))
                              .Select(u => u.Id).FirstOrDefaultAsync(ct)
                          ?? throw new DomainException("questionnaire.facilitator.unknown", "UserId");
        var existing = await db.QuestionnaireAssignments.FirstOrDefaultAsync(a => a.QuestionnaireId == q.Id && a.UserId == facilitator, ct);
        if (assign && existing is null)
        {
            db.QuestionnaireAssignments.Add(new QuestionnaireAssignment(q.ProgramId, q.Id, facilitator, By, clock.GetUtcNow()));
        }
        else if (!assign && existing is not null)
        {
            db.QuestionnaireAssignments.Remove(existing);
        }

        await SaveAsync(ct);
    }

    private static List<Choice> ParseChoices(string? text, List<DomainException> errors)
    {
        var choices = new List<Choice>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors.Add(new DomainException("questionnaire.choice.line", "Choices", ErrorKind.Validation, line.Length > 60 ? line[..60] : line));
                continue;
            }

            choices.Add(new Choice(parts[0], parts[1], parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null));
        }

        return choices;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private void RequireOffice()
    {
        if (!me.IsAdmin && !me.IsOfficer)
        {
            throw new DomainException("questionnaire.forbidden", null, ErrorKind.Forbidden);
        }
    }

    private async Task<Questionnaire> FindAsync(Guid id, CancellationToken ct)
    {
        var q = await db.Questionnaires.FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new DomainException("questionnaire.notfound", "Id", ErrorKind.NotFound);
        if (!await programs.MayReadAsync(q.ProgramId, ct))
        {
            throw new DomainException("questionnaire.notfound", "Id", ErrorKind.NotFound);
        }

        return q;
    }

    private async Task<QuestionnaireVersion> VersionAsync(Guid versionId, CancellationToken ct)
    {
        var v = await db.QuestionnaireVersions.FirstOrDefaultAsync(x => x.Id == versionId, ct)
                ?? throw new DomainException("questionnaire.version.notfound", "VersionId", ErrorKind.NotFound);
        if (!await programs.MayReadAsync(v.ProgramId, ct))
        {
            throw new DomainException("questionnaire.version.notfound", "VersionId", ErrorKind.NotFound);
        }

        return v;
    }

    private async Task<QuestionnaireVersion> DraftAsync(Guid versionId, int? revision, CancellationToken ct)
    {
        RequireOffice();
        var v = await VersionAsync(versionId, ct);
        if (revision is { } r && r != v.Revision)
        {
            throw new DomainException("concurrency", "Revision", ErrorKind.Conflict);
        }

        return v;
    }

    private async Task<int> NextNumberAsync(Guid questionnaireId, CancellationToken ct) =>
        (await db.QuestionnaireVersions.Where(x => x.QuestionnaireId == questionnaireId).MaxAsync(x => (int?)x.Number, ct) ?? 0) + 1;

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException("questionnaire.race", "Version", ErrorKind.Conflict);
        }
    }
}
