using Berdaya.Domain.Fund;
using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Fund;

/// <summary>
/// The program's fund (docs/domain.md, The ledger): position, trial balance, receivable check and statement for
/// administrators, officers and viewers of the program; fund movements by the program office.
/// Evaluators grade the program from the reports, not from the fund's books.
/// </summary>
public sealed class FundApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/fund").WithTags("Fund");
        var readers = ProgramScope.FundReaders.Split(',');

        group.MapGet("/position", async (Guid? programId, ProgramScope scope, FundQueries q, CancellationToken ct) =>
                await q.PositionAsync(await scope.ResolveAsync(programId, ct), ct))
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("Fund position: available to lend now (cash and bank), receivable, capital, income, grants, write-offs");

        group.MapGet("/trial-balance", async (Guid? programId, DateOnly? asOf, ProgramScope scope, FundQueries q, CancellationToken ct) =>
                await q.TrialBalanceAsync(await scope.ResolveAsync(programId, ct), asOf, ct))
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("Every account's debit, credit and balance up to a date (default today); the totals must be equal");

        group.MapGet("/receivable-check", async (Guid? programId, ProgramScope scope, FundQueries q, CancellationToken ct) =>
                await q.ReceivableCheckAsync(await scope.ResolveAsync(programId, ct), ct))
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("Loans receivable in the ledger against the principal outstanding of the active loans; difference 0 is OK");

        group.MapGet("/ledger-check", async (Guid? programId, ProgramScope scope, FundQueries q, CancellationToken ct) =>
                await q.LedgerTotalsCheckAsync(await scope.ResolveAsync(programId, ct), ct))
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("The ledger day totals plus the entries posted since the last close against every journal line, per account and entry kind");

        group.MapGet("/statement", async (Guid? programId, DateOnly? from, DateOnly? to, ProgramScope scope, FundQueries q, CancellationToken ct) =>
                await q.StatementAsync(await scope.ResolveAsync(programId, ct), from, to, ct))
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("Fund statement for a period (default: this year): opening cash, each movement, closing cash = cash balance at 'to'");

        group.MapGet("/allowance", async (Guid? programId, DateOnly? monthEnd, ProgramScope scope, AllowanceRun run, TimeProvider clock, CancellationToken ct) =>
            {
                var today = Domain.Common.BusinessCalendar.Today(clock);
                var end = monthEnd ?? new DateOnly(today.Year, today.Month, 1).AddDays(-1);
                return await run.EstimateAsync(await scope.ResolveAsync(programId, ct), end, ct);
            })
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("The allowance for losses at a month end (default: the last one): each class's outstanding, rate and requirement, from " +
                         "two years of month-end history or the starting rates before that");

        group.MapPost("/movements", async (MovementRequest body, RecordFundMovement.Handler handler, ProgramScope scope, FundQueries q, CancellationToken ct) =>
            {
                var programId = await scope.ResolveAsync(body.ProgramId, ct);
                var id = await handler.HandleAsync(new RecordFundMovement.Command(programId, body.Kind, body.Amount, body.On, body.Description), ct);
                return Results.Created($"/api/v1/fund/position?programId={programId}", new { id, position = await q.PositionAsync(programId, ct) });
            })
            .RequireAuthorization(p => p.RequireRole(ProgramScope.Office.Split(',')))
            .WithSummary("Record capital allocated or withdrawn, bank interest, a coaching grant or other income; an outflow may not overdraw the fund");
    }

    /// <summary>A fund movement as sent: the program may be left out when the user has one.</summary>
    public sealed record MovementRequest(Guid? ProgramId, EntryKind Kind, decimal Amount, DateOnly On, string? Description);
}
