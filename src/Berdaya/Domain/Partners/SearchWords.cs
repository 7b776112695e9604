using System.Globalization;
using System.Text;

namespace Berdaya.Domain.Partners;

/// <summary>
/// The words a partner is found by: upper-case ASCII letters and digits, accents folded, so that
/// a prefix of any word in the owner's or the business's name finds it through an index
/// (docs/decisions/0003-partner-search.md).
/// </summary>
public static class SearchWords
{
    /// <summary>Longest word kept; longer words are cut so the range bound below always covers them.</summary>
    public const int MaxLength = 40;

    private static readonly string Top = new('Z', MaxLength);

    /// <summary>Distinct normalized words of the given texts, in order of first appearance.</summary>
    public static IReadOnlyList<string> Of(params string?[] texts)
    {
        var words = new List<string>();
        foreach (var text in texts)
        {
            foreach (var word in Split(text))
            {
                if (!words.Contains(word, StringComparer.Ordinal))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The inclusive bounds of the words that start with <paramref name="prefix"/>. Words hold only
    /// A–Z and 0–9, and digits sort before letters in every collation, so the upper bound is the
    /// prefix followed by Z's; the comparison then works the same on SQLite and PostgreSQL.
    /// </summary>
    public static (string From, string To) PrefixRange(string prefix) => (prefix, prefix + Top[..Math.Max(1, MaxLength - prefix.Length)]);

    private static IEnumerable<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var folded = text.Normalize(NormalizationForm.FormD);
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(char.ToUpperInvariant(c));
            }
            else if (c is '\'' or '’')
            {
                // "Ma'ruf" is searched as "MARUF".
                continue;
            }
            else if (current.Length > 0)
            {
                yield return Cut(current);
            }
        }

        if (current.Length > 0)
        {
            yield return Cut(current);
        }
    }

    private static string Cut(StringBuilder current)
    {
        var word = current.Length > MaxLength ? current.ToString(0, MaxLength) : current.ToString();
        current.Clear();
        return word;
    }
}

/// <summary>One search word of a partner (owner or business name), kept in step by <see cref="Partner"/>.</summary>
public sealed class PartnerSearchWord
{
    private PartnerSearchWord() { }

    internal PartnerSearchWord(Guid partnerId, string word)
    {
        PartnerId = partnerId;
        Word = word;
    }

    public Guid PartnerId { get; private set; }
    public string Word { get; private set; } = "";
}
