using Berdaya.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Berdaya.Web;

/// <summary>Healthy when the database answers a query on the migrated schema.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var ready = await db.Regions.AnyAsync(cancellationToken);
            return ready
                ? HealthCheckResult.Healthy($"{db.Provider}: ready")
                : HealthCheckResult.Degraded($"{db.Provider}: region list not loaded");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"{db.Provider}: {ex.Message}");
        }
    }
}
