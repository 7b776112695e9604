using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Data.Identity;
using Berdaya.Domain.Fund;
using Berdaya.IntegrationTests.Admin;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Repayments.CollectionData;

namespace Berdaya.IntegrationTests.Repayments;

/// <summary>docs/domain.md, Allocation: the group's monthly collection sheet, every payment or none, and who may post it.</summary>
public sealed class CollectionApiTests
{
    private const decimal Installment = 315_000m; // 3,000,000 over 10 months flat at 6%: 300,000 principal + 15,000 fee.

    [Theory]
    [AllDatabases]
    public async Task The_sheet_shows_each_member_s_installment_arrears_and_total_due(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        await PayUpToDateAsync(officer, g.Members[1].LoanId);

        var sheet = await (await officer.GetAsync($"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}")).Json200();

        sheet.GetProperty("lines").GetArrayLength().ShouldBe(g.Members.Count);
        sheet.GetProperty("posted").GetBoolean().ShouldBeFalse();
        var late = Line(sheet, g.Members[0].LoanId);
        late.GetProperty("partnerName").GetString().ShouldBe(g.Members[0].Name);
        late.GetProperty("installments").GetArrayLength().ShouldBe(1);
        late.GetProperty("installments")[0].GetProperty("number").GetInt32().ShouldBe(4);
        late.GetProperty("dueThisMonth").GetDecimal().ShouldBe(Installment);
        late.GetProperty("arrears").GetDecimal().ShouldBe(3 * Installment);
        late.GetProperty("totalDue").GetDecimal().ShouldBe(4 * Installment);
        late.GetProperty("daysPastDue").GetInt32().ShouldBeGreaterThan(0);
        var paid = Line(sheet, g.Members[1].LoanId);
        paid.GetProperty("arrears").GetDecimal().ShouldBe(0);
        paid.GetProperty("daysPastDue").GetInt32().ShouldBe(0);
        paid.GetProperty("totalDue").GetDecimal().ShouldBe(Today.Day >= 5 ? 0 : Installment);

        var previous = await (await officer.GetAsync($"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today.AddMonths(-1))}")).Json200();
        Line(previous, g.Members[0].LoanId).GetProperty("totalDue").GetDecimal().ShouldBe(3 * Installment);
        (await (await officer.GetAsync($"/api/v1/groups/{g.GroupId}/collection-sheets/2026-13")).Problem(HttpStatusCode.BadRequest, "month"))
            .GetProperty("code").GetString().ShouldBe("collection.month");
    }

    [Theory]
    [AllDatabases]
    public async Task A_full_sheet_posts_every_line_with_its_receipt_and_ledger_entry(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var sheet = await (await officer.GetAsync($"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}")).Json200();
        var lines = sheet.GetProperty("lines").EnumerateArray()
            .Select(l => new { loanId = l.GetProperty("loanId").GetGuid(), amount = l.GetProperty("totalDue").GetDecimal() }).ToList();
        var before = await CountsAsync(app.Services, g);

        var posted = await (await officer.PostAsJsonAsync($"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}",
            new { paidOn = Iso(Today), channel = "Cash", lines })).Json200(HttpStatusCode.Created);

        posted.GetProperty("payments").GetInt32().ShouldBe(5);
        posted.GetProperty("total").GetDecimal().ShouldBe(5 * 4 * Installment);
        var receipts = posted.GetProperty("receipts").EnumerateArray().ToList();
        receipts.Count.ShouldBe(5);
        receipts.ShouldAllBe(r => r.GetProperty("receiptNumber").GetString()!.StartsWith("KW-"));
        (await CountsAsync(app.Services, g)).ShouldBe((before.Repayments + 5, before.Entries + 5, before.Sheets + 1));

        await using (var scope = app.Scope(out var db))
        {
            var sheetId = posted.GetProperty("sheetId").GetGuid();
            var ids = g.Members.Select(m => m.LoanId).ToList();
            (await db.Repayments.CountAsync(r => r.CollectionSheetId == sheetId)).ShouldBe(5);
            var loans = await db.Loans.Where(l => ids.Contains(l.Id)).ToListAsync();
            loans.ShouldAllBe(l => l.PrincipalOutstanding == Principal - 4 * 300_000m && l.DaysPastDue == 0);
            var entries = await db.JournalEntries.Where(e => e.LoanId != null && ids.Contains(e.LoanId.Value) && e.Kind == EntryKind.Repayment).ToListAsync();
            entries.Count.ShouldBe(5);
        }

        var after = await (await officer.GetAsync($"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}")).Json200();
        after.GetProperty("posted").GetBoolean().ShouldBeTrue();
        after.GetProperty("sheets")[0].GetProperty("receipts").GetArrayLength().ShouldBe(5);
        Line(after, g.Members[0].LoanId).GetProperty("paidInMonth").GetDecimal().ShouldBe(4 * Installment);
        Line(after, g.Members[0].LoanId).GetProperty("totalDue").GetDecimal().ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_repeated_Idempotency_Key_answers_the_first_sheet_and_a_key_too_long_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var url = $"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}";
        var lines = g.Members.Select(m => new { loanId = m.LoanId, amount = Installment }).ToList();
        var before = await CountsAsync(app.Services, g);

        var tooLong = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { paidOn = Iso(Today), channel = "Cash", lines }) };
        tooLong.Headers.Add("Idempotency-Key", new string('k', 201));
        var problem = await (await officer.SendAsync(tooLong)).Problem(HttpStatusCode.BadRequest);
        var named = problem.GetProperty("errors").EnumerateObject().Single(e => e.Name.Equals("Idempotency-Key", StringComparison.OrdinalIgnoreCase));
        named.Value[0].GetString()!.ShouldContain("200");
        (await CountsAsync(app.Services, g)).ShouldBe(before);

        var key = "sheet-" + Guid.NewGuid();
        var answers = new List<JsonElement>();
        for (var i = 0; i < 2; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { paidOn = Iso(Today), channel = "Cash", lines }) };
            request.Headers.Add("Idempotency-Key", key);
            answers.Add(await (await officer.SendAsync(request)).Json200(HttpStatusCode.Created));
        }

        answers[1].GetProperty("sheetId").GetGuid().ShouldBe(answers[0].GetProperty("sheetId").GetGuid());
        answers[1].GetProperty("total").GetDecimal().ShouldBe(5 * Installment);
        answers[1].GetProperty("receipts").EnumerateArray().Select(r => r.GetProperty("receiptNumber").GetString()).Order()
            .ShouldBe(answers[0].GetProperty("receipts").EnumerateArray().Select(r => r.GetProperty("receiptNumber").GetString()).Order());
        (await CountsAsync(app.Services, g)).ShouldBe((before.Repayments + 5, before.Entries + 5, before.Sheets + 1));

        // The same key with another sheet (other amounts) is refused and posts nothing.
        var other = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new { paidOn = Iso(Today), channel = "Cash", lines = lines.Take(1).ToList() }),
        };
        other.Headers.Add("Idempotency-Key", key);
        await (await officer.SendAsync(other)).Problem(HttpStatusCode.Conflict);
        (await CountsAsync(app.Services, g)).ShouldBe((before.Repayments + 5, before.Entries + 5, before.Sheets + 1));
    }

    [Theory]
    [AllDatabases]
    public async Task A_sheet_with_one_bad_line_posts_nothing_and_names_the_line(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var url = $"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}";
        var before = await CountsAsync(app.Services, g);

        var aboveOwed = await (await officer.PostAsJsonAsync(url, new
        {
            paidOn = Iso(Today),
            channel = "Cash",
            lines = new object[]
            {
                new { loanId = g.Members[0].LoanId, amount = Installment },
                new { loanId = g.Members[1].LoanId, amount = Principal + 10 * 15_000m + 1 },
                new { loanId = g.Members[2].LoanId, amount = 0 },
                new { loanId = g.Members[3].LoanId, amount = 1000.5m },
            },
        })).Problem(HttpStatusCode.BadRequest, "lines[1].amount");
        aboveOwed.GetProperty("errors").TryGetProperty("lines[3].amount", out _).ShouldBeTrue(aboveOwed.ToString());
        aboveOwed.GetProperty("errors").TryGetProperty("lines[0].amount", out _).ShouldBeFalse();
        aboveOwed.GetProperty("errors").TryGetProperty("lines[2].amount", out _).ShouldBeFalse("a line of 0 is skipped");

        await (await officer.PostAsJsonAsync(url, new
        {
            paidOn = Iso(Today),
            channel = "Cash",
            lines = new object[] { new { loanId = g.Members[0].LoanId, amount = Installment }, new { loanId = g.Members[1].LoanId, amount = -5m } },
        })).Problem(HttpStatusCode.BadRequest, "lines[1].amount");

        var otherGroup = await GroupAsync(app);
        await (await officer.PostAsJsonAsync(url, new
        {
            paidOn = Iso(Today),
            channel = "Cash",
            lines = new object[] { new { loanId = g.Members[0].LoanId, amount = Installment }, new { loanId = otherGroup.Members[0].LoanId, amount = Installment } },
        })).Problem(HttpStatusCode.BadRequest, "lines[1].loanId");

        await (await officer.PostAsJsonAsync(url, new
        {
            paidOn = Iso(Today.AddDays(1)),
            channel = "Cash",
            lines = new object[] { new { loanId = g.Members[0].LoanId, amount = Installment } },
        })).Problem(HttpStatusCode.BadRequest, "paidOn");

        await (await officer.PostAsJsonAsync(url, new
        {
            paidOn = Iso(g.DisbursedOn.AddDays(-1)),
            channel = "Cash",
            lines = new object[] { new { loanId = g.Members[0].LoanId, amount = Installment } },
        })).Problem(HttpStatusCode.BadRequest, "lines[0].paidOn");

        await (await officer.PostAsJsonAsync(url, new
        {
            paidOn = Iso(Today),
            channel = "BankTransfer",
            lines = new object[] { new { loanId = g.Members[0].LoanId, amount = Installment } },
        })).Problem(HttpStatusCode.BadRequest, "reference");

        await (await officer.PostAsJsonAsync(url, new { paidOn = Iso(Today), channel = "Cash", lines = new object[] { new { loanId = g.Members[0].LoanId, amount = 0 } } }))
            .Problem(HttpStatusCode.BadRequest, "lines");

        (await CountsAsync(app.Services, g)).ShouldBe(before);
        await using var scope = app.Scope(out var db);
        var ids = g.Members.Select(m => m.LoanId).ToList();
        (await db.Loans.Where(l => ids.Contains(l.Id)).Select(l => l.PrincipalOutstanding).ToListAsync()).ShouldAllBe(p => p == Principal);
    }

    [Theory]
    [AllDatabases]
    public async Task The_group_s_treasurer_posts_for_their_own_group_only_and_the_chair_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var other = await GroupAsync(app);
        var treasurer = await app.ApiAs(await UserAsync(app.Services, g.Treasurer.PartnerId));
        var otherTreasurer = await app.ApiAs(await UserAsync(app.Services, other.Treasurer.PartnerId));
        var chair = await app.ApiAs(await UserAsync(app.Services, g.Chair.PartnerId));
        var url = $"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}";
        object Body() => new { paidOn = Iso(Today), channel = "Cash", lines = new[] { new { loanId = g.Chair.LoanId, amount = Installment } } };
        var before = await CountsAsync(app.Services, g);

        await (await otherTreasurer.GetAsync(url)).Problem(HttpStatusCode.NotFound);
        await (await otherTreasurer.PostAsJsonAsync(url, Body())).Problem(HttpStatusCode.NotFound);
        await (await otherTreasurer.GetAsync($"/api/v1/groups/{g.GroupId}/due")).Problem(HttpStatusCode.NotFound);
        var refused = await (await chair.PostAsJsonAsync(url, Body())).Problem(HttpStatusCode.Forbidden);
        refused.GetProperty("code").GetString().ShouldBe("collection.forbidden");
        refused.GetProperty("detail").GetString()!.ShouldContain("bendahara");
        await (await chair.GetAsync(url)).Problem(HttpStatusCode.Forbidden);
        await (await chair.GetAsync($"/api/v1/groups/{g.GroupId}/due")).Problem(HttpStatusCode.Forbidden);
        (await CountsAsync(app.Services, g)).ShouldBe(before);

        var sheet = await (await treasurer.GetAsync(url)).Json200();
        sheet.GetProperty("lines").GetArrayLength().ShouldBe(5);
        var posted = await (await treasurer.PostAsJsonAsync(url, Body())).Json200(HttpStatusCode.Created);
        posted.GetProperty("receipts")[0].GetProperty("loanId").GetGuid().ShouldBe(g.Chair.LoanId);
        (await CountsAsync(app.Services, g)).Repayments.ShouldBe(before.Repayments + 1);
        await (await treasurer.GetAsync($"/api/v1/groups/{g.GroupId}/due")).Json200();
    }

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_of_another_district_does_not_find_the_group(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "jatinangor");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { programIds = new[] { g.ProgramId }, villageCodes = new[] { TestData.OutsideFacilitator } }))
            .Json200();
        var outsider = await app.ApiAs(email);
        var url = $"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}";
        var before = await CountsAsync(app.Services, g);

        await (await outsider.GetAsync(url)).Problem(HttpStatusCode.NotFound);
        await (await outsider.GetAsync($"/api/v1/groups/{g.GroupId}/due")).Problem(HttpStatusCode.NotFound);
        await (await outsider.PostAsJsonAsync(url, new { paidOn = Iso(Today), channel = "Cash", lines = new[] { new { loanId = g.Chair.LoanId, amount = Installment } } }))
            .Problem(HttpStatusCode.NotFound);
        await (await outsider.GetAsync($"/api/v1/partners/{g.Chair.PartnerId}/on-time")).Problem(HttpStatusCode.NotFound);
        (await CountsAsync(app.Services, g)).ShouldBe(before);

        // The village's own facilitator collects.
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync(url, new { paidOn = Iso(Today), channel = "Cash", lines = new[] { new { loanId = g.Chair.LoanId, amount = Installment } } }))
            .Json200(HttpStatusCode.Created);
    }

    [Theory]
    [AllDatabases]
    public async Task The_due_list_puts_the_late_member_first(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        foreach (var m in g.Members.Where(m => m != g.Members[1]))
        {
            await PayUpToDateAsync(officer, m.LoanId);
        }

        var due = await (await officer.GetAsync($"/api/v1/groups/{g.GroupId}/due?month={Month(Today)}")).Json200();

        var rows = due.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(5);
        rows[0].GetProperty("loanId").GetGuid().ShouldBe(g.Members[1].LoanId);
        rows[0].GetProperty("late").GetBoolean().ShouldBeTrue();
        rows[0].GetProperty("overdue").GetDecimal().ShouldBeGreaterThanOrEqualTo(3 * Installment);
        rows[0].GetProperty("paid").GetBoolean().ShouldBeFalse();
        rows.Skip(1).ShouldAllBe(r => !r.GetProperty("late").GetBoolean() && r.GetProperty("overdue").GetDecimal() == 0);
        due.GetProperty("lateCount").GetInt32().ShouldBe(1);
        rows.ShouldAllBe(r => r.GetProperty("installment").GetDecimal() == Installment);

        await (await officer.GetAsync($"/api/v1/groups/{g.GroupId}/due?month=11-2026")).Problem(HttpStatusCode.BadRequest, "month");
        await (await officer.GetAsync($"/api/v1/groups/{Guid.NewGuid()}/due")).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task A_payment_after_the_due_date_breaks_the_on_time_streak(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var loan = g.Members[1].LoanId;
        var schedule = await ScheduleAsync(officer, loan);
        await PayAsync(officer, loan, schedule[0].Total, schedule[0].DueDate);
        await PayAsync(officer, loan, schedule[1].Total, schedule[1].DueDate.AddDays(3));
        await PayAsync(officer, loan, schedule[2].Total, schedule[2].DueDate);
        await PayAsync(officer, loan, schedule[3].Total, schedule[3].DueDate < Today ? schedule[3].DueDate : Today);

        var record = await (await officer.GetAsync($"/api/v1/partners/{g.Members[1].PartnerId}/on-time")).Json200();

        var months = record.GetProperty("months").EnumerateArray().ToList();
        months.Count.ShouldBe(Tenor);
        months.Take(5).Select(m => m.GetProperty("status").GetString()).ShouldBe(["OnTime", "Late", "OnTime", "OnTime", "Pending"]);
        months[1].GetProperty("month").GetString().ShouldBe(Month(schedule[1].DueDate));
        record.GetProperty("streak").GetInt32().ShouldBe(2);
        record.GetProperty("lateMonths").GetInt32().ShouldBe(1);

        // The member who never paid: every month due so far is late, no streak.
        var unpaid = await (await officer.GetAsync($"/api/v1/partners/{g.Members[0].PartnerId}/on-time")).Json200();
        unpaid.GetProperty("streak").GetInt32().ShouldBe(0);
        unpaid.GetProperty("months")[0].GetProperty("status").GetString().ShouldBe("Late");
        await (await officer.GetAsync($"/api/v1/partners/{Guid.NewGuid()}/on-time")).Problem(HttpStatusCode.NotFound);
    }
}
