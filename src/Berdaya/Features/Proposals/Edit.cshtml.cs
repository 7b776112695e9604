using Berdaya.Domain.Common;
using Berdaya.Features.Groups;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Proposals;

public sealed class EditModel(UpdateProposal.Handler handler, ProposalQueries queries, GroupQueries groups, ProposalAccess access, Texts texts) : PageModel, IFormPage
{
    private List<int> rowOfItem = [];

    [BindProperty]
    public DraftForm Input { get; set; } = new();

    public ProposalDetail Proposal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        var group = await groups.DetailAsync(Proposal.GroupId, ct);
        Input.BusinessPlan = Proposal.BusinessPlan;
        Input.Rows = group.Members.Select(m =>
        {
            var item = Proposal.Items.FirstOrDefault(i => i.PartnerId == m.PartnerId);
            return new DraftRow { PartnerId = m.PartnerId, OwnerName = m.OwnerName, Amount = item?.RequestedAmount, Purpose = item?.Purpose };
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (var items, rowOfItem) = Input.Items();
        await handler.HandleAsync(new UpdateProposal.Command(id, Input.BusinessPlan, items), ct);
        TempData["Flash"] = ProposalQueries.SavedMessage(Input, texts);
        return Redirect($"/proposals/{id}");
    }

    public string? KeyOf(string field) => RowMap.KeyOf(field, "Items", "Input.Rows", rowOfItem);

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Proposal = await queries.DetailAsync(id, ct);
        Input.Cap = Proposal.MaxLoanPerPartner;
        // Editors may open a proposal that is no longer a draft: saving then explains why it cannot change.
        return await access.MayEditAsync(Proposal.GroupId, ct) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
