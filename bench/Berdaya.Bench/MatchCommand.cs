using Berdaya.Features.MeetAndGreet.Matching;

namespace Berdaya.Bench;

/// <summary>
/// <c>match --problem FILE.json</c>: solves one matching round read from a file (decision 0031) and prints one JSON object,
/// <c>{"total":N,"pairs":[{"mentor":…,"mentee":…}]}</c>, on standard output and nothing else. A missing or malformed file,
/// or a problem the solver refuses (an unknown id, a pair twice, a negative score…), is told on standard error with exit
/// status 2.
/// </summary>
public static class MatchCommand
{
    public const int Refused = 2;

    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--problem");
        if (at < 0 || at + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: match --problem FILE.json");
            return Refused;
        }

        try
        {
            var result = MatchSolver.Solve(MatchProblemJson.ReadFile(args[at + 1]));
            Console.Out.WriteLine(MatchProblemJson.Write(result));
            return 0;
        }
        catch (MatchProblemException e)
        {
            Console.Error.WriteLine($"match: {e.Message}");
            return Refused;
        }
    }
}
