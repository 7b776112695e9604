using Berdaya.Domain.Markets;
using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets;

/// <summary>The program's readiness matrix: partners × channels with filters and counts per channel (evaluators: counts only).</summary>
[Authorize(Roles = ChannelAccess.MatrixReaders)]
public sealed class ReadinessMatrixModel(ProgramScope scope, ReadinessQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? ProgramId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? GroupId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Village { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ChannelId { get; set; }
    [BindProperty(SupportsGet = true)] public ReadinessState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public ProgramPicker Picker { get; private set; } = null!;
    public ReadinessMatrixView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(ProgramId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/markets/readiness");
        View = await queries.MatrixAsync(id, new MatrixFilter(GroupId, Village, ChannelId, State, PageNumber), ct);
    }

    public string PageLink(int page) =>
        $"/markets/readiness?programId={View.ProgramId}&groupId={GroupId}&village={Village}&channelId={ChannelId}&state={State}&p={page}";
}
