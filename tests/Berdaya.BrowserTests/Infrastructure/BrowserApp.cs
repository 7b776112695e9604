using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real socket (Kestrel on a free port, SQLite in a temporary folder) and a real
/// headless Chromium driven by Playwright. Tests are skipped, with the reason, when Chromium is
/// missing, and fail instead under CI=true.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "berdaya-browser", Guid.NewGuid().ToString("N"));
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _factory!.Services;

    public static string? ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("BERDAYA_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        Directory.CreateDirectory(_dir);
        _factory = new Factory(_dir);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>Skips (or fails under CI) when there is no browser.</summary>
    public static void RequireBrowser()
    {
        if (ChromiumPath is not null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true but Chromium is not installed (apt-get install chromium).");
        }

        Assert.Skip("Chromium not installed (apt-get install chromium, or set BERDAYA_CHROMIUM).");
    }

    /// <summary>
    /// A fresh phone-sized page (360 × 740, touch) in its own browser context, optionally starting with
    /// another page's cookies (<see cref="IBrowserContext.StorageStateAsync"/>). Every document it loads
    /// is checked (<see cref="PageChecks"/>), and its context is closed when the test ends.
    /// </summary>
    public async Task<IPage> PhoneAsync(string? storageState = null)
    {
        RequireBrowser();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            Locale = "id-ID",
            StorageState = storageState,
        });
        // Generous: CI runs these beside the other test projects on two cores; the tests check behaviour, not speed.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await PageChecks.AttachAsync(page);
        return page;
    }

    public static async Task LoginAsync(IPage page, string email, string password = "Demo#2026")
    {
        await page.VisitAsync("/login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAndLoadAsync("form:not([action]) button[type=submit]");
        if (password == "Demo#2026")
        {
            new Uri(page.Url).AbsolutePath.ShouldNotBe("/login", $"{email} could not log in");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private sealed class Factory(string dir) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseStaticWebAssets();
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Berdaya"] = $"Data Source={Path.Combine(dir, "berdaya.db")}",
                ["Demo:Seed"] = "true",
                ["DataDirectory"] = dir,

                // Every journey logs in from 127.0.0.1.
                ["Login:AttemptsPerAddressPerMinute"] = "100000",
            };

            // Host settings are seen while services are registered (configuration callbacks come too late).
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
