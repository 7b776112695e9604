using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Berdaya.Data;

/// <summary>How each provider says that a write lost a race to another one.</summary>
public static class DbErrors
{
    /// <summary>
    /// A unique index refused the row: someone else wrote the same key first (a second reversal of one
    /// payment, a sheet posted twice). SQLite reports SQLITE_CONSTRAINT (19) with its unique or primary
    /// key sub-code; PostgreSQL reports 23505.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException ex) => ex is not DbUpdateConcurrencyException && ex.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
