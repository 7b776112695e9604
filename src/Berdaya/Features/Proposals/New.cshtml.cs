using Berdaya.Domain.Common;
using Berdaya.Features.Groups;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Proposals;

public sealed class NewModel(CreateProposal.Handler handler, GroupQueries groups, ProposalQueries proposals, ProposalAccess access, CurrentUser me, Texts texts) : PageModel, IFormPage
{
    private List<int> rowOfItem = [];

    [BindProperty]
    public DraftForm Input { get; set; } = new();

    public GroupDetail Group { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid groupId, CancellationToken ct)
    {
        if (await LoadAsync(groupId, ct) is { } denied)
        {
            return denied;
        }

        Input.Rows = Group.Members.Select(m => new DraftRow { PartnerId = m.PartnerId, OwnerName = m.OwnerName }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid groupId, CancellationToken ct)
    {
        if (await LoadAsync(groupId, ct) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (var items, rowOfItem) = Input.Items();
        var id = await handler.HandleAsync(new CreateProposal.Command(groupId, Input.BusinessPlan, items), me.RequiredId, ct);
        TempData["Flash"] = ProposalQueries.SavedMessage(Input, texts);
        return Redirect($"/proposals/{id}");
    }

    public string? KeyOf(string field) => RowMap.KeyOf(field, "Items", "Input.Rows", rowOfItem);

    private async Task<IActionResult?> LoadAsync(Guid groupId, CancellationToken ct)
    {
        Group = await groups.DetailAsync(groupId, ct);
        Input.Cap = await proposals.CapAsync(Group.ProgramId, ct);
        return await access.MayEditAsync(groupId, ct) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
