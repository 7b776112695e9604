using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Loans;

/// <summary>Loans, repayments, reversals, rescheduling and write-off through the JSON API: the same handlers as the pages.</summary>
public sealed class LoansApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/loans").WithTags("Loans");

        group.MapGet("/", (Guid? groupId, Guid? partnerId, LoanStatus? status, Collectibility? @class, int? take, LoanQueries q, CancellationToken ct) =>
                q.ListAsync(groupId, partnerId, status, @class, take ?? 100, ct))
            .WithSummary("Loans in the user's scope, newest disbursement first (at most 500)");

        group.MapPost("/", async (Disburse.Command body, Disburse.Handler handler, LoanQueries q, CurrentUser me, CancellationToken ct) =>
            {
                var id = await handler.HandleAsync(body, me.RequiredId, ct);
                return Results.Created($"/api/v1/loans/{id}", await q.CardAsync(id, null, ct));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Disburse an approved decision: creates the loan and its schedule and posts the fund's outflow");

        group.MapGet("/{id:guid}", (Guid id, DateOnly? asOf, LoanQueries q, CancellationToken ct) => q.CardAsync(id, asOf, ct))
            .WithSummary("The loan card: terms, schedule, payments with their allocation, days past due and class as of a date (default today)");

        group.MapPost("/{id:guid}/repayments", async (Guid id, RecordRepayment.Command body, HttpRequest request, RecordRepayment.Handler handler,
                LoanQueries q, CurrentUser me, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, body, RecordRepayment.Key(request.Headers["Idempotency-Key"].ToString()), me.RequiredId, ct);
                // A new payment answers from what was just saved; a repeated key reads the first one back.
                var row = result.Posted is { } posted ? LoanQueries.Row(posted) : await q.RepaymentAsync(id, result.RepaymentId, ct);
                return Results.Created($"/api/v1/loans/{id}/repayments/{result.RepaymentId}", row);
            })
            .RequireAuthorization(RolePolicies.Collectors)
            .WithSummary("Record a payment (fee first, then principal, oldest installment first). With an Idempotency-Key header the same key " +
                         "and body answer with the first result; the same key with another body is refused (409)");

        group.MapGet("/{id:guid}/repayments/{repaymentId:guid}", (Guid id, Guid repaymentId, LoanQueries q, CancellationToken ct) =>
                q.RepaymentAsync(id, repaymentId, ct))
            .WithSummary("One payment or reversal with its allocation (the receipt)");

        group.MapPost("/{id:guid}/repayments/{repaymentId:guid}/reversal", async (Guid id, Guid repaymentId, ReverseRepayment.Command body,
                ReverseRepayment.Handler handler, LoanQueries q, CurrentUser me, CancellationToken ct) =>
            {
                var reversalId = await handler.HandleAsync(id, repaymentId, body, me.RequiredId, ct);
                return Results.Created($"/api/v1/loans/{id}/repayments/{reversalId}", await q.RepaymentAsync(id, reversalId, ct));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Reverse a payment with a reason; the loan is recomputed from the payments that stand");

        group.MapPost("/{id:guid}/reschedule", async (Guid id, RescheduleLoan.Command body, RescheduleLoan.Handler handler, LoanQueries q,
                CurrentUser me, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, body, me.RequiredId, ct);
                return await q.CardAsync(id, null, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Restructure: a new schedule from the principal outstanding, with a reason; the old schedule is kept");

        group.MapPost("/{id:guid}/write-off", async (Guid id, WriteOffLoan.Command body, WriteOffLoan.Handler handler, LoanQueries q,
                CurrentUser me, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, body, me.RequiredId, ct);
                return await q.CardAsync(id, null, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Write off by decision with a reference: Book (hapus buku) or Extinguish (hapus tagih)");
    }
}
