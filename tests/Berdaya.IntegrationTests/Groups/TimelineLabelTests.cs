using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Groups;

/// <summary>The group's timeline names each entry's kind in words, in both languages, never by its code.</summary>
public sealed class TimelineLabelTests
{
    [Theory]
    [AllDatabases]
    public async Task Every_kind_on_the_demo_timeline_has_a_label_in_both_languages(string provider)
    {
        var app = await TestApp.For(provider);
        var texts = app.Services.GetRequiredService<Texts>();
        await using var scope = app.Scope(out var db);
        var kinds = await db.Timeline.Select(t => t.Kind).Distinct().ToListAsync();

        kinds.ShouldContain("report.decline");
        kinds.ShouldContain("questionnaire.filled");
        kinds.ShouldContain("evaluation.decided");
        kinds.ShouldContain("partner.graduated");
        kinds.Where(k => !texts.Has("groups.kind." + k)).ShouldBeEmpty();
    }
}
