using System.Globalization;

namespace Berdaya.Bench;

/// <summary>
/// Usage (from the repository root):
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate --partners 100000 --dir bench/results/db100k
///   dotnet run -c Release --project bench/Berdaya.Bench -- search --dir bench/results/db100k [--queries 2000]
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate-loans --provider sqlite --loans 100000 --dir bench/results/loans100k
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate-loans --provider postgres --loans 1000000 --connection "Host=…;Username=…;Password=…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- close --provider sqlite|postgres [--dir …|--connection …] [--date yyyy-MM-dd]
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate-coaching --provider postgres --partners 1000000 --programs 10 --connection "…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- coaching --provider postgres --connection "…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- cashbook --provider sqlite|postgres [--dir …|--connection …] [--queries 2000]
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate-markets --provider postgres --partners 100000 --database berdaya_bench_mkt --connection "…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- markets --provider postgres --database berdaya_bench_mkt --connection "…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- semester --provider sqlite|postgres [--dir …|--connection …] [--date yyyy-MM-dd] [--queries 3]
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate-fostering --provider postgres --partners 1000000 --quarters 8 --database berdaya_bench_fos --connection "…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- decline --provider postgres --database berdaya_bench_fos --connection "…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate-fostering --provider postgres --partners 1000000 --quarters 8 --with-loans --database berdaya_bench_imp --connection "…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- impact --provider postgres --database berdaya_bench_imp --connection "…" [--queries 7]
///   dotnet run -c Release --project bench/Berdaya.Bench -- generate-directory --provider postgres --partners 1000000 --database berdaya_bench_dir --connection "…"
///   dotnet run -c Release --project bench/Berdaya.Bench -- directory --provider postgres --database berdaya_bench_dir --connection "…" [--queries 1000]
///   dotnet run -c Release --project bench/Berdaya.Bench -- sync --provider sqlite|postgres [--dir …|--database … --connection …] [--queries 3]
///   dotnet run -c Release --project bench/Berdaya.Bench -- repay-load --connection "…" [--seconds 30] [--concurrency 8,16,32]
///   dotnet run -c Release --project bench/Berdaya.Bench -- match --problem bench/problems/example.json
///   dotnet run -c Release --project bench/Berdaya.Bench -- match-bench [--mentees 100000] [--mentors 10000] [--candidates 40] [--seed N]
/// match prints one JSON object on standard output; a problem it cannot read or solve exits with status 2 (decision 0031).
/// PostgreSQL runs use the database berdaya_bench on the server the connection names (created, or replaced, by generate-loans).
/// </summary>
public static class Cli
{
    public static async Task<int> Main(string[] args)
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
            case "generate-loans":
                await LoanGenerator.RunAsync(options);
                break;
            case "close":
                await CloseBenchmark.RunAsync(options);
                break;
            case "generate-coaching":
                await CoachingGenerator.RunAsync(options);
                break;
            case "coaching":
                await CoachingBenchmark.RunAsync(options);
                break;
            case "cashbook":
                await CashBookBenchmark.RunAsync(options);
                break;
            case "repay-load":
                await RepayLoad.RunAsync(options);
                break;
            case "exhibitions":
                await ExhibitionsBenchmark.RunAsync(options);
                break;
            case "generate-markets":
                await MarketsBenchmark.GenerateAsync(options);
                break;
            case "markets":
                await MarketsBenchmark.RunAsync(options);
                break;
            case "generate-fostering":
                await FosteringGenerator.RunAsync(options);
                break;
            case "decline":
                await DeclineBenchmark.RunAsync(options);
                break;
            case "impact":
                await ImpactBenchmark.RunAsync(options);
                break;
            case "generate-directory":
                await DirectoryGenerator.RunAsync(options);
                break;
            case "directory":
                await DirectoryBenchmark.RunAsync(options);
                break;
            case "sync":
                await SyncBenchmark.RunAsync(options);
                break;
            case "semester":
                await SemesterBenchmark.RunAsync(options);
                break;
            case "match":
                return MatchCommand.Run(args[1..]);
            case "match-bench":
                MatchBenchmark.Run(args[1..], options.Seed);
                break;
            default:
                Console.WriteLine("commands: generate --partners N --dir DIR | search --dir DIR [--queries N] | " +
                                  "generate-loans --provider sqlite|postgres --loans N [--dir DIR | --connection CS] | " +
                                  "close --provider sqlite|postgres [--dir DIR | --connection CS] [--date yyyy-MM-dd] [--batch N] | " +
                                  "generate-coaching --provider sqlite|postgres --partners N --programs N [--dir DIR | --connection CS] | coaching --provider … | " +
                                  "cashbook --provider sqlite|postgres [--dir DIR | --connection CS] [--queries N] | " +
                                  "exhibitions --provider sqlite|postgres [--dir DIR | --connection CS] [--queries N] | " +
                                  "generate-markets --provider sqlite|postgres --partners N [--dir DIR | --connection CS] | markets --provider … [--queries N] | " +
                                  "semester --provider sqlite|postgres [--dir DIR | --connection CS] [--date yyyy-MM-dd] [--queries N] | " +
                                  "generate-fostering --provider sqlite|postgres --partners N [--quarters 8] [--with-loans] [--dir DIR | --connection CS] | " +
                                  "decline --provider … | impact --provider … [--queries N] | sync --provider … [--queries N] | " +
                                  "generate-directory --provider sqlite|postgres --partners N [--dir DIR | --connection CS] | directory --provider … [--queries N] | " +
                                  "repay-load --connection CS [--seconds N] [--concurrency 8,16,32] [--no-pgbench] (postgres: [--database NAME], default berdaya_bench) | " +
                                  "match --problem FILE.json | match-bench [--mentees N] [--mentors N] [--candidates K] [--seed N]");
                break;
        }

        return 0;
    }
}

public sealed record Options(int Partners, string Dir, int Queries, int Seed, string Provider, int Loans, string? Connection, DateOnly? Date,
    int Batch, int Seconds, int[] Concurrency, bool Pgbench = true, string BenchDatabase = Options.DefaultDatabase, int Programs = 10,
    int Quarters = 8, bool WithLoans = false)
{
    public const string DefaultDatabase = "berdaya_bench";

    public bool IsPostgres => Provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The app's connection string: the SQLite file in the folder, or the bench database (--database, default berdaya_bench) on the server.</summary>
    public string AppConnection => IsPostgres
        ? new Npgsql.NpgsqlConnectionStringBuilder(Connection ?? throw new InvalidOperationException("--connection is required for postgres"))
        {
            Database = BenchDatabase,
            MaxPoolSize = 200,
        }.ConnectionString
        : $"Data Source={Path.Combine(Dir, "berdaya.db")}";

    public BenchApp App(int? port = null, TimeSpan clockShift = default) =>
        new(IsPostgres ? "Postgres" : "Sqlite", AppConnection, IsPostgres ? null : Dir, port, clockShift);

    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var date = Get("date", "");
        var connection = Get("connection", "");
        return new Options(
            int.Parse(Get("partners", "100000"), CultureInfo.InvariantCulture),
            Path.GetFullPath(Get("dir", "bench/results/db")),
            int.Parse(Get("queries", "2000"), CultureInfo.InvariantCulture),
            int.Parse(Get("seed", "2006"), CultureInfo.InvariantCulture),
            Get("provider", "sqlite"),
            int.Parse(Get("loans", "100000"), CultureInfo.InvariantCulture),
            connection.Length == 0 ? null : connection,
            date.Length == 0 ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            int.Parse(Get("batch", "50000"), CultureInfo.InvariantCulture),
            int.Parse(Get("seconds", "30"), CultureInfo.InvariantCulture),
            Get("concurrency", "8,16,32").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(),
            !args.Contains("--no-pgbench"),
            Get("database", DefaultDatabase),
            int.Parse(Get("programs", "10"), CultureInfo.InvariantCulture),
            int.Parse(Get("quarters", "8"), CultureInfo.InvariantCulture),
            args.Contains("--with-loans"));
    }
}
