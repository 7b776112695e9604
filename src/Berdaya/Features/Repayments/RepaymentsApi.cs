using Berdaya.Domain.Loans;
using Berdaya.Features.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Repayments;

/// <summary>A group's monthly collection, its "due this month" list and a partner's on-time record through the JSON API.</summary>
public sealed class RepaymentsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var groups = api.MapGroup("/groups").WithTags("Collection");

        groups.MapGet("/{id:guid}/collection-sheets/{month}", (Guid id, string month, CollectionSheetQuery q, CancellationToken ct) => q.SheetAsync(id, month, ct))
            .WithSummary("The group's collection sheet for a month (yyyy-MM): each member's installments due, arrears, total due, paid so far, " +
                         "days past due, and the sheets already posted");

        groups.MapPost("/{id:guid}/collection-sheets/{month}", async (Guid id, string month, SheetRequest body, PostCollectionSheet.Handler handler,
                CurrentUser me, [FromHeader(Name = "Idempotency-Key")] string? key, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, new PostCollectionSheet.Command(month, body.PaidOn, body.Channel, body.Reference, body.Lines,
                    RecordRepayment.Key(key)), me.RequiredId, ct);
                return Results.Created($"/api/v1/groups/{id}/collection-sheets/{result.Month}", result);
            })
            .RequireAuthorization(RolePolicies.Collectors)
            .WithSummary("Post the month's sheet: every payment or none (lines with no amount are skipped). Answers the repayments and their receipt numbers; " +
                         "with an Idempotency-Key header a repeat answers the first sheet, and the same key with another sheet is refused (409)");

        groups.MapGet("/{id:guid}/due", (Guid id, string? month, CollectionSheetQuery q, CancellationToken ct) => q.DueAsync(id, month, ct))
            .WithSummary("Each member's installment due in the month (default: this month), paid or not, and who is late today, late first");

        api.MapGroup("/partners").WithTags("Collection")
            .MapGet("/{id:guid}/on-time", (Guid id, OnTimeRecord q, CancellationToken ct) => q.HandleAsync(id, ct))
            .WithSummary("The partner's on-time record: each installment month (OnTime, Late, Pending) and the current unbroken on-time streak");
    }
}

/// <summary>The body of a sheet posting; the month comes from the address.</summary>
public sealed record SheetRequest(DateOnly PaidOn, PaymentChannel Channel, string? Reference, List<PostCollectionSheet.Line>? Lines);
