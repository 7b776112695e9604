using System.Net;
using AngleSharp.Html.Dom;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Loans;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Web;

/// <summary>The shared form parts: the field (label, hint, error and their aria links) and the class badge.</summary>
public sealed class FormPartsTests
{
    [Fact]
    public async Task A_field_has_its_label_and_points_at_its_hint()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var admin = await app.PagesAs(Demo.Admin);

        var page = await admin.GetAsync("/admin/users/new");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = page.Document;
        doc.QuerySelector("label[for='Input_Password']")!.TextContent.ShouldBe("Kata sandi awal");
        var password = doc.QuerySelector("#Input_Password")!;
        password.GetAttribute("name").ShouldBe("Input.Password");
        password.GetAttribute("aria-describedby").ShouldBe("Input_Password-hint");
        password.HasAttribute("aria-invalid").ShouldBeFalse();
        doc.QuerySelector("#Input_Password-hint")!.ClassList.ShouldContain("muted");
        doc.QuerySelector("#Input_Password-hint")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        doc.QuerySelector("span.field-error[data-valmsg-for='Input.Password']")!.Id.ShouldBe("Input_Password-error");
        doc.QuerySelector("#Input_Email")!.HasAttribute("aria-describedby").ShouldBeFalse("a field without a hint or an error describes nothing");
    }

    [Fact]
    public async Task A_field_in_error_shows_the_message_beside_it_and_is_marked_invalid()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var admin = await app.PagesAs(Demo.Admin);
        var form = await admin.GetAsync("/admin/users/new");

        var refused = await admin.SubmitAsync(form, "form.card", new Dictionary<string, string> { ["Input.Email"] = "bukan-email", ["Input.DisplayName"] = "" });

        var doc = refused.Document;
        var email = doc.QuerySelector("#Input_Email")!;
        email.GetAttribute("aria-invalid").ShouldBe("true");
        email.GetAttribute("aria-describedby").ShouldBe("Input_Email-error");
        ((IHtmlInputElement)email).Value.ShouldBe("bukan-email", "what the user typed is kept");
        var error = doc.QuerySelector("#Input_Email-error")!;
        error.ClassList.ShouldContain("field-error");
        error.GetAttribute("data-valmsg-for").ShouldBe("Input.Email");
        error.TextContent.ShouldNotBeNullOrWhiteSpace();
        email.NextElementSibling.ShouldBe(error, "the error sits beside its field");

        var password = doc.QuerySelector("#Input_Password")!;
        password.GetAttribute("aria-describedby")!.Split(' ').ShouldContain("Input_Password-hint");
    }

    [Fact]
    public async Task A_decimal_is_written_as_the_form_reads_it_back_so_saving_unchanged_keeps_it()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var productId = await LendingData.ProductAsync(app.Services, ratePercent: 2.5m);
        var admin = await app.PagesAs(Demo.Admin);

        var revise = await admin.GetAsync($"/admin/products/{productId}/revise");
        ((IHtmlInputElement)revise.Document.QuerySelector("#Input_AnnualRatePercent")!).Value.ShouldBe("2,5");
        ((IHtmlInputElement)revise.Document.QuerySelector("#Input_MaxPrincipal")!).Value.ShouldBe("250000000");
        var saved = await admin.SubmitAsync(revise, "form.card", new Dictionary<string, string>());

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", saved.Errors));
        await using var scope = app.Scope(out var db);
        var code = await db.LoanProducts.Where(p => p.Id == productId).Select(p => p.Code).SingleAsync();
        var latest = await db.LoanProducts.Where(p => p.Code == code).OrderByDescending(p => p.Version).FirstAsync();
        latest.Version.ShouldBe(2);
        latest.AnnualRatePercent.ShouldBe(2.5m);
    }

    [Theory]
    [InlineData("Current", "Lancar", "")]
    [InlineData("Substandard", "Kurang Lancar", "warn")]
    [InlineData("Loss", "Macet", "bad")]
    public async Task A_loan_class_is_shown_by_one_badge_with_its_colour(string cls, string words, string tone)
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var officer = await app.PagesAs(Demo.Officer);

        var list = await officer.GetAsync($"/loans?class={cls}");

        var badges = list.Document.QuerySelectorAll("td span.badge").Where(b => b.TextContent == words).ToList();
        badges.ShouldNotBeEmpty();
        badges.ShouldAllBe(b => b.ClassName == (tone.Length == 0 ? "badge" : "badge " + tone));
    }
}
