using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Evaluations;

/// <summary>Scoring by the academic partner and the yearly evaluations (docs/domain.md, Evaluation; decision 0028).</summary>
public sealed class EvaluationsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var s = api.MapGroup("/scoring").WithTags("Scoring");
        s.MapGet("/", async (Guid? programId, int? year, bool? unscored, ProgramScope scope, Scoring scoring, CancellationToken ct) =>
                await scoring.QueueAsync(await scope.ResolveAsync(programId, ct), year, unscored ?? false, ct))
            .WithSummary("Filled questionnaires whose version has a rubric, newest first (at most 200), each partner as a code; names for the office only");
        s.MapGet("/{formId:guid}", (Guid formId, Scoring scoring, CancellationToken ct) => scoring.FormAsync(formId, ct))
            .WithSummary("One form to score: the rubric's questions with the answers and scores so far; the evaluator sees no name and no free text");
        s.MapPut("/{formId:guid}", async (Guid formId, [FromBody] Scoring.Command body, Scoring scoring, CancellationToken ct) =>
            {
                var score = await scoring.ScoreAsync(formId, body, ct);
                return new { score.FilledFormId, score.Total, score.MaxTotal, score.Revision, Scores = score.ScoreMap() };
            })
            .RequireAuthorization(RolePolicies.Scorers)
            .WithSummary("Score a form: a score for each rubric question answered (0 to its highest), a note; Revision as read (0 the first time)");

        var e = api.MapGroup("/evaluations").WithTags("Evaluations");
        e.MapGet("/", async (Guid? programId, int? year, ProgramScope scope, Evaluations evaluations, CancellationToken ct) =>
                await evaluations.ListAsync(await scope.ResolveAsync(programId, ct), year, ct))
            .WithSummary("The program's yearly evaluations (of a year), groups first");
        e.MapPost("/", async ([FromBody] Evaluations.GatherCommand body, Evaluations evaluations, CancellationToken ct) =>
            {
                var made = await evaluations.GatherAsync(body, ct);
                return Results.Created($"/api/v1/evaluations/{made[0].Id}", made.Select(x => new { x.Id, x.Subject, x.SubjectId, x.Year, x.Decision }));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Gather (or gather again) the evidence of a group and its members for a year; decided evaluations are left as they are");
        e.MapGet("/{id:guid}", (Guid id, Evaluations evaluations, CancellationToken ct) => evaluations.ViewAsync(id, ct))
            .WithSummary("One evaluation: the evidence, each criterion met or not, the judgements and the decision");
        e.MapPut("/{id:guid}/judgement", async (Guid id, [FromBody] Evaluations.JudgeCommand body, Evaluations evaluations, CancellationToken ct) =>
            {
                await evaluations.JudgeAsync(id, body, ct);
                return await evaluations.ViewAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Judges)
            .WithSummary("The evaluator's judgement (as the evaluator) or the officer's (as the office)");
        e.MapPost("/{id:guid}/decision", async (Guid id, [FromBody] Evaluations.DecideCommand body, Evaluations evaluations, CancellationToken ct) =>
            {
                await evaluations.DecideAsync(id, body, ct);
                return await evaluations.ViewAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("The decision (Continue, Extend, Reduce, Graduate, Stop) with a reason; Graduate only when every criterion is met");
        e.MapGet("/criteria", async (Guid? programId, ProgramScope scope, Evaluations evaluations, CancellationToken ct) =>
                await evaluations.CriteriaAsync(await scope.ResolveAsync(programId, ct), ct))
            .WithSummary("The program's evaluation criteria");
        e.MapPut("/criteria", async (Guid? programId, [FromBody] Evaluations.CriteriaCommand body, ProgramScope scope, Evaluations evaluations,
                CancellationToken ct) => await evaluations.SetCriteriaAsync(await scope.ResolveAsync(programId, ct), body, ct))
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Set the program's evaluation criteria (percentages 0–100, turnover growth −100–1000, trainings 0–52, NIB required or not)");
    }
}
