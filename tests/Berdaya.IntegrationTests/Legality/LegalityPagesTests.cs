using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Proposals;
using Berdaya.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Legality;

/// <summary>The legality pages: messages beside the field, nothing half-written, and who sees which form.</summary>
public sealed class LegalityPagesTests
{
    private static readonly string Today = Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_updates_a_licence_on_the_page_and_refusals_show_beside_the_field(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = (await GroupScenario.PartnersAsync(app, 1))[0].Id;
        var pages = await app.PagesAs(Demo.Facilitator, "en");

        var details = await pages.GetAsync($"/partners/{partner}");
        details.Document.QuerySelector($"#legality-link[href='/partners/{partner}/legality']").ShouldNotBeNull();
        var list = await pages.GetAsync($"/partners/{partner}/legality");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Document.QuerySelectorAll("#legality tbody tr").Length.ShouldBe(6);
        list.Document.QuerySelector("#food-safety")!.TextContent.ShouldContain("No food-safety certificate");

        var nib = await pages.GetAsync($"/partners/{partner}/legality/nib");
        var bad = await pages.SubmitAsync(nib, "#record-form", new Dictionary<string, string>
        {
            ["Record.State"] = "Granted",
            ["Record.Number"] = "12345",
            ["Record.GrantedOn"] = Today,
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Document.QuerySelector("#Record_Number-error")!.TextContent.ShouldContain("exactly 13 digits");
        bad.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Record_Number")!.Value.ShouldBe("12345");

        var pirt = await pages.GetAsync($"/partners/{partner}/legality/pirt");
        var refused = await pages.SubmitAsync(pirt, "#record-form", new Dictionary<string, string>
        {
            ["Record.State"] = "Granted",
            ["Record.Number"] = "206321101234526",
            ["Record.GrantedOn"] = Today,
            ["Record.ExpiresOn"] = "2001-01-01",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("#Record_State-error")!.TextContent.ShouldContain("food-safety certificate");
        refused.Document.QuerySelector("#Record_ExpiresOn-error")!.TextContent.ShouldContain("after the grant");

        var upload = await pages.UploadAsync(nib, "#upload-form", new Dictionary<string, string>(), "file", "nib.pdf", "bukan berkas"u8.ToArray());
        upload.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        upload.Errors.ShouldNotBeEmpty();
        await using (var scope = app.Scope(out var db))
        {
            (await db.LegalityItems.CountAsync(i => i.PartnerId == partner)).ShouldBe(0);
        }

        var good = await pages.SubmitAsync(nib, "#record-form", new Dictionary<string, string>
        {
            ["Record.State"] = "Granted",
            ["Record.Number"] = "9120000112345",
            ["Record.GrantedOn"] = Today,
            ["Record.IssuingOffice"] = "OSS",
        });
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", good.Errors));
        (await pages.UploadAsync(nib, "#upload-form", new Dictionary<string, string>(), "file", "nib.png", Files.Png)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = await pages.GetAsync($"/partners/{partner}/legality");
        var row = shown.Document.QuerySelector("#legality tr[data-kind='nib']")!;
        row.GetAttribute("data-state").ShouldBe("Granted");
        row.QuerySelector($"a[href='/partners/{partner}/legality/nib/document']").ShouldNotBeNull();
        (await pages.GetAsync($"/partners/{partner}/legality/nib")).Document.QuerySelectorAll("#history li").Length.ShouldBe(2);
    }

    [Theory]
    [AllDatabases]
    public async Task The_chair_sees_her_own_licences_with_the_upload_but_no_state_form(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var chair = await app.PagesAs(Demo.Chair);
        var pirt = await chair.GetAsync($"/partners/{d.Chair}/legality/pirt");
        pirt.StatusCode.ShouldBe(HttpStatusCode.OK);
        pirt.Document.QuerySelector("#record-form").ShouldBeNull();
        pirt.Document.QuerySelector("#upload-form").ShouldNotBeNull();
        pirt.Document.QuerySelector("#document-link").ShouldNotBeNull();

        // Not another member's, though in her group; and not the program view.
        (await chair.GetAsync($"/partners/{d.Member}/legality")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var posted = await chair.SubmitAsync(pirt, "#upload-form", new Dictionary<string, string>());
        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [AllDatabases]
    public async Task The_program_view_shows_holders_and_the_expiring_PIRT_and_no_NIK_to_the_evaluator(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var evaluator = await app.PagesAs(Demo.Evaluator);
        var view = await evaluator.GetAsync($"/legality?programId={d.Program}");
        view.StatusCode.ShouldBe(HttpStatusCode.OK);
        view.Document.QuerySelector($"#by-group tr[data-key='{d.CitraSari}'] td[data-kind='pirt']")!.TextContent.ShouldBe("2");
        view.Document.QuerySelector($"#expiring tr[data-partner='{d.Chair}'][data-kind='pirt']").ShouldNotBeNull();
        view.Document.QuerySelector("#expired tr[data-kind='pirt']").ShouldNotBeNull();
        foreach (var secret in d.CitraNiks.Concat(d.CitraPhones))
        {
            view.Html.ShouldNotContain(secret);
        }

        var eti = await evaluator.GetAsync($"/partners/{d.Chair}/legality");
        eti.Document.QuerySelector("#legality tr[data-kind='npwp']").ShouldNotBeNull();
        eti.Document.QuerySelector("#legality a[href$='/document']").ShouldBeNull();
        eti.Document.QuerySelector("#legality tr[data-kind='pirt']")!.GetAttribute("data-state").ShouldBe("Granted");
        eti.Document.QuerySelector("#legality tr[data-kind='pirt'] .badge")!.ClassList.ShouldContain("warn");
    }
}
