using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Features.Proposals;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Surveys;

/// <summary>The survey of one member of a proposal: officers record it once; afterwards it is shown.</summary>
public sealed class SurveyModel(RecordSurvey.Handler handler, ProposalQueries queries, ProposalAccess access, CurrentUser me, Texts texts, Data.AppDbContext db) : PageModel, IFormPage
{
    [BindProperty]
    public SurveyForm Input { get; set; } = new();

    public ProposalDetail Proposal { get; private set; } = null!;
    public ItemDto Item { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Name)> Aspects { get; private set; } = [];
    /// <summary>The officer's name as the proposal history shows it, not their login email.</summary>
    public string OfficerName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid partnerId, CancellationToken ct)
    {
        if (await LoadAsync(id, partnerId, ct) is { } denied)
        {
            return denied;
        }

        Input.SurveyedOn = access.Today;
        Input.RecommendedAmount = Item.RequestedAmount;
        var declared = await db.Partners.Where(p => p.Id == partnerId).Select(p => new { p.NetAssets, p.YearlySales, p.Employees }).FirstAsync(ct);
        Input.BaselineAssets = declared.NetAssets;
        Input.BaselineTurnover = Domain.Impact.ImpactMath.QuarterOfYear(declared.YearlySales);
        Input.BaselineEmployees = declared.Employees;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid partnerId, List<IFormFile>? photos, CancellationToken ct)
    {
        if (await LoadAsync(id, partnerId, ct) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var files = new List<RecordSurvey.Photo>();
        foreach (var photo in photos ?? [])
        {
            files.Add(new RecordSurvey.Photo(photo.FileName, await AddProposalAttachment.ReadAsync(photo, ct)));
        }

        await handler.HandleAsync(id, new RecordSurvey.Command(partnerId, Input.SurveyedOn,
            Input.Scores.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!.Value), Input.Notes, Input.RecommendedAmount,
            Input.BaselineAssets, Input.BaselineTurnover, Input.BaselineEmployees), files, me.RequiredId, ct);
        TempData["Flash"] = texts.Get("proposals.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/proposals/{id}");
    }

    /// <summary>A photo's message goes beside the photos input.</summary>
    public string? KeyOf(string field) => field == "File" ? "Input.Photos" : field.StartsWith("Photos[", StringComparison.Ordinal) ? "Input." + field : null;

    /// <summary>Officers and administrators only (others 403); unknown or out-of-scope proposals 404.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, Guid partnerId, CancellationToken ct)
    {
        if (!access.IsOfficer)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Proposal = await queries.DetailAsync(id, ct);
        var item = Proposal.Items.FirstOrDefault(i => i.PartnerId == partnerId);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        Aspects = await queries.AspectsAsync(Proposal.ProgramId, ct);
        var userId = me.RequiredId;
        OfficerName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) is { Length: > 0 } name ? name : me.Name ?? "";
        return null;
    }
}

public sealed class SurveyForm
{
    public DateOnly? SurveyedOn { get; set; }
    public Dictionary<string, int?> Scores { get; set; } = [];
    public string? Notes { get; set; }
    public decimal? RecommendedAmount { get; set; }
    public decimal? BaselineAssets { get; set; }
    public decimal? BaselineTurnover { get; set; }
    public int? BaselineEmployees { get; set; }
}
