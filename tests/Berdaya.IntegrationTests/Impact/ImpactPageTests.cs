using System.Net;
using Berdaya.Domain.Partners;
using Berdaya.Features.Impact;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Loans;
using Berdaya.IntegrationTests.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Impact;

/// <summary>
/// The impact page's cohort filters (decision 0030): villages by name and sectors as entered, of the program's partners with a loan in
/// the reader's scope; a value that cannot be read or a group that is not found is said beside its field, by its label, once.
/// </summary>
public sealed class ImpactPageTests
{
    private const string Bamboo = "Kerajinan bambu";

    private static Dictionary<string, string> Options(PageResult page, string select) =>
        page.Document.QuerySelectorAll($"select[name='{select}'] option").Where(o => o.GetAttribute("value") is { Length: > 0 })
            .ToDictionary(o => o.GetAttribute("value")!, o => o.TextContent.Trim());

    [Theory]
    [AllDatabases]
    public async Task Villages_and_sectors_are_picked_by_name_from_the_partners_with_a_loan_in_scope(string provider)
    {
        var app = await TestApp.For(provider);

        // A program of its own: a borrower in Narimbang, one outside the demo facilitator's district with another sector, one
        // without a loan (in a third village, with a third sector), and a facilitator of Narimbang only.
        var s = await LendingScenario.ProgramAsync(app, members: 3);
        var email = "fasilitator-" + Guid.NewGuid().ToString("N")[..8] + "@test.berdaya.id";
        string outsideName, noLoanSector = TestData.Unique("Tanpa pinjaman");
        await using (var scope = app.Scope(out var db))
        {
            var outside = await db.Partners.SingleAsync(p => p.Id == s.Borrowers[1].PartnerId);
            db.Entry(outside).Property(nameof(Partner.VillageCode)).CurrentValue = TestData.OutsideFacilitator;
            db.Entry(outside).Property(nameof(Partner.Sector)).CurrentValue = Bamboo;
            var idle = await db.Partners.SingleAsync(p => p.Id == s.Borrowers[2].PartnerId);
            db.Entry(idle).Property(nameof(Partner.VillageCode)).CurrentValue = TestData.ConggeangWetan;
            db.Entry(idle).Property(nameof(Partner.Sector)).CurrentValue = noLoanSector;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Data.Identity.AppUser>>();
            var user = new Data.Identity.AppUser { UserName = email, Email = email, DisplayName = "Fasilitator Narimbang" };
            (await users.CreateAsync(user, Demo.Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Data.Identity.Roles.Facilitator);
            db.UserPrograms.Add(new Data.Identity.UserProgram { UserId = user.Id, ProgramId = s.ProgramId });
            db.UserVillages.Add(new Data.Identity.UserVillage { UserId = user.Id, VillageCode = TestData.Narimbang });
            await db.SaveChangesAsync();
            outsideName = await db.Regions.Where(r => r.Code == TestData.OutsideFacilitator).Select(r => r.Name).SingleAsync();
        }

        var admin = await app.ApiAs(Demo.Admin);
        await LendingScenario.DisburseAsync(admin, s, 0);
        await LendingScenario.DisburseAsync(admin, s, 1);

        // The office, counted live: both borrowers' villages by name with the district, their sectors; nobody without a loan.
        var office = await app.PagesAs(Demo.Admin);
        var page = await office.GetAsync($"/impact?programId={s.ProgramId}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("input[name='village']").ShouldBeNull();
        var villages = Options(page, "village");
        villages.Keys.ShouldBe([TestData.Narimbang, TestData.OutsideFacilitator], ignoreOrder: true);
        villages[TestData.Narimbang].ShouldBe("Narimbang, Conggeang");
        villages[TestData.OutsideFacilitator].ShouldStartWith(outsideName + ", ");
        Options(page, "sector").Keys.ShouldBe(["Makanan ringan", Bamboo], ignoreOrder: true);
        page.Html.ShouldNotContain(noLoanSector);

        // Picked, the cohort is counted and the choice stays selected.
        var picked = await office.GetAsync($"/impact?programId={s.ProgramId}&village={TestData.OutsideFacilitator}");
        picked.Document.QuerySelector("select[name='village'] option[selected]")!.GetAttribute("value").ShouldBe(TestData.OutsideFacilitator);
        picked.Document.QuerySelector("#impact-figures p")!.TextContent.ShouldStartWith("1 mitra");
        var bySector = await office.GetAsync($"/impact?programId={s.ProgramId}&sector={Uri.EscapeDataString(Bamboo)}");
        bySector.Document.QuerySelector("select[name='sector'] option[selected]")!.GetAttribute("value").ShouldBe(Bamboo);
        bySector.Document.QuerySelector("#impact-figures p")!.TextContent.ShouldStartWith("1 mitra");

        // The facilitator is offered their village and its sector only; a village out of scope asked by the address counts nobody.
        var facilitator = await app.PagesAs(email);
        var theirs = await facilitator.GetAsync($"/impact?programId={s.ProgramId}");
        theirs.StatusCode.ShouldBe(HttpStatusCode.OK);
        Options(theirs, "village").Keys.ShouldBe([TestData.Narimbang]);
        Options(theirs, "sector").Keys.ShouldBe(["Makanan ringan"]);
        theirs.Html.ShouldNotContain(Bamboo);
        var outsideAsked = await facilitator.GetAsync($"/impact?programId={s.ProgramId}&village={TestData.OutsideFacilitator}");
        outsideAsked.Document.QuerySelector("#impact-figures p")!.TextContent.ShouldStartWith("0 mitra");
        outsideAsked.Html.ShouldNotContain(outsideName);

        // Once the program is counted, the office's choices come from the kept counts: the same.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await using (var scope = app.Scope(out _))
        {
            await scope.ServiceProvider.GetRequiredService<ImpactTotalsJob>().CountAsync(s.ProgramId, today, CancellationToken.None);
        }

        var kept = await office.GetAsync($"/impact?programId={s.ProgramId}");
        kept.Document.QuerySelector("#impact-asof")!.TextContent.ShouldContain("Dihitung per");
        Options(kept, "village").ShouldBe(villages);
        Options(kept, "sector").Keys.ShouldBe(["Makanan ringan", Bamboo], ignoreOrder: true);
    }

    [Theory]
    [AllDatabases]
    public async Task A_year_that_cannot_be_read_is_said_once_beside_its_field_by_its_label_in_both_languages(string provider)
    {
        var app = await TestApp.For(provider);
        foreach (var (language, label, message) in new[]
                 {
                     ("id", "Tahun pinjaman pertama", "\"abc\" tidak dapat dibaca; periksa penulisannya."),
                     ("en", "Year of first loan", "\"abc\" could not be read; check how it is written."),
                 })
        {
            var pages = await app.PagesAs(Demo.Officer, language);
            var page = await pages.GetAsync("/impact?cohortYear=abc");
            page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            page.FieldError("CohortYear").ShouldBe($"{label}: {message}", page.Html);
            page.Document.QuerySelectorAll("#form-errors li").Select(l => l.TextContent.Trim()).ShouldBe([$"{label}: {message}"]);
            page.Document.QuerySelector("#form-errors a")!.GetAttribute("href").ShouldBe("#cohortYear");
            page.Html.ShouldNotContain("CohortYear:");
            page.Document.QuerySelector("input[name='cohortYear']")!.GetAttribute("value").ShouldBe("abc");

            // No figures for a cohort the reader did not ask for.
            page.Document.QuerySelector("#impact-figures").ShouldBeNull();
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_group_that_is_not_found_is_said_beside_the_group_field_on_the_page_and_is_a_404_in_the_api(string provider)
    {
        var app = await TestApp.For(provider);
        var unknown = Guid.NewGuid();
        var page = await (await app.PagesAs(Demo.Facilitator)).GetAsync($"/impact?groupId={unknown}");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.FieldError("GroupId").ShouldBe("Kelompok tidak ditemukan di program ini.", page.Html);
        page.Document.QuerySelectorAll("#form-errors li").Count.ShouldBe(1);
        page.Document.QuerySelector("select[name='groupId']")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.Document.QuerySelector("select[name='village']").ShouldNotBeNull();
        page.Document.QuerySelector("#impact-figures").ShouldBeNull();

        // The API keeps its 404 naming the field.
        var officer = await app.ApiAs(Demo.Officer);
        await (await officer.GetAsync($"/api/v1/impact?groupId={unknown}")).Problem(HttpStatusCode.NotFound, "groupId");
    }
}
