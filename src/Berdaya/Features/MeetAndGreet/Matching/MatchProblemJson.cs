using System.Text;
using System.Text.Json;

namespace Berdaya.Features.MeetAndGreet.Matching;

/// <summary>
/// A matching round as a JSON file, as the bench's <c>match</c> command reads it (decision 0031):
/// <c>{"mentors":[{"id":"m1","capacity":2}],"mentees":[{"id":"e1"}],"pairs":[{"mentor":"m1","mentee":"e1","score":70}]}</c>.
/// Capacities and scores are whole numbers; other properties are ignored. Anything else throws
/// <see cref="MatchProblemException"/> saying where. The result is written as <c>{"total":N,"pairs":[{"mentor":…,"mentee":…}]}</c>.
/// </summary>
public static class MatchProblemJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads a problem from a file; a missing or unreadable file is a <see cref="MatchProblemException"/> too.</summary>
    public static MatchProblem ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MatchProblemException($"Cannot read the problem file '{path}': {e.Message}");
        }
    }

    public static MatchProblem Parse(string json) => Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    /// <summary>Reads a problem's structure and types; the ids and values are checked by the solver.</summary>
    public static MatchProblem Read(Stream json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new MatchProblemException($"The problem is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MatchProblemException($"The problem must be a JSON object, not {Kind(root)}.");
            }

            var mentors = Items(root, "mentors", (e, at) => new MatchMentor(Text(e, "id", at), Whole32(e, "capacity", at)));
            var mentees = Items(root, "mentees", (e, at) => new MatchMentee(Text(e, "id", at)));
            var pairs = Items(root, "pairs", (e, at) => new MatchPair(Text(e, "mentor", at), Text(e, "mentee", at), Whole64(e, "score", at)));
            return new MatchProblem(mentors, mentees, pairs);
        }
    }

    /// <summary>The result as one JSON object: the total and the chosen pairs in the result's order.</summary>
    public static string Write(MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", result.Total);
            writer.WriteStartArray("pairs");
            foreach (var pair in result.Pairs)
            {
                writer.WriteStartObject();
                writer.WriteString("mentor", pair.Mentor);
                writer.WriteString("mentee", pair.Mentee);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static T[] Items<T>(JsonElement root, string name, Func<JsonElement, string, T> read)
    {
        if (!root.TryGetProperty(name, out var list))
        {
            throw new MatchProblemException($"The problem has no \"{name}\" list.");
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new MatchProblemException($"\"{name}\" must be a list, not {Kind(list)}.");
        }

        var items = new T[list.GetArrayLength()];
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"{name}[{i}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new MatchProblemException($"{at} must be an object, not {Kind(item)}.");
            }

            items[i++] = read(item, at);
        }

        return items;
    }

    private static JsonElement Field(JsonElement item, string name, string at) =>
        item.TryGetProperty(name, out var value) ? value : throw new MatchProblemException($"{at} has no \"{name}\".");

    private static string Text(JsonElement item, string name, string at)
    {
        var value = Field(item, name, at);
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new MatchProblemException($"{at}.{name} must be a string, not {Kind(value)}.");
        }

        var text = value.GetString()!;
        return text.Length > 0 ? text : throw new MatchProblemException($"{at}.{name} is empty.");
    }

    private static int Whole32(JsonElement item, string name, string at) =>
        Whole64(item, name, at) is var n && n is >= int.MinValue and <= int.MaxValue
            ? (int)n
            : throw new MatchProblemException($"{at}.{name} is too large ({Field(item, name, at).GetRawText()}).");

    private static long Whole64(JsonElement item, string name, string at)
    {
        var value = Field(item, name, at);
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw new MatchProblemException($"{at}.{name} must be a whole number, not {Kind(value)}.");
        }

        if (value.TryGetInt64(out var n))
        {
            return n;
        }

        var raw = value.GetRawText();
        throw new MatchProblemException(raw.TrimStart('-').All(char.IsAsciiDigit)
            ? $"{at}.{name} is too large ({raw})."
            : $"{at}.{name} must be a whole number, not {raw}.");
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the text {e.GetRawText()}",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        _ => "null",
    };
}
