using Berdaya.Data;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;

var builder = WebApplication.CreateBuilder(args);
builder.AddBerdaya();

// Feature services that need more than the [FeatureService] marker register here, not in Web/.
Berdaya.Features.Close.DailyCloseSetup.AddDailyClose(builder.Services, builder.Configuration);

var app = builder.Build();
ModelBindingMessages.Localizer = app.Services.GetRequiredService<TextsLocalizer>();

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
app.UseTransportSecurity();

app.UseRequestLocalization();
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/error/500",

    // A page request refused by the framework or a rule keeps its status (413, 404, 409) on the error page.
    StatusCodeSelector = Problems.StatusOf,
});
app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
app.UseResponseCompression();
app.UseSecurityHeaders();
app.UseStaticFiles(new StaticFileOptions
{
    OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public,max-age=604800",
});
app.UseRouting();
app.UseAuthentication();
app.UseApiAntiforgery();
app.UseSessionValidation();
app.UseAuthorization();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapApiDescription();
var api = app.MapGroup("/api/v1").RequireAuthorization();
EndpointModules.MapAll(api);
app.MapRazorPages();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        app.Logger.LogInformation("Berdaya is running: open {Url}/login (demo logins in README.md, password Demo#2026)", url);
    }
});

await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
