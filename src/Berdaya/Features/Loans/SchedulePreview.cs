using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Loans;

/// <summary>
/// A repayment schedule computed from terms, before any loan exists (docs/domain.md, Schedules and rounding): what an
/// officer shows the group when deciding and disbursing.
/// </summary>
public static class SchedulePreview
{
    /// <summary>
    /// Every field nullable and the choices as text, so a missing field or an unknown method is
    /// answered naming the field instead of failing to read the body.
    /// </summary>
    public sealed record Request
    {
        public decimal? Principal { get; init; }
        public decimal? AnnualRatePercent { get; init; }

        /// <summary>flat, yearlyOpeningBalance or effective.</summary>
        public string? Method { get; init; }

        public int? TenorMonths { get; init; }
        public int? GraceMonths { get; init; }
        public DateOnly? DisbursedOn { get; init; }
        public int? DueDay { get; init; }

        /// <summary>feeOnly (the default) or nothing.</summary>
        public string? GraceKind { get; init; }
    }

    public sealed record Installment(int Number, DateOnly DueDate, decimal Principal, decimal Fee, decimal Total, decimal OutstandingAfter);

    public sealed record Response(IReadOnlyList<Installment> Installments, decimal TotalPrincipal, decimal TotalFee);

    private static readonly Dictionary<string, FeeMethod> Methods = Names<FeeMethod>();
    private static readonly Dictionary<string, GraceKind> GraceKinds = Names<GraceKind>();

    public static Response Handle(Request request)
    {
        var errors = new List<DomainException>();
        T Required<T>(T? value, string field, T placeholder)
            where T : struct
        {
            if (value is null)
            {
                errors.Add(new DomainException("schedule.required", field));
            }

            return value ?? placeholder;
        }

        var method = Required(Choice(request.Method, Methods, "schedule.method", nameof(Request.Method), errors), nameof(Request.Method), FeeMethod.Flat);
        var grace = request.GraceKind is null
            ? GraceKind.FeeOnly
            : Choice(request.GraceKind, GraceKinds, "schedule.gracekind", nameof(Request.GraceKind), errors) ?? GraceKind.FeeOnly;
        // Placeholders for missing fields are valid on their own, and their field is already reported.
        var terms = new ScheduleTerms(
            Required(request.Principal, nameof(Request.Principal), 1m),
            Required(request.AnnualRatePercent, nameof(Request.AnnualRatePercent), 0m),
            method,
            Required(request.TenorMonths, nameof(Request.TenorMonths), RepaymentSchedule.MaxTenorMonths),
            Required(request.GraceMonths, nameof(Request.GraceMonths), 0),
            grace,
            Required(request.DisbursedOn, nameof(Request.DisbursedOn), new DateOnly(2000, 1, 1)),
            Required(request.DueDay, nameof(Request.DueDay), 1));
        var reported = errors.Select(e => e.Field).ToHashSet();
        errors.AddRange(RepaymentSchedule.Problems(terms).Where(e => !reported.Contains(e.Field)));
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var rows = RepaymentSchedule.Calculate(terms);
        return new Response(
            [.. rows.Select(r => new Installment(r.Number, r.DueDate, r.Principal, r.Fee, r.Total, r.OutstandingAfter))],
            rows.Sum(r => r.Principal),
            rows.Sum(r => r.Fee));
    }

    /// <summary>An unknown name is reported on the field; a missing one is left to <c>Required</c>.</summary>
    private static T? Choice<T>(string? text, Dictionary<string, T> names, string code, string field, List<DomainException> errors)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        errors.Add(new DomainException(code, field));
        return default(T);
    }

    /// <summary>The API's names are the camelCase enum names, read without regard to case (as the JSON enum converter does).</summary>
    private static Dictionary<string, T> Names<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.OrdinalIgnoreCase);
}

public sealed class LoanSchedulesApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/loan-schedules").WithTags("Loans");

        group.MapPost("/preview", ([FromBody] SchedulePreview.Request body) => SchedulePreview.Handle(body))
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("The repayment schedule for the given terms, exact to the rupiah; nothing is saved");
    }
}

/// <summary>A computed schedule as the preview table shows it, with the fee column's name ("Jasa" or "Margin").</summary>
public sealed record SchedulePreviewView(IReadOnlyList<ScheduledInstallment> Rows, string FeeLabel);
