using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;

namespace Berdaya.Domain.Evaluations;

/// <summary>
/// The academic partner's scores of one filled form (docs/domain.md, Evaluation; decision 0025): a score per question the
/// version's rubric scores (0 to its highest score), a note, who scored it and when. Scored again, the row changes and the
/// audit keeps the earlier scores.
/// </summary>
public sealed class FormScore
{
    public const int MaxNote = 1000;

    private FormScore() { }

    public FormScore(Guid filledFormId, Guid programId, Guid partnerId, int year)
    {
        Id = Guid.CreateVersion7();
        FilledFormId = filledFormId;
        ProgramId = programId;
        PartnerId = partnerId;
        Year = year;
    }

    public Guid Id { get; private set; }
    public Guid FilledFormId { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }

    /// <summary>The year of the visit, for the yearly evaluation.</summary>
    public int Year { get; private set; }

    /// <summary>Scores by question name, as JSON.</summary>
    public string Scores { get; private set; } = "{}";

    public int Total { get; private set; }
    public int MaxTotal { get; private set; }
    public string? Note { get; private set; }
    public string ScoredBy { get; private set; } = "";
    public DateTimeOffset ScoredAt { get; private set; }
    public int Revision { get; private set; }

    public IReadOnlyDictionary<string, int> ScoreMap() => JsonSerializer.Deserialize<Dictionary<string, int>>(Scores) ?? [];

    /// <summary>The questions a version's rubric scores, in order.</summary>
    public static IReadOnlyList<Question> Scored(FormDefinition form) => form.Questions.Where(q => q.MaxScore > 0).ToList();

    /// <summary>
    /// Sets the scores: every question the rubric scores and the form answered gets a score from 0 to its highest; a question
    /// not answered scores 0 and takes none; anything else is refused, every problem at once, each naming the question.
    /// </summary>
    public void Score(FormDefinition form, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, int?>? given, string? note, string by,
        DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        var scored = Scored(form);
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        given ??= new Dictionary<string, int?>();
        foreach (var name in given.Keys.Where(k => scored.All(q => q.Name != k)))
        {
            errors.Add(new DomainException("score.unknown", "Scores." + name, ErrorKind.Validation, name));
        }

        foreach (var q in scored)
        {
            given.TryGetValue(q.Name, out var s);
            if (!answers.ContainsKey(q.Name))
            {
                if (s is > 0)
                {
                    errors.Add(new DomainException("score.unanswered", "Scores." + q.Name, ErrorKind.Validation, q.LabelId));
                }

                kept[q.Name] = 0;
                continue;
            }

            if (s is null)
            {
                errors.Add(new DomainException("score.required", "Scores." + q.Name, ErrorKind.Validation, q.LabelId));
            }
            else if (s < 0 || s > q.MaxScore)
            {
                errors.Add(new DomainException("score.range", "Scores." + q.Name, ErrorKind.Validation, q.LabelId, q.MaxScore));
            }
            else
            {
                kept[q.Name] = s.Value;
            }
        }

        if ((note?.Length ?? 0) > MaxNote)
        {
            errors.Add(new DomainException("text.toolong", "Note", ErrorKind.Validation, MaxNote));
        }

        if (scored.Count == 0)
        {
            errors.Add(new DomainException("score.norubric", "Scores"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Scores = JsonSerializer.Serialize(kept);
        Total = kept.Values.Sum();
        MaxTotal = scored.Where(q => answers.ContainsKey(q.Name)).Sum(q => q.MaxScore);
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ScoredBy = by;
        ScoredAt = at;
        Revision++;
    }
}

/// <summary>
/// A program's key for pseudonymous codes (docs/domain.md, Evaluation; decision 0025): evaluators see a partner as a code made
/// from this key and the partner's id, the same in every form and year, and nothing from which the person can be found.
/// </summary>
public sealed class PseudonymKey
{
    private PseudonymKey() { }

    public PseudonymKey(Guid programId)
    {
        ProgramId = programId;
        Key = RandomNumberGenerator.GetBytes(32);
    }

    public Guid ProgramId { get; private set; }
    public byte[] Key { get; private set; } = [];

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>"M-7KQ2-XPRA": eight letters and digits from an HMAC of the partner's id (about a trillion codes, so a million partners rarely share one).</summary>
    public string CodeOf(Guid partnerId) => Code(Key, partnerId);

    /// <summary>
    /// The id an evaluator reads in place of the partner's (decision 0028): made from the key, so the same partner has the same one in
    /// every evaluation, and no page or endpoint that takes a partner's id knows it.
    /// </summary>
    public Guid MaskOf(Guid partnerId)
    {
        byte[] data = [.. "mask:"u8, .. partnerId.ToByteArray()];
        var mac = HMACSHA256.HashData(Key, data);
        return new Guid(mac.AsSpan(0, 16));
    }

    public static string Code(byte[] key, Guid partnerId)
    {
        var mac = HMACSHA256.HashData(key, partnerId.ToByteArray());
        var sb = new StringBuilder("M-");
        for (var i = 0; i < 8; i++)
        {
            if (i == 4)
            {
                sb.Append('-');
            }

            sb.Append(Alphabet[mac[i] % Alphabet.Length]);
        }

        return sb.ToString();
    }
}
