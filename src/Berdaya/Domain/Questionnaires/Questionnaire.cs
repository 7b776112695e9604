using Berdaya.Domain.Common;

namespace Berdaya.Domain.Questionnaires;

/// <summary>A program's questionnaire (docs/domain.md, Questionnaires): a title, and its versions.</summary>
public sealed class Questionnaire
{
    public const int MaxTitle = 200;

    private Questionnaire() { }

    public Questionnaire(Guid programId, string? title, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        Title = CheckTitle(title);
        CreatedBy = by;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public string Title { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public static string CheckTitle(string? title)
    {
        var t = title?.Trim() ?? "";
        if (t.Length == 0)
        {
            throw new DomainException("field.required", "Title");
        }

        if (t.Length > MaxTitle)
        {
            throw new DomainException("text.toolong", "Title", ErrorKind.Validation, MaxTitle);
        }

        return t;
    }
}

public enum VersionState
{
    Draft,
    Published,
}

/// <summary>
/// One version of a questionnaire (docs/domain.md, Questionnaires; decision 0025). A draft is edited; publishing makes it
/// immutable, and answers refer to the version that was asked. A new draft can start from any version.
/// </summary>
public sealed class QuestionnaireVersion
{
    public const int MaxDefinition = 1_000_000;
    public const int MaxFormId = 64;

    private QuestionnaireVersion() { }

    private QuestionnaireVersion(Questionnaire q, int number, FormDefinition definition, Guid? basedOn, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        QuestionnaireId = q.Id;
        ProgramId = q.ProgramId;
        Number = number;
        State = VersionState.Draft;
        Definition = definition.ToJson();
        BasedOn = basedOn;
        CreatedBy = by;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid QuestionnaireId { get; private set; }
    public Guid ProgramId { get; private set; }

    /// <summary>1 for the first version, one more for each new draft.</summary>
    public int Number { get; private set; }

    public VersionState State { get; private set; }

    /// <summary>The sections and questions, as JSON (<see cref="FormDefinition"/>).</summary>
    public string Definition { get; private set; } = "";

    /// <summary>The version this draft started from.</summary>
    public Guid? BasedOn { get; private set; }

    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Changes with every edit of a draft, so two edits at once cannot both win (409).</summary>
    public int Revision { get; private set; }

    public FormDefinition Form => FormDefinition.FromJson(Definition);

    public static QuestionnaireVersion Draft(Questionnaire q, int number, FormDefinition definition, Guid? basedOn, string by, DateTimeOffset at)
    {
        var json = definition.ToJson();
        if (json.Length > MaxDefinition)
        {
            throw new DomainException("questionnaire.toolarge", "Definition", ErrorKind.TooLarge);
        }

        return new QuestionnaireVersion(q, number, definition, basedOn, by, at);
    }

    /// <summary>A new draft starting from this version's questions.</summary>
    public QuestionnaireVersion DraftFrom(Questionnaire q, int number, string by, DateTimeOffset at) =>
        new(q, number, Form, Id, by, at);

    /// <summary>Replaces a draft's questions; a published version never changes.</summary>
    public void Edit(FormDefinition definition)
    {
        RequireDraft();
        var errors = definition.Problems();
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var json = definition.ToJson();
        if (json.Length > MaxDefinition)
        {
            throw new DomainException("questionnaire.toolarge", "Definition", ErrorKind.TooLarge);
        }

        Definition = json;
        Revision++;
    }

    /// <summary>Makes the draft the version asked from now on: it must ask at least one question and hold together.</summary>
    public void Publish(string by, DateTimeOffset at)
    {
        RequireDraft();
        var form = Form;
        var errors = form.Problems();
        if (!form.Questions.Any())
        {
            errors.Insert(0, new DomainException("questionnaire.empty", "Questions"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        State = VersionState.Published;
        PublishedBy = by;
        PublishedAt = at;
        Revision++;
    }

    private void RequireDraft()
    {
        if (State != VersionState.Draft)
        {
            throw new DomainException("questionnaire.published", "Version", ErrorKind.Conflict, Number);
        }
    }
}

/// <summary>A questionnaire a facilitator takes on field visits (its newest published version).</summary>
public sealed class QuestionnaireAssignment
{
    private QuestionnaireAssignment() { }

    public QuestionnaireAssignment(Guid programId, Guid questionnaireId, string userId, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        QuestionnaireId = questionnaireId;
        UserId = userId;
        AssignedBy = by;
        AssignedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid QuestionnaireId { get; private set; }
    public string UserId { get; private set; } = "";
    public string AssignedBy { get; private set; } = "";
    public DateTimeOffset AssignedAt { get; private set; }
}
