using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Security;

/// <summary>
/// What is shown of a person cannot rebuild their NIK (decision 0006): the mask keeps the last four
/// digits, and only those who verify identity, and the person themself, see the birth date.
/// </summary>
public sealed partial class PersonalDataTests
{
    [Theory]
    [AllDatabases]
    public async Task Only_identity_verifiers_and_the_person_see_the_birth_date_and_the_mask_keeps_four_digits(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        DateOnly born;
        string nik;
        await using (var scope = app.Scope(out var db))
        {
            var member = await db.Partners.AsNoTracking().SingleAsync(p => p.Id == d.Member);
            (born, nik) = (member.BirthDate, member.Nik);
        }

        var failures = new List<string>();
        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer, Demo.Treasurer, Demo.Chair, Demo.Admin, Demo.Officer, Demo.Facilitator })
        {
            var verifies = email is Demo.Admin or Demo.Officer or Demo.Facilitator;
            var api = await app.ApiAs(email);
            var partner = await (await api.GetAsync($"/api/v1/partners/{d.Member}")).Json200();
            var shownBirth = partner.GetProperty("birthDate").ValueKind == JsonValueKind.Null ? null : partner.GetProperty("birthDate").GetString();
            if (shownBirth != (verifies ? born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null))
            {
                failures.Add($"{email}: API birth date {shownBirth ?? "hidden"}");
            }

            partner.GetProperty("age").GetInt32().ShouldBeInRange(17, 100);
            var mask = partner.GetProperty("nik").ValueKind == JsonValueKind.Null ? null : partner.GetProperty("nik").GetString();
            if (mask is not null && mask != "••••••••••••" + nik[^4..])
            {
                failures.Add($"{email}: API NIK {mask}");
            }

            var page = await (await app.PagesAs(email)).GetAsync($"/partners/{d.Member}");
            if ((page.Document.QuerySelector("[data-birthdate]") is not null) != verifies || (page.Document.QuerySelector("[data-age]") is null) == !verifies)
            {
                failures.Add($"{email}: page shows the {(verifies ? "age" : "birth date")}");
            }

            if (page.Document.QuerySelector("[data-nik]")?.TextContent is { } pageMask && pageMask != "••••••••••••" + nik[^4..])
            {
                failures.Add($"{email}: page NIK {pageMask}");
            }

            // Nowhere on the page or in the answer: more than four digits of the NIK in a row.
            foreach (var text in new[] { page.Html, partner.GetRawText() })
            {
                if (SixDigitsOfNik(nik).IsMatch(text) && !verifies)
                {
                    failures.Add($"{email}: shows six digits of the NIK");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));

        // The person themself sees their own birth date.
        var treasurer = await app.ApiAs(Demo.Treasurer);
        var me = await (await treasurer.GetAsync("/api/v1/auth/me")).Json200();
        var own = await (await treasurer.GetAsync($"/api/v1/partners/{me.GetProperty("partnerId").GetGuid()}")).Json200();
        own.GetProperty("birthDate").GetString().ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [AllDatabases]
    public async Task Lists_the_loan_card_and_its_export_show_only_the_last_four_digits(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var officer = await app.ApiAs(Demo.Officer);
        var list = await (await officer.GetAsync("/api/v1/partners?pageSize=100")).Json200();
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nik").GetString()).ShouldAllBe(n => MaskOfFour().IsMatch(n!));
        var card = await (await officer.GetAsync($"/api/v1/loans/{d.Loan}")).Json200();
        MaskOfFour().IsMatch(card.GetProperty("nikMasked").GetString()!).ShouldBeTrue(card.GetProperty("nikMasked").GetString());
        var export = MatrixCalls.WorkbookText(await (await officer.GetAsync($"/api/v1/loans/{d.Loan}/export")).Content.ReadAsByteArrayAsync());
        MaskOfFour().IsMatch(export).ShouldBeTrue(export);
        foreach (var nik in d.CitraNiks)
        {
            export.ShouldNotContain(nik[..4] + "•");
        }
    }

    private static Regex SixDigitsOfNik(string nik) => new(string.Join('|', Enumerable.Range(0, nik.Length - 5).Select(i => nik.Substring(i, 6))));

    [GeneratedRegex("^•{12}[0-9]{4}$|(?<![0-9•])•{12}[0-9]{4}(?![0-9])")]
    private static partial Regex MaskOfFour();
}
