namespace Berdaya.Data;

/// <summary>
/// A part of the demo that needs a feature's own rules (a matching round is solved by the feature that solves every round). The
/// demo seeder finds each implementation in the app and runs it, by type name, after its own records, inside the same start-up.
/// </summary>
public interface IDemoStep
{
    Task SeedAsync(Guid programId, CancellationToken ct);
}
