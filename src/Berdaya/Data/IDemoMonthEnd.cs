namespace Berdaya.Data;

/// <summary>
/// Closes one of the demo's past month ends while the demo is being written, with the loans as they stood then: the daily close
/// of the feature that closes every day (decision 0009), found by the demo seeder as it finds each <see cref="IDemoStep"/>.
/// </summary>
public interface IDemoMonthEnd
{
    Task CloseAsync(DateOnly monthEnd, CancellationToken ct);
}
