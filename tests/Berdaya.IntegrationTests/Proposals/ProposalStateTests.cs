using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Proposals;

/// <summary>The proposal page says what is true while it is decided, a draft flags amounts above the program's cap, and a decision's preview opens filled in.</summary>
public sealed class ProposalStateTests
{
    private static decimal Money(string text) => decimal.Parse(text.Replace("Rp", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim(),
        CultureInfo.InvariantCulture);

    [Theory]
    [AllDatabases]
    public async Task While_members_are_decided_the_header_shows_the_running_total_and_says_why_disbursement_waits(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, proposalId, partners) = await GroupScenario.SubmittedAsync(app, 5, 8_000_000m);
        var api = await app.ApiAs(Demo.Officer);
        var officer = await app.PagesAs(Demo.Officer);

        await (await api.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/surveys", GroupScenario.Survey(partners[0].Id, 7_500_000m))).Json200(HttpStatusCode.Created);
        var page = await officer.GetAsync($"/proposals/{proposalId}");
        page.Document.QuerySelector("#progress")!.TextContent.ShouldBe("1 dari 5 anggota disurvei · 0 dari 5 diputuskan");
        page.Document.QuerySelector("#disburse-why")!.TextContent.ShouldBe("Belum bisa dicairkan: 4 anggota belum disurvei dan 5 anggota belum diputuskan.");
        page.Document.QuerySelector("#approved-total").ShouldBeNull();

        await GroupScenario.SurveyAllAsync(app, proposalId, partners.Skip(1), 7_500_000m);
        await (await api.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = partners[0].Id, approve = true, amount = 7_500_000m })).Json200();
        await (await api.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = partners[1].Id, approve = true, amount = 5_000_000m })).Json200();
        await (await api.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = partners[2].Id, approve = false, reason = "Usaha belum berjalan" })).Json200();

        page = await officer.GetAsync($"/proposals/{proposalId}");
        var rows = page.Document.QuerySelectorAll("#items .approved-amount").Select(e => Money(e.TextContent)).ToList();
        rows.ShouldBe([7_500_000m, 5_000_000m], ignoreOrder: true);
        Money(page.Document.QuerySelector("#approved-total")!.TextContent).ShouldBe(rows.Sum());
        page.Document.QuerySelector("#approved-so-far")!.TextContent.ShouldContain("3 dari 5 anggota diputuskan");
        page.Document.QuerySelector("#status")!.TextContent.ShouldBe("Sedang disurvei");
        page.Document.QuerySelector("#progress")!.TextContent.ShouldBe("5 dari 5 anggota disurvei · 3 dari 5 diputuskan");
        page.Document.QuerySelector("#disburse-why")!.TextContent.ShouldBe("Belum bisa dicairkan: 2 anggota belum diputuskan.");
        page.Document.QuerySelectorAll("#approved a.disburse").Length.ShouldBe(0);

        // The API's total agrees with the page.
        var json = await (await api.GetAsync($"/api/v1/proposals/{proposalId}")).Json200();
        json.GetProperty("approvedTotal").GetDecimal().ShouldBe(12_500_000m);

        foreach (var p in partners.Skip(3))
        {
            await (await api.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = p.Id, approve = true, amount = 1_000_000m })).Json200();
        }

        page = await officer.GetAsync($"/proposals/{proposalId}");
        page.Document.QuerySelector("#disburse-why").ShouldBeNull();
        page.Document.QuerySelector("#approved-so-far").ShouldBeNull();
        Money(page.Document.QuerySelector("#approved-total")!.TextContent).ShouldBe(14_500_000m);
        page.Document.QuerySelector("#progress")!.TextContent.ShouldBe("4 dari 5 anggota disetujui");
        page.Document.QuerySelectorAll("#approved a.disburse").Length.ShouldBe(4);
    }

    [Theory]
    [AllDatabases]
    public async Task A_draft_flags_an_amount_above_the_programs_cap_beside_its_row_and_keeps_a_running_total(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app, 5);
        decimal cap;
        await using (var scope = app.Scope(out var db))
        {
            cap = await db.Programs.Where(p => p.Code == GroupScenario.Program).Select(p => p.MaxLoanPerPartner).FirstAsync();
        }

        var facilitator = await app.PagesAs(Demo.Facilitator);
        var form = await facilitator.GetAsync($"/groups/{groupId}/proposals/new");
        form.Document.QuerySelector("#draft-cap")!.TextContent.ShouldContain(Berdaya.Web.Show.Rupiah(cap));
        form.Document.QuerySelector("#draft-total")!.TextContent.ShouldBe("Rp 0");
        form.Document.QuerySelectorAll("[data-cap-warning]").ShouldAllBe(w => w.HasAttribute("hidden"));

        var values = new Dictionary<string, string>();
        var amounts = new[] { cap + 1_000_000m, 2_000_000m };
        for (var i = 0; i < amounts.Length; i++)
        {
            var prefix = RowPrefix(form.Document, partners[i].Id);
            values[prefix + ".Amount"] = amounts[i].ToString("0", CultureInfo.InvariantCulture);
            values[prefix + ".Purpose"] = "Bahan baku";
        }

        // A refused save (a row with an amount and no purpose) shows the warning and the total from what was typed.
        var third = RowPrefix(form.Document, partners[2].Id);
        var refused = await facilitator.SubmitAsync(form, "#draft-form", new Dictionary<string, string>(values) { [third + ".Amount"] = "500000" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Warning(refused.Document, partners[0].Id).ShouldNotBeNull().TextContent.ShouldContain(Berdaya.Web.Show.Rupiah(cap));
        Warning(refused.Document, partners[1].Id).ShouldBeNull();
        refused.Document.QuerySelector("#draft-total")!.TextContent.ShouldBe(Berdaya.Web.Show.Rupiah(amounts.Sum() + 500_000m));

        // The draft is kept (the cap binds the decision), and the save says so.
        var saved = await facilitator.SubmitAsync(form, "#draft-form", values);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", saved.Errors));
        var detail = await facilitator.GetAsync(saved.Location!);
        detail.Document.QuerySelector(".flash")!.TextContent.ShouldContain("1 anggota mengajukan di atas batas program");
        var flagged = detail.Document.QuerySelectorAll("#items tr").Where(r => r.QuerySelector(".above-cap") is not null).ToList();
        flagged.Count.ShouldBe(1);
        flagged[0].TextContent.ShouldContain(partners[0].Name);

        var edit = await facilitator.GetAsync(saved.Location! + "/edit");
        Warning(edit.Document, partners[0].Id).ShouldNotBeNull();
        Warning(edit.Document, partners[1].Id).ShouldBeNull();
        edit.Document.QuerySelector("#draft-total")!.TextContent.ShouldBe(Berdaya.Web.Show.Rupiah(amounts.Sum()));
        edit.Document.QuerySelector("#draft-count")!.TextContent.ShouldBe("2 anggota");
    }

    [Theory]
    [AllDatabases]
    public async Task A_decisions_schedule_preview_opens_with_the_programs_product_the_amount_and_the_tenor(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, proposalId, partners) = await GroupScenario.SubmittedAsync(app, 5, 6_000_000m);
        await GroupScenario.SurveyAllAsync(app, proposalId, partners, 5_000_000m);
        var api = await app.ApiAs(Demo.Officer);
        await (await api.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = partners[0].Id, approve = true, amount = 4_800_000m })).Json200();
        Guid product;
        await using (var scope = app.Scope(out var db))
        {
            var programId = await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.ProgramId).SingleAsync();
            product = await db.LoanProducts.Where(p => p.ProgramId == programId && p.IsCurrent && p.IsActive).OrderBy(p => p.Name).Select(p => p.Id).FirstAsync();
        }

        var officer = await app.PagesAs(Demo.Officer);
        var page = await officer.GetAsync($"/proposals/{proposalId}");
        var decided = page.Document.QuerySelectorAll("#items tr").Single(r => r.TextContent.Contains(partners[0].Name, StringComparison.Ordinal));
        var href = decided.QuerySelector("a.simulate-link")!.GetAttribute("href")!;
        href.ShouldBe($"/loans/simulate?Input.ProductId={product}&Input.Amount=4800000&Input.TenorMonths=12");
        var open = page.Document.QuerySelector($".decide-form[data-partner='{partners[1].Id}'] a.simulate-link")!.GetAttribute("href");
        open.ShouldBe($"/loans/simulate?Input.ProductId={product}&Input.Amount=5000000&Input.TenorMonths=12");

        var preview = await officer.GetAsync(href);
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((IHtmlSelectElement)preview.Document.QuerySelector("#Input_ProductId")!).Value.ShouldBe(product.ToString());
        ((IHtmlInputElement)preview.Document.QuerySelector("#Input_Amount")!).Value.ShouldBe("4800000");
        preview.Document.QuerySelectorAll("#preview-schedule tbody tr").Length.ShouldBe(12);

    }

    private static string RowPrefix(IDocument page, Guid partnerId) =>
        page.QuerySelector($"input[name$='.PartnerId'][value='{partnerId}']")!.GetAttribute("name")![..^".PartnerId".Length];

    private static IElement? Warning(IDocument page, Guid partnerId) =>
        page.QuerySelector($"input[name$='.PartnerId'][value='{partnerId}']")!.Closest("tr")!.QuerySelector("[data-cap-warning]:not([hidden])");
}
