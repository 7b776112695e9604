using System.Globalization;
using System.Net.Http.Json;
using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// Trainings on a phone (docs/domain.md, Coaching: trainings): the facilitator ticks who came on the sign-in sheet and
/// enters a participant's answers; the officer finds the flagged session with its answers and the adoption reasons.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class TrainingTests(BrowserApp app)
{
    [Fact]
    public async Task The_facilitator_takes_attendance_and_records_feedback_on_a_phone()
    {
        Guid program, topic, provider;
        List<(Guid Id, string Name)> members;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
            topic = await db.TrainingTopics.Where(t => t.ProgramId == program && t.Code == "marketing").Select(t => t.Id).SingleAsync();
            provider = await db.TrainingProviders.Where(p => p.ProgramId == program && p.Kind == ProviderKind.GovernmentOffice).Select(p => p.Id).FirstAsync();
            members = (await db.GroupMemberships.Where(m => m.ActivePartnerId != null && db.Groups.Any(g => g.Id == m.GroupId && g.Name == "Sinar Tani"))
                    .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName }).OrderBy(p => p.OwnerName).Take(3).ToListAsync())
                .Select(p => (p.Id, p.OwnerName)).ToList();
        }

        var officer = await app.ApiAsync(Demo.Officer);
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var session = await (await officer.PostAsJsonAsync("/api/v1/trainings/sessions", new
        {
            programId = program,
            topicId = topic,
            providerId = provider,
            heldOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            place = TestData.Unique("Balai Desa Sinar Tani"),
            villageCode = "32.11.07.2003",
            cost = 250_000m,
            capacity = 10,
        })).Json200(System.Net.HttpStatusCode.Created);
        var id = session.GetProperty("id").GetGuid();
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/invitations", new { partnerIds = members.Select(m => m.Id) })).Json200();

        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.OpenMenuAsync("/trainings");
        await page.VisitAsync($"/trainings/{id}");
        await page.ShouldShowAsync("#session-state", "Direncanakan");
        await page.ClickAndLoadAsync("#take-attendance");
        await Assertions.Expect(page.Locator("#attendance-form input[name='Input.Present']")).ToHaveCountAsync(3);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("training-01-sign-in");

        // Two came; the third is recorded absent.
        await page.CheckAsync($"input[data-partner='{members[0].Id}']");
        await page.CheckAsync($"input[data-partner='{members[1].Id}']");
        await page.ClickAndLoadAsync("#attendance-form button[type='submit']");
        await page.ShouldShowAsync(".flash", "terlaksana");
        await page.ShouldShowAsync("#session-state", "Terlaksana");
        await page.ShouldShowAsync($"#participants tr[data-partner='{members[2].Id}']", "Tidak hadir");

        // The answers: first sent without scores (refused beside the fields), then complete.
        await page.ClickAndLoadAsync("#give-feedback");
        await page.SelectOptionAsync("select[name='Input.PartnerId']", members[0].Id.ToString());
        await page.ClickAndLoadAsync("#feedback-form button[type='submit']");
        (await page.FieldErrorsAsync()).Select(e => e.Field).ShouldBe(["Input.Understood", "Input.CanApply"]);
        await page.SelectOptionAsync("select[name='Input.Understood']", "2");
        await page.SelectOptionAsync("select[name='Input.CanApply']", "3");
        await page.FillAsync("textarea[name='Input.Hard']", "Istilah pemasaran sulit");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("training-02-feedback");
        await page.ClickAndLoadAsync("#feedback-form button[type='submit']");
        await page.ShouldShowAsync(".flash", "Umpan balik tersimpan");
        await page.ShouldShowAsync($"#answers li[data-partner='{members[0].Id}']", "Istilah pemasaran sulit");

        await page.VisitAsync($"/trainings/{id}");
        await page.ShouldShowAsync("#session-average", "2,0");
        await page.ShouldShowAsync("#session-average", "Kurang dipahami");
        await page.ShouldFitThePhoneAsync();

        // The paper sheet fits the phone too.
        await page.VisitAsync($"/trainings/{id}/sheet");
        await Assertions.Expect(page.Locator("#sheet-table tbody tr")).ToHaveCountAsync(3);
        await page.ShouldFitThePhoneAsync();
    }

    [Fact]
    public async Task The_officer_sees_the_flagged_session_with_its_answers_and_the_adoption_reasons_on_a_phone()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);
        await page.VisitAsync("/");
        await page.ClickAndLoadAsync("#trainings-flagged a");
        await page.ShouldShowAsync("h1", "Pelatihan yang perlu perhatian");

        var admin = page.Locator("#flagged-sessions article", new PageLocatorOptions { HasText = "Administrasi usaha" });
        await Assertions.Expect(admin).ToContainTextAsync("20 Maret 2007");
        await Assertions.Expect(admin).ToContainTextAsync("Pusat Inkubasi Bisnis");
        await Assertions.Expect(admin).ToContainTextAsync("2,2");
        await Assertions.Expect(admin.Locator("table.answers tbody tr")).ToHaveCountAsync(10);
        await Assertions.Expect(admin).ToContainTextAsync("Istilah administrasi sulit dipahami");

        var online = page.Locator("#low-adoption article[data-topic='online-selling']");
        await Assertions.Expect(online).ToContainTextAsync("0 dari 10");
        await Assertions.Expect(online.Locator("ul.reasons li").First).ToHaveTextAsync("10 dari 10: tidak punya perangkat");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("training-03-flags");

        // The provider's page shows the same session flagged among its sessions over time.
        await admin.Locator("h3 a").ClickAndLoadAsync();
        await page.ClickAndLoadAsync("#session-facts a[href^='/trainings/providers/']");
        await Assertions.Expect(page.Locator("#provider-sessions tr[data-session] .badge.bad")).ToHaveCountAsync(1);
        await page.ShouldFitThePhoneAsync();
    }
}
