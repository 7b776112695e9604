using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.CashBook;

/// <summary>A partner's cash book as JSON, through the same handlers as the pages (docs/domain.md, Cash book).</summary>
public sealed class CashBookApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/partners/{id:guid}/cash-book").WithTags("Cash book");

        group.MapGet("/", (Guid id, string? month, CashBookQueries queries, CancellationToken ct) => queries.MonthAsync(id, month, ct))
            .WithSummary("A month of the partner's cash book (month=yyyy-MM, the current month when left out): summary and lines");

        group.MapPost("/days", async (Guid id, [FromBody] RecordCashDay.Command body, RecordCashDay record, CashBookQueries queries, CancellationToken ct) =>
            {
                var day = await record.HandleAsync(id, body, ct);
                var month = day.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                return Results.Created($"/api/v1/partners/{id}/cash-book?month={month}", await queries.MonthAsync(id, month, ct));
            })
            .RequireAuthorization(RolePolicies.CashBookKeepers)
            .WithSummary("Record a day's lines (date; rows of category, whole-rupiah amount, note): all rows or none");

        group.MapPost("/lines/{lineId:guid}/reversal", async (Guid id, Guid lineId, [FromBody] ReverseCashLine.Command body, ReverseCashLine reverse,
                CancellationToken ct) =>
            {
                var counter = await reverse.HandleAsync(id, lineId, body, ct);
                return Results.Created($"/api/v1/partners/{id}/cash-book", new { counter.Id, counter.ReversalOfId, counter.Date, counter.Category, counter.Amount, counter.Reason });
            })
            .RequireAuthorization(RolePolicies.CashBookKeepers)
            .WithSummary("Reverse a mistaken line with a counter-line (reason required); a line is reversed once (409)");

        group.MapGet("/offers", (Guid id, CashOfferBook offers, CancellationToken ct) => offers.OpenAsync(id, ct))
            .WithSummary("Lines other records offer to the book (an outlet's payment, a supply order), not yet taken, newest first");

        group.MapPost("/offers/{sourceType}/{sourceId:guid}", async (Guid id, string sourceType, Guid sourceId, CashOfferBook offers, CancellationToken ct) =>
            {
                var line = await offers.TakeAsync(id, sourceType, sourceId, ct);
                return Results.Created($"/api/v1/partners/{id}/cash-book", new { line.Id, line.Date, line.Category, line.Amount, line.Note, line.SourceType, line.SourceId });
            })
            .RequireAuthorization(RolePolicies.CashBookKeepers)
            .WithSummary("Take an offered record into the book as a line; a record becomes one line at most (409)");
    }
}
