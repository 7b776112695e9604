using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Berdaya.Web.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Groups;

public sealed class NewModel(CreateGroup.Handler handler, GroupQueries queries, GroupAccess access, CurrentUser me, RegionDirectory regions, Texts texts, TimeProvider clock) : PageModel, IFormPage
{
    private List<int> rowOfMember = [];

    [BindProperty]
    public GroupForm Input { get; set; } = new();

    public List<MemberRow> Rows { get; private set; } = [];
    public IReadOnlyList<UserChoice> Facilitators { get; private set; } = [];
    public bool ChooseFacilitator => !(me.IsFacilitator && !me.IsOfficer && !me.IsAdmin);
    public string? VillageName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? village, CancellationToken ct)
    {
        if (!access.MayWrite)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Input.VillageCode = village;
        Input.FormedOn = clock.Today();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Reloads the candidate partners for the chosen village without saving.</summary>
    public async Task<IActionResult> OnPostCandidatesAsync(CancellationToken ct)
    {
        if (!access.MayWrite)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!access.MayWrite)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        (var members, rowOfMember) = MemberRows.Selected(Input.Rows);
        var id = await handler.HandleAsync(new CreateGroup.Command(Input.Name, Input.FormedOn, Input.VillageCode, Input.FacilitatorUserId, members), ct);
        TempData["Flash"] = texts.Get("groups.saved", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect($"/groups/{id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    public string? KeyOf(string field) => RowMap.KeyOf(field, "Members", "Input.Rows", rowOfMember);

    private async Task LoadAsync(CancellationToken ct)
    {
        var program = await me.DefaultProgramAsync(ct);
        var candidates = program is { } p && !string.IsNullOrWhiteSpace(Input.VillageCode)
            ? await queries.PartnerChoicesAsync(p, Input.VillageCode, null, MemberRows.Posted(Input.Rows), ct)
            : [];
        Rows = MemberRows.Build(candidates, Input.Rows);
        Facilitators = ChooseFacilitator ? await queries.FacilitatorsAsync(ct) : [];
        VillageName = string.IsNullOrWhiteSpace(Input.VillageCode) ? null : (await regions.DescribeAsync(Input.VillageCode.Trim(), ct)) is { } v ? $"{v.Name}, {v.Path}" : null;
    }
}

public sealed class GroupForm
{
    public string? Name { get; set; }
    public DateOnly? FormedOn { get; set; }
    public string? VillageCode { get; set; }
    public string? FacilitatorUserId { get; set; }
    public List<MemberRow> Rows { get; set; } = [];
}
