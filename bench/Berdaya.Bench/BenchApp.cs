using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Berdaya.Bench;

/// <summary>The real app on the benchmark's SQLite file (in-process host: measures the app, not the network).</summary>
public sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly string dir;

    public BenchApp(string dir)
    {
        this.dir = dir;

        // The host looks for the app's content root (views, static files) here.
        var root = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Berdaya.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Run the benchmark from inside the repository.");
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BERDAYA", Path.Combine(root.FullName, "src", "Berdaya"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Berdaya"] = $"Data Source={Path.Combine(dir, "berdaya.db")}",
            ["Demo:Seed"] = "true",
            ["DataDirectory"] = dir,
            ["Logging:LogLevel:Default"] = "Warning",
            ["DailyClose:Enabled"] = "false",
        };

        // Host settings are seen while services are registered (configuration callbacks come too late).
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
