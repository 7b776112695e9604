using Berdaya.Data;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// The demo's present-day round (docs/domain.md, Meet and Greet): Kecamatan Conggeang, where Mekar Sari's and Sinar Tani's members
/// are coached and the Opak and Citra Sari mentors live, proposed by the same rules as any round, for the officer to review.
/// </summary>
internal sealed class DemoMatchingRound(MatchingRounds rounds) : IDemoStep
{
    public Task SeedAsync(Guid programId, CancellationToken ct) =>
        rounds.StartForAsync(programId, "Temu mitra Conggeang 2026", "32.11.07", "Hendra Gunawan (CDC)", ct);
}
