using System.Net;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Web;

/// <summary>The village picker: each level labelled, the code's example as a hint, and a village found by name with or without script.</summary>
public sealed class RegionPickerPageTests
{
    [Fact]
    public async Task The_picker_labels_each_level_and_gives_the_code_an_example_as_a_hint()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var pages = await app.PagesAs(Demo.Facilitator);
        var page = await pages.GetAsync("/partners/new");
        var picker = page.Document.QuerySelector("#partner-form [data-region-picker]")!;

        string[] levels = ["Provinsi", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan"];
        var selects = picker.QuerySelectorAll("select[data-level]");
        selects.Select(s => picker.QuerySelector($"label[for='{s.Id}']")?.TextContent).ShouldBe(levels);
        picker.QuerySelector($"label[for='{picker.QuerySelector("input[data-region-search]")!.Id}']")!.TextContent.ShouldBe("Cari desa menurut nama");

        var code = picker.QuerySelector("#Input_VillageCode")!;
        code.HasAttribute("placeholder").ShouldBeFalse();
        picker.QuerySelector("label[for='Input_VillageCode']")!.TextContent.ShouldBe("Kode desa");
        var hint = page.Document.GetElementById(code.GetAttribute("aria-describedby")!)!;
        hint.TextContent.ShouldContain("contoh: 32.11.07.2011");
        hint.QuerySelector("a")!.GetAttribute("href").ShouldBe("/regions/find");
    }

    [Fact]
    public async Task The_search_page_finds_a_village_code_by_the_start_of_its_name()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var pages = await app.PagesAs(Demo.Facilitator);

        var found = await pages.GetAsync("/regions/find?q=narimb");
        found.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = found.Document.QuerySelectorAll("#villages tbody tr").Single(r => r.TextContent.Contains("32.11.07.2011", StringComparison.Ordinal));
        row.TextContent.ShouldContain("Narimbang");
        row.TextContent.ShouldContain("Conggeang, Kabupaten Sumedang, Jawa Barat");

        var tooShort = await pages.GetAsync("/regions/find?q=na");
        tooShort.StatusCode.ShouldBe(HttpStatusCode.OK);
        tooShort.Html.ShouldContain("Ketik minimal 3 huruf.");
        tooShort.Document.QuerySelector("#villages").ShouldBeNull();

        // Many villages start with "Suka": the list stops at 20 and says so.
        var many = await pages.GetAsync("/regions/find?q=suka");
        many.Document.QuerySelectorAll("#villages tbody tr").Length.ShouldBe(20);
        many.Html.ShouldContain("ketik lebih banyak huruf");

        (await pages.GetAsync("/regions/find?q=" + new string('a', 5000))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pages.GetAsync("/regions/find?q=%25%25%25")).Document.QuerySelector("#villages").ShouldBeNull();
    }

    [Fact]
    public async Task The_search_endpoint_returns_codes_with_paths_and_treats_wildcards_as_letters()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var api = await app.ApiAs(Demo.Facilitator);

        var found = await (await api.GetAsync("/api/v1/regions/search?q=narimb")).Json200();
        var narimbang = found.EnumerateArray().Single(v => v.GetProperty("code").GetString() == "32.11.07.2011");
        narimbang.GetProperty("path").GetString().ShouldBe("Conggeang, Kabupaten Sumedang, Jawa Barat");
        (await (await api.GetAsync("/api/v1/regions/search?q=suka")).Json200()).GetArrayLength().ShouldBe(20);
        (await (await api.GetAsync("/api/v1/regions/search?q=%25%25%25")).Json200()).GetArrayLength().ShouldBe(0);
        (await (await api.GetAsync("/api/v1/regions/search?q=___")).Json200()).GetArrayLength().ShouldBe(0);
    }
}
