using Berdaya.Data;
using Berdaya.Domain.Proposals;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Home;

/// <summary>The start page: counts of what the user may see, each a link to its list.</summary>
public sealed class IndexModel(CurrentUser me, AppDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public List<Tile> Tiles { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var id = me.RequiredId;
        DisplayName = await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? me.Name ?? "";
        if (me.IsPartner)
        {
            var scope = await me.ScopeAsync(ct);
            if (scope.PartnerId is { } pid)
            {
                return Redirect($"/partners/{pid}");
            }
        }

        var partners = await me.PartnersAsync(ct);
        var groups = await me.GroupsAsync(ct);
        var groupIds = groups.Select(g => g.Id);
        Tiles.Add(new Tile("home.partners", "/partners", await partners.CountAsync(ct)));
        Tiles.Add(new Tile("home.groups", "/groups", await groups.CountAsync(ct)));
        if (me.MayRegister)
        {
            Tiles.Add(new Tile("home.socializations", "/socializations", await (await me.SocializationsAsync(ct)).CountAsync(ct)));
        }

        Tiles.Add(new Tile("home.proposals.open", "/proposals",
            await db.Proposals.CountAsync(p => groupIds.Contains(p.GroupId) && p.Status != ProposalStatus.Decided, ct)));
        return Page();
    }

    public sealed record Tile(string Label, string Href, int Count);
}
