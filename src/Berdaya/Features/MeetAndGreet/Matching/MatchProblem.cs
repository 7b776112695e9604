namespace Berdaya.Features.MeetAndGreet.Matching;

/// <summary>A mentor of a matching round and how many mentees they can take (decision 0031).</summary>
public sealed record MatchMentor(string Id, int Capacity);

/// <summary>A mentee (a partner still being coached) of a matching round.</summary>
public sealed record MatchMentee(string Id);

/// <summary>An allowed pairing and its whole-number score; a pair not listed is not allowed.</summary>
public sealed record MatchPair(string Mentor, string Mentee, long Score);

/// <summary>A matching round: the mentors, the mentees and the allowed pairs with their scores.</summary>
public sealed record MatchProblem(IReadOnlyList<MatchMentor> Mentors, IReadOnlyList<MatchMentee> Mentees, IReadOnlyList<MatchPair> Pairs);

/// <summary>The chosen pairs (with their scores) and their total, ordered by mentor id, then mentee id (ordinal).</summary>
public sealed record MatchResult(long Total, IReadOnlyList<MatchPair> Pairs);

/// <summary>
/// A matching problem that cannot be solved as given: an unknown or repeated id, a repeated pair, a negative or too large
/// capacity or score, or (read from a file) malformed JSON. The message names the offending item, in English: it is shown
/// by the bench's <c>match</c> command; the app builds valid problems itself.
/// </summary>
public sealed class MatchProblemException(string message) : Exception(message);
