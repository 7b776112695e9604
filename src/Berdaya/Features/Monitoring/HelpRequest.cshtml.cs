using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

public sealed class HelpRequestModel(MonitoringQueries queries, MonitoringAccess access, CloseHelpRequest close, AddFollowUp add, FollowUpOwners owners,
    AppDbContext db, Texts texts) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public CloseHelpRequest.Command Close { get; set; } = new();

    [BindProperty]
    public AddFollowUp.Command FollowUp { get; set; } = new();

    public MonitoringQueries.HelpItem Help { get; private set; } = null!;

    public IReadOnlyList<MonitoringQueries.FollowUpItem> FollowUps { get; private set; } = [];

    public List<FollowUpOwners.OwnerChoice> Owners { get; private set; } = [];

    public bool IsStaff => access.IsStaff;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        await close.HandleAsync(Id, Close, ct);
        TempData["Flash"] = texts.Get("monitoring.help.closed", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect($"/help/{Id}");
    }

    public async Task<IActionResult> OnPostFollowUpAsync(CancellationToken ct)
    {
        await add.HandleAsync(Id, FollowUp, ct);
        TempData["Flash"] = texts.Get("monitoring.followup.added", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect($"/help/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Help = await queries.HelpRequestAsync(Id, ct);
        FollowUps = (await queries.FollowUpsAsync(null, Help.PartnerId, false, false, ct)).Where(f => f.HelpRequestId == Id).ToList();
        if (IsStaff)
        {
            var program = await db.HelpRequests.Where(h => h.Id == Id).Select(h => h.ProgramId).SingleAsync(ct);
            Owners = await owners.OptionsAsync(program, [(Help.PartnerId, Help.PartnerName)], ct);
        }
    }
}
