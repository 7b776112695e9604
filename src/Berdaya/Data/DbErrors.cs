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

    /// <summary>
    /// PostgreSQL chose this write as the victim of a deadlock (40P01) with another writer of the same keys; the
    /// execution strategy may have wrapped it. Nothing of it was written, so it is safe to try again row by row.
    /// </summary>
    public static bool IsDeadlock(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }
}
