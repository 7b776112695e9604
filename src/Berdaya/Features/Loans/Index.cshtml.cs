using Berdaya.Domain.Loans;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

public sealed class IndexModel(LoanQueries queries, CurrentUser me) : PageModel
{
    public const int Take = 200;

    public IReadOnlyList<LoanRow> Loans { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];

    [FromQuery(Name = "status")]
    public LoanStatus? Status { get; set; }

    [FromQuery(Name = "class")]
    public Collectibility? Class { get; set; }

    [FromQuery(Name = "group")]
    public Guid? Group { get; set; }

    /// <summary>Only loans in arrears today (the home page's count links here).</summary>
    [FromQuery(Name = "arrears")]
    public bool Arrears { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A filter that does not parse is ignored rather than answered with an error page.
        Loans = await queries.ListAsync(Group, null, Status, Class, Arrears, Take, ct);
        Groups = (await (await me.GroupsAsync(ct)).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).Take(500).ToListAsync(ct))
            .Select(g => (g.Id, g.Name)).ToList();
    }
}
