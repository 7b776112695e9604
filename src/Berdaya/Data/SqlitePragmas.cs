using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Berdaya.Data;

/// <summary>
/// WAL and a busy timeout so page reads do not block on writes in the embedded database. A read-only connection (EF Core
/// opens one to ask whether the file exists) cannot switch the journal mode of a file that is not yet in WAL, such as a
/// backup copy: it sets only what reading needs, and the first read-write connection switches the file.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Reading = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
    private const string Writing = "PRAGMA journal_mode=WAL; " + Reading + " PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = PragmasFor(connection);
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = PragmasFor(connection);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string PragmasFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? Reading : Writing;
}
