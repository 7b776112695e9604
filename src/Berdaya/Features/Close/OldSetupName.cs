// The setup's former name, kept only until Web/ServiceSetup.cs calls Berdaya.Features.Close.DailyCloseSetup.AddDailyClose
// (or Program.cs does); delete this file then.
namespace Berdaya.Features.Loans.Close;

internal static class DailyCloseSetup
{
    public static IServiceCollection AddDailyClose(IServiceCollection services, IConfiguration config) =>
        Features.Close.DailyCloseSetup.AddDailyClose(services, config);
}
