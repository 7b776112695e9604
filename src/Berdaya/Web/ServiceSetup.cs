using System.Globalization;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Berdaya.Web;

/// <summary>The app's wiring, kept out of Program.cs so tests and benchmarks build the same app.</summary>
public static class ServiceSetup
{
    public static readonly CultureInfo[] Cultures = [new("id-ID"), new("en-US")];

    public static void AddBerdaya(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditInterceptor>();
        AddDatabase(services, config, builder.Environment);

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                // Above what the login's rate limits let one address try (decision 0004).
                o.Lockout.MaxFailedAccessAttempts = 50;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "smart";
                o.DefaultChallengeScheme = "smart";
            })
            .AddPolicyScheme("smart", "Cookie or bearer", o => o.ForwardDefaultSelector = TransportSecurity.SchemeFor)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "berdaya.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events = new CookieAuthenticationEvents
                {
                    // The API answers 401/403; only pages redirect to the login form.
                    OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden),
                };
            })
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddDataProtection().SetApplicationName("Berdaya").PersistKeysToDbContext<AppDbContext>();
        services.AddScoped<CurrentUser>();
        services.AddFeatureServices();
        Jobs.JobSetup.AddJobs(services, builder.Configuration);

        services.AddSingleton<Texts>();
        services.AddSingleton<TextsLocalizer>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<TextsLocalizer>());
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("id-ID");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders =
            [
                // "?lang=en" or "?lang=id" as a person types it, not only the full culture names.
                new CustomRequestCultureProvider(async ctx => SupportedLanguage(
                    await new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" }.DetermineProviderCultureResult(ctx))),
                new CookieRequestCultureProvider(),

                // API clients may ask by header; pages stay Indonesian until the user switches.
                new CustomRequestCultureProvider(ctx => Task.FromResult(ctx.Request.Path.StartsWithSegments("/api")
                    ? SupportedLanguage(new AcceptLanguageHeaderRequestCultureProvider().DetermineProviderCultureResult(ctx).Result)
                    : null)),
            ];
        });

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/Denied");
            })
            .AddMvcOptions(o =>
            {
                ModelBindingMessages.Localize(o.ModelBindingMessageProvider);
                o.ModelBinderProviders.Insert(0, new Forms.DecimalBinderProvider());
                o.Filters.Add<RefusedFormFilter>();
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Texts)));
        services.AddSingleton<IStringLocalizerFactory, TextsLocalizerFactory>();
        services.Configure<RazorViewEngineOptions>(_ => { });

        // Enums travel by name ("BankTransfer", "Substandard"), as the per-property converters already did.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(ApiDescription.Configure);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.AddSingleton<DatabaseInitializer>();
        builder.AddTransportSecurity();
    }

    private static void AddDatabase(IServiceCollection services, ConfigurationManager config, IHostEnvironment env)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        var connection = config.GetConnectionString("Berdaya");
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("Database__Provider is Postgres but ConnectionStrings__Berdaya is empty.");
            }

            // PostgreSQL's JIT compiles a large query's expressions first: 0.5-1 s each time, longer than
            // the close's batches and the reports it would speed up. Off for the app's sessions unless the
            // connection string sets its own server options.
            var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(connection);
            if (string.IsNullOrEmpty(npgsql.Options))
            {
                npgsql.Options = "-c jit=off";
            }

            // The same few statements run for every payment and page: prepared once per connection, the
            // server skips parsing and planning them again (unless the connection string says otherwise).
            if (npgsql.MaxAutoPrepare == 0)
            {
                npgsql.MaxAutoPrepare = 100;
            }

            connection = npgsql.ConnectionString;
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(connection, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(new OnTimeRecords(), new TextLimits(), new TrialRun.Guard(), sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                var dataDir = config["DataDirectory"] ?? Path.Combine(env.ContentRootPath, "data");
                Directory.CreateDirectory(dataDir);
                connection = $"Data Source={Path.Combine(dataDir, "berdaya.db")}";
            }

            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, o) => o
                .UseSqlite(connection, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(new OnTimeRecords(), new TextLimits(), new TrialRun.Guard(), sp.GetRequiredService<AuditInterceptor>(), new SqlitePragmas()));
        }
    }

    /// <summary>"en" or "en-GB" in Accept-Language means the supported en-US; "id" means id-ID.</summary>
    private static ProviderCultureResult? SupportedLanguage(ProviderCultureResult? asked)
    {
        var language = asked?.UICultures.Select(c => (c.Value ?? "")[..Math.Min(2, c.Length)].ToLowerInvariant())
            .FirstOrDefault(l => Cultures.Any(c => c.TwoLetterISOLanguageName == l));
        return language is null ? null : new ProviderCultureResult(Cultures.First(c => c.TwoLetterISOLanguageName == language).Name);
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
