using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Berdaya.IntegrationTests.Infrastructure;

/// <summary>
/// Two routes of the test host that fail the way a defect in a handler would: after the app's own
/// pipeline (so the app's exception handling, status pages and authorization all apply), a request to
/// <see cref="Api"/> or <see cref="Page"/> throws an unexpected exception.
/// </summary>
public sealed class FailingRoutes : IStartupFilter
{
    public const string Api = "/api/v1/test-failure";
    public const string Page = "/test-failure";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Run(ctx => ctx.Request.Path.StartsWithSegments(Api) || ctx.Request.Path.StartsWithSegments(Page)
            ? throw new InvalidOperationException("A defect in a handler.")
            : Task.CompletedTask);
    };
}
