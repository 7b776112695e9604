using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Berdaya.Data.Identity;
using Berdaya.IntegrationTests.Admin;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Security;

/// <summary>docs/domain.md, Roles and scope: every endpoint called as every role proves no role reaches what it must not.</summary>
public sealed class ApiAccessTests
{
    [Theory]
    [AllDatabases]
    public async Task The_matrix_lists_every_api_endpoint_and_no_other(string provider)
    {
        var app = await TestApp.For(provider);
        MatrixCalls.ShouldMatch(AccessMatrix.Api, MatrixCalls.ApiEndpoints(app));
    }

    [Theory]
    [AllDatabases]
    public async Task Every_role_reaches_only_the_endpoints_the_matrix_allows(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var failures = new List<string>();
        foreach (var (role, email) in AccessMatrix.Roles)
        {
            var client = await MatrixCalls.ApiClientAsync(app, email);
            foreach (var rule in AccessMatrix.Api)
            {
                using var response = await client.SendAsync(MatrixCalls.Request(rule, d));
                if (MatrixCalls.Judge(rule, role, response.StatusCode) is { } why)
                {
                    failures.Add($"{role,-11} {rule.Key} -> {(int)response.StatusCode}: {why} {Short(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        await NothingChangedAsync(app, d);
    }

    [Theory]
    [AllDatabases]
    public async Task A_role_that_may_never_write_is_refused_before_its_body_is_read(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var failures = new List<string>();
        var writes = AccessMatrix.Api.Where(r => r.Method != "GET" && r.Pattern != "/api/v1/auth/login").ToList();
        foreach (var (role, email) in AccessMatrix.Roles)
        {
            var client = await MatrixCalls.ApiClientAsync(app, email);
            foreach (var rule in writes.Where(r => NeverByRole(r, role)))
            {
                // Not even JSON: had the body been read before the role was checked, this would be a 400.
                var content = new StringContent("""{"broken": """, Encoding.UTF8);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(rule.Body == "file" ? "multipart/form-data; boundary=x" : "application/json");
                using var request = new HttpRequestMessage(new HttpMethod(rule.Method), d.Fill(rule.Url)) { Content = content };
                using var response = await client.SendAsync(request);
                var expected = role == Who.Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                if (response.StatusCode != expected)
                {
                    failures.Add($"{role,-13} {rule.Key} -> {(int)response.StatusCode} {Short(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// The role may never use the endpoint, whatever the record: the chair and the treasurer share the
    /// Partner role, so an endpoint open to one of them is decided per group by its handler.
    /// </summary>
    private static bool NeverByRole(Rule rule, Who role) => role switch
    {
        Who.Chair or Who.Treasurer => !rule.Allowed.HasFlag(Who.Chair) && !rule.Allowed.HasFlag(Who.Treasurer),
        _ => !rule.Allowed.HasFlag(role),
    };

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_of_another_district_gets_404_for_every_Citra_Sari_record(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "jatinangor");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { programIds = new[] { d.Program }, villageCodes = new[] { TestData.OutsideFacilitator } })).Json200();
        var facilitator = await app.ApiAs(email);

        var failures = new List<string>();
        // What a facilitator may never do answers 403 whatever the record (the matrix test); the rest is scoped.
        foreach (var rule in AccessMatrix.Api.Where(r => r.ReachesCitraSari && r.Allowed.HasFlag(Who.Facilitator)))
        {
            using var response = await facilitator.SendAsync(MatrixCalls.Request(rule, d));
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{rule.Key} -> {(int)response.StatusCode} {Short(await response.Content.ReadAsStringAsync())}");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        foreach (var list in new[] { "/api/v1/groups", "/api/v1/partners", "/api/v1/proposals", "/api/v1/socializations" })
        {
            var body = await (await facilitator.GetAsync(list)).Content.ReadAsStringAsync();
            foreach (var record in new[] { d.CitraSari, d.Member, d.Proposal, d.Socialization, d.Opak, d.OpakMember })
            {
                body.ShouldNotContain(record.ToString(), Case.Insensitive, $"{list} shows a Conggeang record to a Jatinangor facilitator");
            }
        }

        await NothingChangedAsync(app, d);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_user_sees_only_their_own_group(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        foreach (var email in new[] { Demo.Chair, Demo.Treasurer })
        {
            var api = await app.ApiAs(email);
            var groups = await (await api.GetAsync("/api/v1/groups")).Json200();
            groups.EnumerateArray().Select(g => g.GetProperty("id").GetGuid()).ShouldBe([d.CitraSari]);
            var partners = await (await api.GetAsync("/api/v1/partners?pageSize=100")).Json200();
            var groupOfEach = partners.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("groupId").GetGuid()).Distinct().ToList();
            groupOfEach.ShouldBe([d.CitraSari]);
            var proposals = await (await api.GetAsync("/api/v1/proposals")).Json200();
            proposals.EnumerateArray().Select(p => p.GetProperty("groupId").GetGuid()).Distinct().ShouldBe([d.CitraSari]);

            await (await api.GetAsync($"/api/v1/groups/{d.Opak}")).Problem(HttpStatusCode.NotFound);
            await (await api.GetAsync($"/api/v1/groups/{d.Opak}/timeline")).Problem(HttpStatusCode.NotFound);
            await (await api.GetAsync($"/api/v1/partners/{d.OpakMember}")).Problem(HttpStatusCode.NotFound);
            await (await api.GetAsync($"/api/v1/partners/{d.OpakMember}/eligibility")).Problem(HttpStatusCode.NotFound);
            await (await api.GetAsync($"/api/v1/socializations/{d.Socialization}")).Problem(HttpStatusCode.NotFound);
            (await (await api.GetAsync("/api/v1/programs")).Json200()).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([d.Program]);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Evaluator_answers_never_hold_a_NIK_or_a_full_phone_number(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        var reads = AccessMatrix.Api.Where(r => r.Method == "GET" && r.Allowed.HasFlag(Who.Evaluator)).ToList();
        reads.Count.ShouldBeGreaterThan(10);
        var scanned = 0;
        foreach (var rule in reads)
        {
            using var response = await evaluator.SendAsync(MatrixCalls.Request(rule, d));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, rule.Key);
            var body = await response.Content.ReadAsStringAsync();
            if (response.Content.Headers.ContentType?.MediaType == Features.Loans.LoanExport.ContentType)
            {
                // A workbook is scanned cell by cell, every sheet.
                body = MatrixCalls.WorkbookText(await response.Content.ReadAsByteArrayAsync());
            }
            else if (response.Content.Headers.ContentType?.MediaType != "application/json")
            {
                continue;
            }

            MatrixCalls.FullNik().IsMatch(body).ShouldBeFalse($"{rule.Key} shows a NIK to the evaluator: {body}");
            MatrixCalls.FullPhone().IsMatch(body).ShouldBeFalse($"{rule.Key} shows a phone number to the evaluator: {body}");
            foreach (var secret in d.CitraNiks.Concat(d.CitraPhones))
            {
                body.ShouldNotContain(secret);
            }

            scanned++;
        }

        scanned.ShouldBe(reads.Count, "every read the evaluator may make answers JSON or a workbook (files are not theirs to open)");

        // The partner list's NIK search is for roles that may read NIKs.
        await (await evaluator.GetAsync("/api/v1/partners?nik=3211")).Problem(HttpStatusCode.Forbidden);
        var digits = await (await evaluator.GetAsync("/api/v1/partners?q=3211")).Json200();
        MatrixCalls.FullNik().IsMatch(digits.GetRawText()).ShouldBeFalse();
    }

    /// <summary>The calls above must not have changed the demo: Citra Sari keeps one proposal and its members, the program its code.</summary>
    internal static async Task NothingChangedAsync(TestApp app, DemoRecords d)
    {
        await using var scope = app.Scope(out var db);
        db.Proposals.Count(p => p.GroupId == d.CitraSari).ShouldBe(1);
        db.GroupMemberships.Count(m => m.GroupId == d.CitraSari && m.ActivePartnerId != null).ShouldBe(10);
        db.Programs.Where(p => p.Id == d.Program).Select(p => p.Code).Single().ShouldBe("TELKOM-CDC");
        db.SocializationAttendees.Where(a => a.Id == d.Attendee).Select(a => a.PartnerId).Single().ShouldBeNull();
        db.Partners.Where(p => p.Id == d.Member).Select(p => p.OwnerName).Single().ShouldBe("Euis Komariah");
    }

    private static string Short(string body)
    {
        var text = body.Length > 160 ? body[..160] + "…" : body;
        return new StringBuilder(text).Replace('\n', ' ').ToString();
    }
}
