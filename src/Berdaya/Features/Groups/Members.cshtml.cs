using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Groups;

public sealed class MembersModel(SetGroupMembers.Handler handler, GroupQueries queries, GroupAccess access, Texts texts) : PageModel
{
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

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Rows = MemberRows.Build(await CandidatesAsync(ct), Group.Members.Select(m => new MemberRow { PartnerId = m.PartnerId, Selected = true, Role = m.Role }).ToList(), Group.Id, Group.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!access.MayWrite)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var (members, map) = MemberRows.Selected(Input.Rows);
            try
            {
                await handler.HandleAsync(new SetGroupMembers.Command(id, members), ct);
                TempData["Flash"] = texts.Get("groups.saved", CultureInfo.CurrentUICulture);
                return Redirect($"/groups/{id}");
            }
            catch (DomainException ex)
            {
                if (PageOutcome.Handle(this, ex, texts, "Input", PageOutcome.RowMap("Members", "Rows", map)) is { } result)
                {
                    return result;
                }
            }
        }

        Rows = MemberRows.Build(await CandidatesAsync(ct), Input.Rows, Group.Id, Group.Name);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Group = await queries.DetailAsync(id, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }

    /// <summary>The current members first, then the other partners of the group's village.</summary>
    private async Task<IEnumerable<PartnerChoice>> CandidatesAsync(CancellationToken ct)
    {
        var village = await queries.PartnerChoicesAsync(Group.ProgramId, Group.VillageCode, ct);
        var current = Group.Members.Select(m => new PartnerChoice(m.PartnerId, m.OwnerName, m.BusinessName, Group.VillageCode, Group.Name));
        return current.Concat(village.Where(v => Group.Members.All(m => m.PartnerId != v.Id)));
    }
}
