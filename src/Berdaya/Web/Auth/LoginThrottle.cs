using System.Threading.RateLimiting;
using Berdaya.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Berdaya.Web.Auth;

/// <summary>How many login attempts the app takes (settings <c>Login__...</c>; decision 0004).</summary>
public sealed class LoginLimits
{
    /// <summary>Attempts, right or wrong, from one client address per minute.</summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Wrong passwords for one account from one client address per 15 minutes.</summary>
    public int FailuresPerAccountAndAddress { get; set; } = 5;
}

/// <summary>
/// The login's rate limits, in front of the password check (decision 0004): per client address, and per
/// account from that address, so someone guessing from one place is slowed without shutting the account's
/// owner out elsewhere. Limits are kept per node, in memory. The rate limiter middleware cannot serve here:
/// the account is in the request body, and the login page answers a limit with its own form and message.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _attempts;
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly PasswordHasher<AppUser> _hasher;
    private readonly Lazy<string> _dummyHash;

    public LoginThrottle(IOptions<LoginLimits> options, IOptions<PasswordHasherOptions> hashing)
    {
        var limits = options.Value;

        // Its own hasher with Identity's options (the registered one is scoped): the same cost per check.
        var hasher = new PasswordHasher<AppUser>(hashing);
        _hasher = hasher;
        _dummyHash = new Lazy<string>(() => hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N")));
        _attempts = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ =>
            new SlidingWindowRateLimiterOptions { PermitLimit = limits.AttemptsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6 }));
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions { PermitLimit = limits.FailuresPerAccountAndAddress, Window = TimeSpan.FromMinutes(15), SegmentsPerWindow = 15 }));
    }

    /// <summary>Takes one attempt; false when the address or this account from it has used up its attempts.</summary>
    public bool TryAttempt(string? address, string email)
    {
        using var attempt = _attempts.AttemptAcquire(address ?? "");
        if (!attempt.IsAcquired)
        {
            return false;
        }

        // Zero permits asks whether any are left without taking one: only a wrong password takes one.
        using var room = _failures.AttemptAcquire(Key(address, email), 0);
        return room.IsAcquired;
    }

    public void Failed(string? address, string email)
    {
        using var _ = _failures.AttemptAcquire(Key(address, email));
    }

    /// <summary>
    /// Checks the password against a hash of nothing, so an unknown, inactive or locked account costs
    /// the same time as a wrong password and its answer tells nothing about which it was.
    /// </summary>
    public void CheckAgainstNothing(string password) => _hasher.VerifyHashedPassword(new AppUser(), _dummyHash.Value, password);

    public void Dispose()
    {
        _attempts.Dispose();
        _failures.Dispose();
    }

    private static string Key(string? address, string email) => $"{email.Trim().ToUpperInvariant()}|{address}";
}
