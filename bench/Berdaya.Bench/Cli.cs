using System.Globalization;

namespace Berdaya.Bench;

/// <summary>
/// Usage (from the repository root):
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate --partners 100000 --dir bench/results/db100k
///   dotnet run -c Release --project bench/Berdaya.Bench -- search --dir bench/results/db100k [--queries 2000]
/// </summary>
public static class Cli
{
    public static async Task Main(string[] args)
    {
        var options = Options.Parse(args.Skip(1).ToArray());
        switch (args.FirstOrDefault())
        {
            case "generate":
                await Generator.RunAsync(options);
                break;
            case "search":
                await SearchBenchmark.RunAsync(options);
                break;
            default:
                Console.WriteLine("commands: generate --partners N --dir DIR | search --dir DIR [--queries N]");
                break;
        }
    }
}

public sealed record Options(int Partners, string Dir, int Queries, int Seed)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        return new Options(
            int.Parse(Get("partners", "100000"), CultureInfo.InvariantCulture),
            Path.GetFullPath(Get("dir", "bench/results/db")),
            int.Parse(Get("queries", "2000"), CultureInfo.InvariantCulture),
            int.Parse(Get("seed", "2006"), CultureInfo.InvariantCulture));
    }
}
