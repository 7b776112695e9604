using System.Data.Common;
using Berdaya.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Berdaya.Bench;

/// <summary>
/// A table as the app's EF model maps it (names, columns, value conversions), so generated rows land
/// exactly where and how the app reads them; rows are CLR values in column order.
/// </summary>
public sealed class Table
{
    private Table(string name, IReadOnlyList<IProperty> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }
    public IReadOnlyList<IProperty> Columns { get; }

    public static Table Of<T>(AppDbContext db) => Of(db, typeof(T));

    public static Table Of(AppDbContext db, Type clrType)
    {
        var type = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException(clrType.Name + " is not mapped");
        return new Table(type.GetTableName()!, type.GetProperties().Where(p => !p.IsShadowProperty()).ToList());
    }

    public object?[] Row(object entity) => Columns.Select(c => c.GetGetter().GetClrValue(entity)).ToArray();

    /// <summary>A row given by column name (the others null): for tables whose entities the domain builds only through a workflow.</summary>
    public object?[] Row(IReadOnlyDictionary<string, object?> values) =>
        Columns.Select(c => values.TryGetValue(c.GetColumnName(), out var v) ? v : null).ToArray();

    public object? ToProvider(int column, object? value) =>
        value is null ? null : Columns[column].GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
}

/// <summary>
/// Loads rows fast: PostgreSQL through binary COPY, SQLite through prepared inserts in one
/// transaction. Secondary indexes and foreign keys of the loaded tables are dropped first and built
/// again at the end (one sort per index instead of one insertion per row).
/// </summary>
public abstract class BulkWriter : IAsyncDisposable
{
    public static async Task<BulkWriter> OpenAsync(Options o)
    {
        if (o.IsPostgres)
        {
            var pg = new NpgsqlConnection(o.AppConnection);
            await pg.OpenAsync();
            return new PostgresWriter(pg);
        }

        var sqlite = new SqliteConnection($"Data Source={Path.Combine(o.Dir, "berdaya.db")}");
        await sqlite.OpenAsync();
        return new SqliteWriter(sqlite);
    }

    public abstract Task SuspendIndexesAsync(IEnumerable<Table> tables);

    public abstract Task RestoreIndexesAsync();

    public abstract Task WriteAsync(Table table, IEnumerable<object?[]> rows);

    public abstract Task FinishAsync();

    public abstract ValueTask DisposeAsync();

    protected static async Task ExecAsync(DbConnection c, string sql, DbTransaction? tx = null)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        cmd.Transaction = tx;
        await cmd.ExecuteNonQueryAsync();
    }

    protected static async Task<List<string>> ListAsync(DbConnection c, string sql, DbTransaction? tx = null)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        var list = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    private sealed class PostgresWriter(NpgsqlConnection c) : BulkWriter
    {
        private readonly List<string> _restore = [];

        public override async Task SuspendIndexesAsync(IEnumerable<Table> tables)
        {
            var names = string.Join(", ", tables.Select(t => $"'{t.Name}'"));
            var fks = await ListAsync(c, $"""
                SELECT format('ALTER TABLE %I ADD CONSTRAINT %I %s', cl.relname, co.conname, pg_get_constraintdef(co.oid))
                FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
                WHERE co.contype = 'f' AND cl.relname IN ({names})
                """);
            var indexes = await ListAsync(c, $"""
                SELECT indexdef FROM pg_indexes
                WHERE schemaname = 'public' AND tablename IN ({names}) AND indexname NOT LIKE 'PK\_%'
                """);
            var drops = await ListAsync(c, $"""
                SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', cl.relname, co.conname)
                FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
                WHERE co.contype = 'f' AND cl.relname IN ({names})
                UNION ALL
                SELECT format('DROP INDEX %I', indexname) FROM pg_indexes
                WHERE schemaname = 'public' AND tablename IN ({names}) AND indexname NOT LIKE 'PK\_%'
                """);
            foreach (var sql in drops.OrderBy(d => d.StartsWith("DROP INDEX", StringComparison.Ordinal)))
            {
                await ExecAsync(c, sql);
            }

            _restore.AddRange(indexes);
            _restore.AddRange(fks);
        }

        public override async Task RestoreIndexesAsync()
        {
            await ExecAsync(c, "SET maintenance_work_mem = '1GB'");
            foreach (var sql in _restore)
            {
                await ExecAsync(c, sql);
            }

            _restore.Clear();
        }

        public override async Task WriteAsync(Table table, IEnumerable<object?[]> rows)
        {
            var columns = string.Join(", ", table.Columns.Select(p => $"\"{p.GetColumnName()}\""));
            var types = table.Columns.Select(TypeOf).ToArray();
            await using var import = await c.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await import.StartRowAsync();
                for (var i = 0; i < row.Length; i++)
                {
                    if (table.ToProvider(i, row[i]) is { } v)
                    {
                        await import.WriteAsync(v, types[i]);
                    }
                    else
                    {
                        await import.WriteNullAsync();
                    }
                }
            }

            await import.CompleteAsync();
        }

        public override async Task FinishAsync() => await ExecAsync(c, "VACUUM ANALYZE");

        public override async ValueTask DisposeAsync() => await c.DisposeAsync();

        /// <summary>Binary COPY needs each value's exact server type.</summary>
        private static NpgsqlDbType TypeOf(IProperty p)
        {
            var clr = p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType;
            clr = Nullable.GetUnderlyingType(clr) ?? clr;
            var column = p.GetColumnType();
            return clr switch
            {
                _ when clr == typeof(Guid) => NpgsqlDbType.Uuid,
                _ when clr == typeof(int) => NpgsqlDbType.Integer,
                _ when clr == typeof(long) => NpgsqlDbType.Bigint,
                _ when clr == typeof(short) => NpgsqlDbType.Smallint,
                _ when clr == typeof(decimal) => NpgsqlDbType.Numeric,
                _ when clr == typeof(bool) => NpgsqlDbType.Boolean,
                _ when clr == typeof(DateOnly) => NpgsqlDbType.Date,
                _ when clr == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
                _ when clr == typeof(double) => NpgsqlDbType.Double,
                _ when clr == typeof(byte[]) => NpgsqlDbType.Bytea,
                _ when clr == typeof(string) && column.StartsWith("character(", StringComparison.Ordinal) => NpgsqlDbType.Char,
                _ when clr == typeof(string) => NpgsqlDbType.Varchar,
                _ => throw new NotSupportedException($"{p.DeclaringType.DisplayName()}.{p.Name}: {clr.Name} ({column})"),
            };
        }
    }

    private sealed class SqliteWriter(SqliteConnection c) : BulkWriter
    {
        private readonly List<string> _restore = [];
        private readonly Dictionary<string, SqliteCommand> _inserts = [];
        private SqliteTransaction? _tx;

        public override async Task SuspendIndexesAsync(IEnumerable<Table> tables)
        {
            await ExecAsync(c, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-400000;");
            var names = string.Join(", ", tables.Select(t => $"'{t.Name}'"));
            var indexes = await ListAsync(c, $"SELECT name || char(31) || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names})");
            foreach (var ix in indexes)
            {
                var parts = ix.Split('\u001f');
                await ExecAsync(c, $"DROP INDEX \"{parts[0]}\"");
                _restore.Add(parts[1]);
            }

            _tx = c.BeginTransaction();
        }

        public override async Task RestoreIndexesAsync()
        {
            foreach (var sql in _restore)
            {
                await ExecAsync(c, sql, _tx);
            }

            _restore.Clear();
        }

        public override async Task WriteAsync(Table table, IEnumerable<object?[]> rows)
        {
            if (!_inserts.TryGetValue(table.Name, out var cmd))
            {
                cmd = c.CreateCommand();
                cmd.Transaction = _tx;
                cmd.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(p => $"\"{p.GetColumnName()}\""))}) " +
                                  $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    cmd.Parameters.Add(new SqliteParameter("@p" + i, null));
                }

                cmd.Prepare();
                _inserts[table.Name] = cmd;
            }

            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    // EF Core keeps GUIDs as upper-case text on SQLite; a bound Guid would be a blob.
                    cmd.Parameters[i].Value = table.ToProvider(i, row[i]) switch
                    {
                        null => DBNull.Value,
                        Guid g => g.ToString().ToUpperInvariant(),
                        var v => v,
                    };
                }

                await cmd.ExecuteNonQueryAsync();
            }
        }

        public override async Task FinishAsync()
        {
            await _tx!.CommitAsync();
            await ExecAsync(c, "ANALYZE");
            await ExecAsync(c, "PRAGMA wal_checkpoint(TRUNCATE)");
        }

        public override async ValueTask DisposeAsync()
        {
            foreach (var cmd in _inserts.Values)
            {
                await cmd.DisposeAsync();
            }

            if (_tx is not null)
            {
                await _tx.DisposeAsync();
            }

            await c.DisposeAsync();
        }
    }
}
