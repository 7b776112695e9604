using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Questionnaires;

/// <summary>
/// A questionnaire filled for a partner (docs/domain.md, Questionnaires; decision 0025): the version asked, the visit's date,
/// who filled it and the answers. Its id is given by the phone that filled it, so a form sent twice is kept once: the second
/// send answers the first (the same answers), or is refused when other answers come under the same id (409).
/// </summary>
public sealed class FilledForm
{
    public const int MaxPhotos = 10;

    private FilledForm() { }

    public FilledForm(Guid id, QuestionnaireVersion version, Guid partnerId, DateOnly visitDate, IReadOnlyDictionary<string, string> answers,
        string fingerprint, string filledBy, string filledByName, DateTimeOffset receivedAt)
    {
        Id = id;
        ProgramId = version.ProgramId;
        QuestionnaireId = version.QuestionnaireId;
        VersionId = version.Id;
        VersionNumber = version.Number;
        PartnerId = partnerId;
        VisitDate = visitDate;
        Answers = JsonSerializer.Serialize(answers);
        Fingerprint = fingerprint;
        FilledBy = filledBy;
        FilledByName = filledByName;
        ReceivedAt = receivedAt;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid QuestionnaireId { get; private set; }
    public Guid VersionId { get; private set; }
    public int VersionNumber { get; private set; }
    public Guid PartnerId { get; private set; }
    public DateOnly VisitDate { get; private set; }

    /// <summary>The answers, as JSON of name to text.</summary>
    public string Answers { get; private set; } = "{}";

    /// <summary>A hash of what was sent, to tell a second send of the same form from other answers under its id.</summary>
    public string Fingerprint { get; private set; } = "";

    public string FilledBy { get; private set; } = "";
    public string FilledByName { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }

    public IReadOnlyDictionary<string, string> AnswerMap() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Answers) ?? [];

    /// <summary>The visit's date must fall within the last year and not after tomorrow (a phone's clock may run ahead).</summary>
    public static DomainException? CheckVisitDate(DateOnly? date, DateOnly today) =>
        date is null ? new DomainException("field.required", "VisitDate")
        : date < today.AddYears(-1) || date > today.AddDays(1)
            ? new DomainException("form.visitdate.window", "VisitDate", ErrorKind.Validation, today.AddYears(-1), today.AddDays(1))
            : null;

    /// <summary>The fingerprint of a form as sent: its version, partner, date, answers and photos, in a fixed order.</summary>
    public static string FingerprintOf(Guid versionId, Guid partnerId, DateOnly? visitDate, IReadOnlyDictionary<string, string?> answers,
        IReadOnlyDictionary<string, byte[]> photos)
    {
        var sb = new StringBuilder();
        sb.Append(versionId).Append('|').Append(partnerId).Append('|').Append(visitDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (k, v) in answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            sb.Append('|').Append(k).Append('=').Append(v?.Trim());
        }

        foreach (var (k, v) in photos.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            sb.Append('|').Append(k).Append('#').Append(Convert.ToHexString(SHA256.HashData(v)));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
