namespace Berdaya.Domain.Common;

/// <summary>
/// A value written by a user in Bahasa Indonesia and, where given, in English (a question's label), passed into a message
/// so that the message shows it in the reader's language (docs/domain.md, Questionnaires: an answer's message names its question in the reader's language).
/// </summary>
public sealed record Bilingual(string Id, string? En)
{
    public string In(bool english) => english && !string.IsNullOrWhiteSpace(En) ? En : Id;

    public override string ToString() => Id;
}
