using System.Net;
using Berdaya.Domain.Impact;
using Berdaya.Domain.Loans;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Impact;

/// <summary>docs/domain.md, Impact: the reader's figures on the demo's Citra Sari against a count made here, scope, bad input, the pages.</summary>
public sealed class ImpactTests
{
    [Theory]
    [AllDatabases]
    public async Task Citra_saris_cohort_grew_from_its_survey_and_graduated_in_2012(string provider)
    {
        var app = await TestApp.For(provider);
        Guid program, group;
        var expected = new List<PartnerImpact>();
        await using (var scope = app.Scope(out var db))
        {
            group = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
            program = await db.Groups.Where(g => g.Id == group).Select(g => g.ProgramId).SingleAsync();
            var members = await db.GroupMemberships.Where(m => m.GroupId == group && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync();
            foreach (var id in members)
            {
                var survey = (await db.Surveys.Where(s => s.PartnerId == id).ToListAsync()).OrderBy(s => s.SurveyedOn).First();
                var last = (await db.QuarterlyReports.Where(r => r.PartnerId == id && r.Current).ToListAsync()).MaxBy(r => r.QuarterIndex)!;
                var loans = await db.Loans.Where(l => l.PartnerId == id).Select(l => l.Status).ToListAsync();
                expected.Add(new PartnerImpact(new BusinessFigures(survey.BaselineAssets!.Value, survey.BaselineTurnover!.Value, survey.BaselineEmployees!.Value),
                    new BusinessFigures(last.Assets, last.Turnover, last.Employees), true, loans.All(s => s == LoanStatus.Repaid),
                    loans.Any(s => s == LoanStatus.WrittenOff)));
            }
        }

        var want = ImpactMath.Summarize(expected);
        var officer = await app.ApiAs(Demo.Officer);
        var got = await (await officer.GetAsync($"/api/v1/impact?programId={program}&groupId={group}")).Json200();
        got.GetProperty("partners").GetInt32().ShouldBe(10);
        got.GetProperty("measured").GetInt32().ShouldBe(10);
        got.GetProperty("turnover").GetProperty("median").GetDecimal().ShouldBe(want.Turnover!.Median);
        got.GetProperty("turnover").GetProperty("lowerQuartile").GetDecimal().ShouldBe(want.Turnover.LowerQuartile);
        got.GetProperty("assets").GetProperty("upperQuartile").GetDecimal().ShouldBe(want.Assets!.UpperQuartile);
        got.GetProperty("employees").GetProperty("partners").GetInt32().ShouldBe(want.Employees!.Count);
        want.Turnover.LowerQuartile.ShouldBeGreaterThan(0m);
        got.GetProperty("growingPercent").GetDecimal().ShouldBe(100m);
        got.GetProperty("graduatedPercent").GetDecimal().ShouldBe(100m);
        got.GetProperty("repaid").GetInt32().ShouldBe(want.Repaid);

        // The year of the first loan: Citra Sari borrowed first in 2006, nobody of the cohort in 2005.
        var y2006 = await (await officer.GetAsync($"/api/v1/impact?programId={program}&groupId={group}&cohortYear=2006")).Json200();
        y2006.GetProperty("partners").GetInt32().ShouldBe(10);
        var y2005 = await (await officer.GetAsync($"/api/v1/impact?programId={program}&cohortYear=2005")).Json200();
        y2005.GetProperty("partners").GetInt32().ShouldBe(0);
        y2005.GetProperty("assets").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_counts_their_villages_bad_input_is_named_and_others_are_refused(string provider)
    {
        var app = await TestApp.For(provider);
        int inVillages;
        await using (var scope = app.Scope(out var db))
        {
            var user = await db.Users.Where(u => u.Email == Demo.Facilitator).Select(u => u.Id).SingleAsync();
            var villages = await db.UserVillages.Where(v => v.UserId == user).Select(v => v.VillageCode).ToListAsync();
            // Impact counts one program (the facilitator's only one); other tests add partners of other programs to these villages.
            var programs = await db.UserPrograms.Where(p => p.UserId == user).Select(p => p.ProgramId).ToListAsync();
            programs.Count.ShouldBe(1);
            inVillages = await db.Partners.CountAsync(p => p.ProgramId == programs[0] && villages.Contains(p.VillageCode) && db.Loans.Any(l => l.PartnerId == p.Id));
        }

        var facilitator = await app.ApiAs(Demo.Facilitator);
        (await (await facilitator.GetAsync("/api/v1/impact")).Json200()).GetProperty("partners").GetInt32().ShouldBe(inVillages);
        await (await facilitator.GetAsync("/api/v1/impact?cohortYear=1800")).Problem(HttpStatusCode.BadRequest, "cohortYear");
        await (await facilitator.GetAsync($"/api/v1/impact?groupId={Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound, "groupId");
        (await (await app.ApiAs(Demo.Evaluator)).GetAsync("/api/v1/impact")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var page = await (await app.ApiAs(Demo.Officer)).GetStringAsync("/impact?cohortYear=2006");
        page.ShouldContain("id=\"impact-chart\"");
        page.ShouldContain("<svg class=\"chart\"");
    }
}
