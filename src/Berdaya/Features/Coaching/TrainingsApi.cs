using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Coaching;

/// <summary>Training topics, providers, sessions, their attendance, feedback and adoption as JSON, through the same handlers as the pages.</summary>
public sealed class TrainingsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/trainings").WithTags("Trainings");

        group.MapGet("/topics", (Guid? programId, CoachingQueries q, CancellationToken ct) => q.TopicsAsync(programId, ct))
            .WithSummary("The program's training topics, each with its adoption and the reasons it was not used");
        group.MapPost("/topics", async ([FromBody] SaveTopic.Command body, SaveTopic save, CancellationToken ct) =>
            {
                var t = await save.AddAsync(body, ct);
                return Results.Created($"/api/v1/trainings/topics?programId={t.ProgramId}", Topic(t));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Add a topic (code unique in the program, need, evidence, adoption check after 1-52 weeks)");
        group.MapPut("/topics/{id:guid}", async (Guid id, [FromBody] SaveTopic.Command body, SaveTopic save, CancellationToken ct) =>
                Topic(await save.UpdateAsync(id, body, ct)))
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Edit a topic's name, need, evidence and weeks (the code stays)");

        group.MapGet("/providers", (Guid? programId, CoachingQueries q, CancellationToken ct) => q.ProvidersAsync(programId, ct))
            .WithSummary("The program's training providers with their average comprehension");
        group.MapGet("/providers/{id:guid}", (Guid id, CoachingQueries q, CancellationToken ct) => q.ProviderAsync(id, ct))
            .WithSummary("One provider with its sessions' comprehension and adoption over time");
        group.MapPost("/providers", async ([FromBody] SaveProvider.Command body, SaveProvider save, CoachingQueries q, CancellationToken ct) =>
            {
                var p = await save.AddAsync(body, ct);
                return Results.Created($"/api/v1/trainings/providers/{p.Id}", (await q.ProviderAsync(p.Id, ct)).Provider);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Add a provider (a partner provider names the partner who speaks)");
        group.MapPut("/providers/{id:guid}", async (Guid id, [FromBody] SaveProvider.Command body, SaveProvider save, CoachingQueries q, CancellationToken ct) =>
            {
                await save.UpdateAsync(id, body, ct);
                return (await q.ProviderAsync(id, ct)).Provider;
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Edit a provider");

        group.MapGet("/sessions", (Guid? programId, int? year, CoachingQueries q, CancellationToken ct) => q.CalendarAsync(programId, year, ct))
            .WithSummary("A program's sessions of a year (quarter on each), or a partner's own sessions");
        group.MapGet("/sessions/{id:guid}", (Guid id, CoachingQueries q, CancellationToken ct) => q.SessionAsync(id, ct))
            .WithSummary("One session with its participants, answers and adoption");
        group.MapPost("/sessions", async ([FromBody] PlanSession.Command body, PlanSession plan, CoachingQueries q, CancellationToken ct) =>
            {
                var s = await plan.HandleAsync(body, ct);
                return Results.Created($"/api/v1/trainings/sessions/{s.Id}", await q.SessionAsync(s.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Plan a session: topic, provider, date, place, cost in whole rupiah, capacity");
        group.MapPost("/sessions/{id:guid}/invitations", async (Guid id, [FromBody] InviteParticipants.Command body, InviteParticipants invite,
                CoachingQueries q, CancellationToken ct) =>
            {
                var added = await invite.HandleAsync(id, body, ct);
                return Results.Ok(new { added, session = await q.SessionAsync(id, ct) });
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Invite by group (groupId), village (villageCode), need (byNeed) or by hand (partnerIds), within capacity");
        group.MapPost("/sessions/{id:guid}/attendance", async (Guid id, [FromBody] RecordAttendance.Command body, RecordAttendance record,
                CoachingQueries q, CancellationToken ct) =>
            {
                await record.HandleAsync(id, body, ct);
                return await q.SessionAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Record who came (present: partner ids); the others invited are absent; the session is held and its cost posted");
        group.MapPost("/sessions/{id:guid}/feedback", async (Guid id, [FromBody] RecordFeedback.Command body, RecordFeedback record, CancellationToken ct) =>
            {
                var p = await record.HandleAsync(id, body, ct);
                return new { p.PartnerId, p.Understood, p.CanApply, p.Hard, p.FeedbackOn };
            })
            .RequireAuthorization(RolePolicies.TrainingFeedback)
            .WithSummary("A participant's answers: understood 1-5, can apply 1-5, what was hard (a partner for themself only)");
        group.MapPost("/sessions/{id:guid}/adoption", async (Guid id, [FromBody] RecordAdoption.Command body, RecordAdoption record,
                CoachingQueries q, CancellationToken ct) =>
            {
                await record.HandleAsync(id, body, ct);
                return await q.SessionAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("The adoption check once due: rows of partnerId, used, reason (NoDevice, NoMoney, NoTime, NotRelevant, Other) and reasonText");

        group.MapGet("/settings", async (Guid? programId, CoachingAccess access, CancellationToken ct) =>
            {
                access.RequireCatalogueReader();
                var program = await access.ProgramAsync(programId, ct);
                return new { programId = program, understoodThreshold = await access.ThresholdAsync(program, ct) };
            })
            .WithSummary("The program's comprehension threshold");
        group.MapPut("/settings", async ([FromBody] SetThreshold.Command body, SetThreshold set, CoachingAccess access, CancellationToken ct) =>
            {
                var threshold = await set.HandleAsync(body, ct);
                return new { programId = await access.ProgramAsync(body.ProgramId, ct), understoodThreshold = threshold };
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Set the comprehension threshold (1 to 5, one decimal)");

        group.MapGet("/flags", (Guid? programId, CoachingQueries q, CancellationToken ct) => q.FlagsAsync(programId, ct))
            .WithSummary("Sessions understood below the threshold with their answers, topics with low adoption with the reasons counted");
    }

    private static object Topic(Domain.Coaching.TrainingTopic t) =>
        new { t.Id, t.ProgramId, t.Code, t.Name, t.Need, t.Evidence, t.AdoptionWeeks };
}
