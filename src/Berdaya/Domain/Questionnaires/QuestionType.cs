namespace Berdaya.Domain.Questionnaires;

/// <summary>The kinds of question a questionnaire asks (docs/domain.md, Questionnaires).</summary>
public enum QuestionType
{
    /// <summary>A number, decimals allowed, within the question's range.</summary>
    Number,

    /// <summary>Whole rupiah, zero or more.</summary>
    Rupiah,

    SingleChoice,
    MultipleChoice,

    /// <summary>A whole number from 1 to 5.</summary>
    Scale,

    YesNo,
    Date,
    Text,

    /// <summary>A JPEG or PNG photo, kept as an attachment of the filled form.</summary>
    Photo,
}
