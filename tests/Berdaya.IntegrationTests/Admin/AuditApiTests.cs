using System.Net;
using System.Net.Http.Json;
using Berdaya.Data.Identity;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Admin;

public sealed class AuditApiTests
{
    [Theory]
    [AllDatabases]
    public async Task The_audit_trail_shows_who_changed_what_on_a_record(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var code = AdminData.Code();
        var id = await AdminData.CreateProgramAsync(admin, code);
        await (await admin.PutAsJsonAsync($"/api/v1/programs/{id}", AdminData.Program(code, b => b["name"] = "Nama Diubah"))).Json200();

        var all = await (await admin.GetAsync($"/api/v1/audit?entityType=PartnershipProgram&entityId={id}")).Json200();
        all.GetProperty("total").GetInt32().ShouldBe(2);
        var items = all.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("action").GetString()).ShouldBe(["Modified", "Added"], "newest first");
        items.ShouldAllBe(i => i.GetProperty("userName").GetString() == Demo.Admin);
        var rename = items[0].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("property").GetString() == "Name");
        rename.GetProperty("old").GetString().ShouldBe("Program Kemitraan " + code);
        rename.GetProperty("new").GetString().ShouldBe("Nama Diubah");
        items[1].GetProperty("changes").EnumerateArray().ShouldContain(c => c.GetProperty("property").GetString() == "Code" && c.GetProperty("new").GetString() == code);

        var modified = await (await admin.GetAsync($"/api/v1/audit?entityId={id}&action=Modified&user=ADMIN@demo")).Json200();
        modified.GetProperty("total").GetInt32().ShouldBe(1);
        var byOther = await (await admin.GetAsync($"/api/v1/audit?entityId={id}&user=officer@demo.berdaya.id")).Json200();
        byOther.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task The_audit_trail_filters_by_date_and_pages_newest_first(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var id = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        (await (await admin.GetAsync($"/api/v1/audit?entityId={id}&from={Day(today)}&to={Day(today)}")).Json200()).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await admin.GetAsync($"/api/v1/audit?entityId={id}&from={Day(today.AddDays(1))}")).Json200()).GetProperty("total").GetInt32().ShouldBe(0);
        (await (await admin.GetAsync($"/api/v1/audit?entityId={id}&to={Day(today.AddDays(-1))}")).Json200()).GetProperty("total").GetInt32().ShouldBe(0);

        for (var i = 0; i < 3; i++)
        {
            await AdminData.CreateProgramAsync(admin, AdminData.Code());
        }

        var page1 = await (await admin.GetAsync("/api/v1/audit")).Json200();
        page1.GetProperty("pageSize").GetInt32().ShouldBe(50);
        var at = page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("at").GetDateTimeOffset()).ToList();
        at.Count.ShouldBe(Math.Min(50, page1.GetProperty("total").GetInt32()));
        at.ShouldBe(at.OrderByDescending(x => x).ToList());

        var small = await (await admin.GetAsync("/api/v1/audit?entityType=PartnershipProgram&action=Added&pageSize=2&page=2")).Json200();
        small.GetProperty("page").GetInt32().ShouldBe(2);
        small.GetProperty("items").GetArrayLength().ShouldBe(2);
        var first = await (await admin.GetAsync("/api/v1/audit?entityType=PartnershipProgram&action=Added&pageSize=2&page=1")).Json200();
        first.GetProperty("items")[1].GetProperty("at").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(small.GetProperty("items")[0].GetProperty("at").GetDateTimeOffset());
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_audit_filters_are_refused_naming_the_field(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        await (await admin.GetAsync("/api/v1/audit?action=Exploded")).Problem(HttpStatusCode.BadRequest, "action");
        await (await admin.GetAsync("/api/v1/audit?from=2026-02-10&to=2026-02-01")).Problem(HttpStatusCode.BadRequest, "to");
        await (await admin.GetAsync("/api/v1/audit?pageSize=500")).Problem(HttpStatusCode.BadRequest, "pageSize");
        await (await admin.GetAsync("/api/v1/audit?page=0")).Problem(HttpStatusCode.BadRequest, "page");
    }

    [Theory]
    [AllDatabases]
    public async Task Scope_changes_are_audited_with_the_admins_name(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, _) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "auditscope");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { villageCodes = new[] { TestData.Narimbang } })).Json200();
        var json = await (await admin.GetAsync($"/api/v1/audit?entityType=UserVillage&entityId={id}/{TestData.Narimbang}")).Json200();
        var item = json.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("action").GetString().ShouldBe("Added");
        item.GetProperty("userName").GetString().ShouldBe(Demo.Admin);
    }
}
