using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Berdaya.Web.Auth;

/// <summary>How many public enquiries one client address may send (settings <c>Enquiries__...</c>; docs/domain.md, Meet and Greet).</summary>
public sealed class EnquiryLimits
{
    public int PerTenMinutes { get; set; } = 5;
    public int PerDay { get; set; } = 20;
}

/// <summary>
/// The public enquiry form's limit per client address, kept per node in memory as the login's: a sender who has used it up is
/// answered 429 and nothing is stored. Only an enquiry that would be stored takes from the limit.
/// </summary>
public sealed class EnquiryThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _short;
    private readonly PartitionedRateLimiter<string> _day;

    public EnquiryThrottle(IOptions<EnquiryLimits> options)
    {
        var limits = options.Value;
        _short = PartitionedRateLimiter.Create<string, string>(a => RateLimitPartition.GetSlidingWindowLimiter(a,
            _ => new SlidingWindowRateLimiterOptions { PermitLimit = limits.PerTenMinutes, Window = TimeSpan.FromMinutes(10), SegmentsPerWindow = 10 }));
        _day = PartitionedRateLimiter.Create<string, string>(a => RateLimitPartition.GetFixedWindowLimiter(a,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PerDay, Window = TimeSpan.FromDays(1) }));
    }

    public bool TryTake(string address)
    {
        using var shortLease = _short.AttemptAcquire(address);
        if (!shortLease.IsAcquired)
        {
            return false;
        }

        using var dayLease = _day.AttemptAcquire(address);
        return dayLease.IsAcquired;
    }

    public void Dispose()
    {
        _short.Dispose();
        _day.Dispose();
    }
}
