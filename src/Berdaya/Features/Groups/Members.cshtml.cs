using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Groups;

public sealed class MembersModel(SetGroupMembers.Handler handler, GroupQueries queries, GroupAccess access, Texts texts) : PageModel, IFormPage
{
    private List<int> rowOfMember = [];

    [BindProperty]
    public GroupForm Input { get; set; } = new();

    public GroupDetail Group { get; private set; } = null!;
    public List<MemberRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!access.MayWrite)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Group = await queries.DetailAsync(id, ct);
        Rows = MemberRows.Build(await CandidatesAsync(ct), Group.Members.Select(m => new MemberRow { PartnerId = m.PartnerId, Selected = true, Role = m.Role }).ToList(), Group.Id, Group.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!access.MayWrite)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Group = await queries.DetailAsync(id, ct);
        if (!ModelState.IsValid)
        {
            await LoadRowsAsync(ct);
            return Page();
        }

        (var members, rowOfMember) = MemberRows.Selected(Input.Rows);
        await handler.HandleAsync(new SetGroupMembers.Command(id, members), ct);
        TempData["Flash"] = texts.Get("groups.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/groups/{id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadRowsAsync(ct);

    public string? KeyOf(string field) => RowMap.KeyOf(field, "Members", "Input.Rows", rowOfMember);

    private async Task LoadRowsAsync(CancellationToken ct) =>
        Rows = MemberRows.Build(await CandidatesAsync(ct), Input.Rows, Group.Id, Group.Name);

    /// <summary>The current members first, then the other partners of the group's village.</summary>
    private async Task<IEnumerable<PartnerChoice>> CandidatesAsync(CancellationToken ct)
    {
        var village = await queries.PartnerChoicesAsync(Group.ProgramId, Group.VillageCode, Group.Id, MemberRows.Posted(Input.Rows), ct);
        var current = Group.Members.Select(m => new PartnerChoice(m.PartnerId, m.OwnerName, m.BusinessName, Group.VillageCode, Group.Name));
        return current.Concat(village.Where(v => Group.Members.All(m => m.PartnerId != v.Id)));
    }
}
