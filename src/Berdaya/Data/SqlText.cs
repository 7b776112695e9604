using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Berdaya.Data;

/// <summary>
/// The daily close's set-based statements, written as text per provider: commands on the context's own
/// connection and inside its current transaction, with named parameters and room for a national-scale
/// statement (the first close after an upgrade totals the whole journal).
/// </summary>
public static class SqlText
{
    private const int TimeoutSeconds = 1800;

    public static DbCommand Command(this DatabaseFacade database, string text, params (string Name, object Value)[] parameters)
    {
        var cmd = database.GetDbConnection().CreateCommand();
        cmd.CommandText = text;
        cmd.CommandTimeout = TimeoutSeconds;
        cmd.Transaction = database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    /// <summary>Runs a statement; the rows it changed.</summary>
    public static async Task<int> ExecuteTextAsync(this DatabaseFacade database, string text, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = database.Command(text, parameters);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The first column of the first row, converted (a count is a long on one provider and an int on another).</summary>
    public static async Task<T> ScalarTextAsync<T>(this DatabaseFacade database, string text, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = database.Command(text, parameters);
        var value = await cmd.ExecuteScalarAsync(ct);
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }
}
