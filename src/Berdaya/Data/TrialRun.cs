using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Berdaya.Data;

/// <summary>
/// A stretch of work that may read but never write: while it lasts (on this async flow), any save,
/// bulk update or data-changing SQL stops with <see cref="TrialRunStoppedException"/> before it reaches the
/// database. A form whose values could not all be read runs its rules this way, so that every error
/// is shown at once and nothing is written (decision 0013).
/// </summary>
public static class TrialRun
{
    private static readonly AsyncLocal<bool> Running = new();

    public static bool IsRunning => Running.Value;

    /// <summary>Starts a trial run on the current async flow; disposing the result ends it.</summary>
    public static IDisposable Start()
    {
        Running.Value = true;
        return new End();
    }

    private sealed class End : IDisposable
    {
        public void Dispose() => Running.Value = false;
    }

    /// <summary>The interceptor that stops the writes; registered on every context after the text limits.</summary>
    public sealed class Guard : DbCommandInterceptor, ISaveChangesInterceptor
    {
        public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
            IsRunning ? throw new TrialRunStoppedException() : result;

        public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default) =>
            IsRunning ? throw new TrialRunStoppedException() : ValueTask.FromResult(result);

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            IsRunning ? throw new TrialRunStoppedException() : result;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            IsRunning ? throw new TrialRunStoppedException() : ValueTask.FromResult(result);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            IsRunning && Changes(command) ? throw new TrialRunStoppedException() : result;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            IsRunning && Changes(command) ? throw new TrialRunStoppedException() : ValueTask.FromResult(result);

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            IsRunning && Changes(command) ? throw new TrialRunStoppedException() : result;

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            IsRunning && Changes(command) ? throw new TrialRunStoppedException() : ValueTask.FromResult(result);

        /// <summary>A statement that changes data (reads come as SELECT or WITH … SELECT).</summary>
        private static bool Changes(DbCommand command)
        {
            var text = command.CommandText.AsSpan().TrimStart();
            return !(text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                || (text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase) && !ContainsWrite(command.CommandText)));
        }

        private static bool ContainsWrite(string sql) =>
            sql.Contains("INSERT ", StringComparison.OrdinalIgnoreCase) || sql.Contains("UPDATE ", StringComparison.OrdinalIgnoreCase)
            || sql.Contains("DELETE ", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A trial run reached a write and stopped there; nothing was written.</summary>
public sealed class TrialRunStoppedException() : Exception("A trial run stopped before writing.");
