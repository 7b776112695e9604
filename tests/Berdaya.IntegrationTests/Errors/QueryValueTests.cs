using System.Net;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Errors;

/// <summary>A query value of the wrong form is refused as a problem naming its field, as a body field already is, and changes nothing.</summary>
public sealed class QueryValueTests
{
    [Theory]
    [AllDatabases]
    public async Task A_query_value_that_cannot_be_read_names_its_field(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        await (await officer.GetAsync("/api/v1/impact?cohortYear=dua")).Problem(HttpStatusCode.BadRequest, "cohortYear");
        await (await officer.GetAsync("/api/v1/impact?groupId=bukan-id")).Problem(HttpStatusCode.BadRequest, "groupId");
        await (await officer.GetAsync("/api/v1/evaluations?year=abc")).Problem(HttpStatusCode.BadRequest, "year");
    }
}
