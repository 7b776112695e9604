using Berdaya.Domain.Markets;
using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets;

/// <summary>The program's readiness matrix: partners × channels with filters and counts per channel (evaluators: counts only).</summary>
[Authorize(Roles = ChannelAccess.MatrixReaders)]
public sealed class ReadinessMatrixModel(ProgramScope scope, ReadinessQueries queries, CurrentUser me) : PageModel
{
    /// <summary>The most groups the filter lists at once; a bigger program picks a village first.</summary>
    public const int GroupChoiceLimit = 200;

    [BindProperty(SupportsGet = true)] public Guid? ProgramId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? GroupId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Village { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ChannelId { get; set; }
    [BindProperty(SupportsGet = true)] public ReadinessState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public ProgramPicker Picker { get; private set; } = null!;
    public ReadinessMatrixView View { get; private set; } = null!;

    /// <summary>The groups to filter by (of the program, in the chosen village); null when there are too many to list.</summary>
    public IReadOnlyList<(Guid Id, string Name)>? Groups { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(ProgramId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/markets/readiness");
        View = await queries.MatrixAsync(id, new MatrixFilter(GroupId, Village, ChannelId, State, PageNumber), ct);
        var groups = (await me.GroupsAsync(ct)).Where(g => g.ProgramId == id);
        if (!string.IsNullOrWhiteSpace(Village))
        {
            groups = groups.Where(g => g.VillageCode == Village);
        }

        var listed = await groups.OrderBy(g => g.Name).Take(GroupChoiceLimit + 1).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        Groups = listed.Count > GroupChoiceLimit ? null : [.. listed.Select(g => (g.Id, g.Name))];
    }

    public string PageLink(int page) =>
        $"/markets/readiness?programId={View.ProgramId}&groupId={GroupId}&village={Village}&channelId={ChannelId}&state={State}&p={page}";
}
