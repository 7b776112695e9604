using Berdaya.Domain.Common;

namespace Berdaya.Features.Fund;

internal static class FundPages
{
    /// <summary>The program of a page, or null when it is unknown or out of the user's scope (the page answers 404).</summary>
    public static async Task<Guid?> ResolveAsync(ProgramScope scope, Guid? programId, CancellationToken ct)
    {
        try
        {
            return await scope.ResolveAsync(programId, ct);
        }
        catch (DomainException e) when (e.Kind == ErrorKind.NotFound || e.Field == "ProgramId")
        {
            return null;
        }
    }
}
