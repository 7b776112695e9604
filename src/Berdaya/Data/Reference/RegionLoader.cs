using System.IO.Compression;
using Berdaya.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Berdaya.Data.Reference;

/// <summary>
/// Loads the official region list (idn-area-data, ODbL; see ATTRIBUTION.md beside the files)
/// into an empty Regions table: one bulk insert on SQLite, binary COPY on PostgreSQL.
/// </summary>
public static class RegionLoader
{
    private static readonly string[] Files = ["provinces", "regencies", "districts", "villages"];

    public static IEnumerable<(string Code, string? Parent, string Name)> ReadAll()
    {
        var assembly = typeof(RegionLoader).Assembly;
        foreach (var file in Files)
        {
            var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".{file}.csv.gz", StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var first = line.IndexOf(',', StringComparison.Ordinal);
                var code = line[..first];
                if (file == "provinces")
                {
                    yield return (code, null, TitleCase(line[(first + 1)..]));
                    continue;
                }

                var second = line.IndexOf(',', first + 1);
                var name = line[(second + 1)..];
                yield return (code, line[(first + 1)..second], file == "regencies" ? TitleCase(name) : name);
            }
        }
    }

    public static async Task<int> LoadIfEmptyAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.Regions.AnyAsync(ct))
        {
            return 0;
        }

        var rows = ReadAll().ToList();
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var wasOpen = connection.State == System.Data.ConnectionState.Open;
            if (!wasOpen)
            {
                await connection.OpenAsync(ct);
            }

            try
            {
                await using var importer = await connection.BeginBinaryImportAsync(
                    "COPY \"Regions\" (\"Code\", \"Name\", \"ParentCode\", \"Level\") FROM STDIN (FORMAT BINARY)", ct);
                foreach (var (code, parent, name) in rows)
                {
                    await importer.StartRowAsync(ct);
                    await importer.WriteAsync(code, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    await importer.WriteAsync(name, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    if (parent is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(parent, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    }

                    await importer.WriteAsync((int)Region.LevelOf(code), NpgsqlTypes.NpgsqlDbType.Integer, ct);
                }

                await importer.CompleteAsync(ct);
            }
            finally
            {
                if (!wasOpen)
                {
                    await connection.CloseAsync();
                }
            }
        }
        else
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO \"Regions\" (\"Code\", \"Name\", \"ParentCode\", \"Level\") VALUES ($c, $n, $p, $l)";
                var pc = Parameter(cmd, "$c");
                var pn = Parameter(cmd, "$n");
                var pp = Parameter(cmd, "$p");
                var pl = Parameter(cmd, "$l");
                await cmd.PrepareAsync(ct);
                foreach (var (code, parent, name) in rows)
                {
                    pc.Value = code;
                    pn.Value = name;
                    pp.Value = (object?)parent ?? DBNull.Value;
                    pl.Value = (int)Region.LevelOf(code);
                    await cmd.ExecuteNonQueryAsync(ct);
                }

                await tx.CommitAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return rows.Count;
    }

    private static System.Data.Common.DbParameter Parameter(System.Data.Common.DbCommand cmd, string name)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        cmd.Parameters.Add(p);
        return p;
    }

    /// <summary>"KABUPATEN SUMEDANG" → "Kabupaten Sumedang"; "DKI JAKARTA" keeps its acronym.</summary>
    private static string TitleCase(string upper) =>
        string.Join(' ', upper.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
            w is "DKI" or "DI" ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
