using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Close;

/// <summary>The last closes with their progress, and a close on demand (docs/domain.md, Daily close), for the program office.</summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.ProgramOfficer)]
public sealed class IndexModel(DailyCloseQueries queries, DailyCloseStarter starter, CurrentUser me, TimeProvider clock) : PageModel, IFormPage
{
    [BindProperty]
    public DateOnly BusinessDate { get; set; }

    public List<CloseView> Closes { get; private set; } = [];

    public bool Running => Closes.Any(c => c.Status == DailyCloseStatus.Running);

    public DateOnly Today => clock.Today();

    public async Task OnGetAsync(CancellationToken ct)
    {
        BusinessDate = RunDailyClose.Yesterday(clock);
        Closes = await queries.RecentAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Closes = await queries.RecentAsync(ct);
            return Page();
        }

        await starter.StartAsync(BusinessDate, me.RequiredId, ct);
        return RedirectToPage();
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => Closes = await queries.RecentAsync(ct);
}
