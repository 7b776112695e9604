using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Jobs;
using Berdaya.Domain.Reminders;
using Berdaya.Features.Tasks;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.Web.Home;
using Berdaya.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Tasks;

/// <summary>docs/domain.md, Reminders and the work list: raised once, seen by whom they are for, marked done once.</summary>
public sealed class RemindersTests
{
    private static ReminderDraft Draft(Guid program, string key, Guid? partner = null, string? village = null, string? assignee = null, string? message = null) =>
        new(key, "tasks.reminder.plain", program, new DateOnly(2026, 12, 1), $"Subjek {key}", "/partners", partner, village, assignee, message);

    [Theory]
    [AllDatabases]
    public async Task A_reminder_is_raised_once_when_two_nodes_raise_the_same_keys_at_once(string provider)
    {
        var app = await TestApp.For(provider);
        Guid program;
        await using (var s = app.Scope(out var db))
        {
            program = await db.Programs.Select(p => p.Id).FirstAsync();
        }

        var keys = Enumerable.Range(0, 40).Select(i => TestData.Unique($"uji:{i}")).ToList();
        var drafts = keys.Select(k => Draft(program, k)).ToList();

        async Task<int> RaiseAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredService<RaiseReminders>();
            return await job.RaiseAsync(drafts, CancellationToken.None);
        }

        var raised = await Task.WhenAll(RaiseAsync(), RaiseAsync(), RaiseAsync());
        raised.Sum().ShouldBe(keys.Count);
        (await RaiseAsync()).ShouldBe(0);
        await using var check = app.Scope(out var after);
        (await after.Reminders.CountAsync(r => keys.Contains(r.Key))).ShouldBe(keys.Count);
    }

    [Theory]
    [AllDatabases]
    public async Task Each_user_sees_the_reminders_meant_for_them_and_marking_one_done_ends_it_for_all(string provider)
    {
        await using var app = await TestApp.Own(provider);
        Guid program, eti, iis;
        string evaluatorId, otherVillage;
        await using (var s = app.Scope(out var db))
        {
            program = await db.Programs.Select(p => p.Id).FirstAsync();
            eti = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
            iis = await db.Partners.Where(p => p.OwnerName == "Iis Suryani").Select(p => p.Id).SingleAsync();
            evaluatorId = await db.Users.Where(u => u.Email == Demo.Evaluator).Select(u => u.Id).SingleAsync();
            otherVillage = await db.Regions.Where(r => r.Code.Length == 13 && !r.Code.StartsWith("32.11.07")).Select(r => r.Code).FirstAsync();
            db.Reminders.RemoveRange(db.Reminders);
            await db.SaveChangesAsync();
        }

        var job = app.Services.CreateScope().ServiceProvider.GetRequiredService<RaiseReminders>();
        await job.RaiseAsync(
        [
            Draft(program, "uji:eti", eti, TestData.Narimbang, message: "Ibu Eti, izin PIRT akan habis."),
            Draft(program, "uji:iis", iis, TestData.Narimbang),
            Draft(program, "uji:jauh", null, otherVillage),
            Draft(program, "uji:evaluator", null, null, evaluatorId),
        ], CancellationToken.None);

        async Task<List<string>> KeysAsync(string email)
        {
            var api = await app.ApiAs(email);
            var page = await (await api.GetAsync("/api/v1/tasks")).Json200();
            return page.GetProperty("reminders").EnumerateArray().Select(r => r.GetProperty("text").GetString()!).Order().ToList();
        }

        (await KeysAsync(Demo.Officer)).ShouldBe(["Subjek uji:eti", "Subjek uji:iis", "Subjek uji:jauh"]);
        (await KeysAsync(Demo.Facilitator)).ShouldBe(["Subjek uji:eti", "Subjek uji:iis"]);
        (await KeysAsync(Demo.Chair)).ShouldBe(["Subjek uji:eti"]);
        (await KeysAsync(Demo.Treasurer)).ShouldBe(["Subjek uji:iis"]);
        (await KeysAsync(Demo.Evaluator)).ShouldBe(["Subjek uji:evaluator"]);
        (await KeysAsync(Demo.Viewer)).ShouldBeEmpty();

        // Staff who may see the phone get the message as a WhatsApp link; the partner reads it without one.
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var rows = (await (await facilitator.GetAsync("/api/v1/tasks")).Json200()).GetProperty("reminders").EnumerateArray().ToList();
        var forEti = rows.Single(r => r.GetProperty("text").GetString() == "Subjek uji:eti");
        forEti.GetProperty("whatsApp").GetString()!.ShouldStartWith("https://wa.me/62");
        forEti.GetProperty("whatsApp").GetString()!.ShouldContain(Uri.EscapeDataString("Ibu Eti, izin PIRT akan habis."));
        var chair = await app.ApiAs(Demo.Chair);
        var own = (await (await chair.GetAsync("/api/v1/tasks")).Json200()).GetProperty("reminders")[0];
        own.GetProperty("whatsApp").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        // The top bar counts the open ones.
        var pages = await app.PagesAs(Demo.Facilitator);
        (await pages.GetAsync("/")).Document.QuerySelector("#tasks-link")!.TextContent.Trim().ShouldBe("Tugas (2)");

        // Out of the user's sight is not found; the chair marks her own done, and it is done for the facilitator too.
        var iisId = rows.Single(r => r.GetProperty("text").GetString() == "Subjek uji:iis").GetProperty("id").GetString();
        (await chair.PostAsync($"/api/v1/tasks/{iisId}/done", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await chair.PostAsync($"/api/v1/tasks/{own.GetProperty("id").GetString()}/done", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await KeysAsync(Demo.Facilitator)).ShouldBe(["Subjek uji:iis"]);
        (await KeysAsync(Demo.Officer)).ShouldBe(["Subjek uji:iis", "Subjek uji:jauh"]);
        (await pages.GetAsync("/tasks")).Document.QuerySelector("#tasks-link")!.TextContent.Trim().ShouldBe("Tugas (1)");
        await using var check = app.Scope(out var after);
        var done = await after.Reminders.SingleAsync(r => r.Key == "uji:eti");
        done.DoneAt.ShouldNotBeNull();
        done.DoneBy.ShouldNotBeNull();
    }

    [Theory]
    [AllDatabases]
    public async Task The_runner_records_each_run_and_raises_reminders_once_a_day(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var runner = app.Services.GetRequiredService<JobRunner>();
        var first = await runner.RunIfDueAsync(RaiseReminders.JobName, CancellationToken.None);
        first.ShouldNotBeNull();
        first.Outcome.ShouldBe(JobOutcome.Done);
        first.FinishedAt.ShouldNotBeNull();
        first.Total.ShouldBe(first.Done);
        first.Summary!.ShouldContain("raised");
        (await runner.RunIfDueAsync(RaiseReminders.JobName, CancellationToken.None)).ShouldBeNull();

        var admin = await app.ApiAs(Demo.Admin);
        await (await admin.PostAsync($"/api/v1/jobs/{RaiseReminders.JobName}/run", null)).Problem(HttpStatusCode.Conflict);
        var runs = await (await admin.GetAsync("/api/v1/jobs/runs?job=reminders")).Json200();
        runs.GetArrayLength().ShouldBe(1);
        (await (await app.PagesAs(Demo.Admin)).GetAsync("/admin/jobs")).Html.ShouldContain("Pengingat");
        var officer = await app.ApiAs(Demo.Officer);
        (await officer.GetAsync("/api/v1/jobs/runs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
