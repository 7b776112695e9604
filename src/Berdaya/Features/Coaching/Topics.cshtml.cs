using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Coaching;

/// <summary>The program's training catalogue with each topic's adoption; the office adds topics and sets the comprehension threshold.</summary>
public sealed class TopicsModel(CoachingQueries queries, CoachingAccess access, SaveTopic save, SetThreshold threshold, ProgramScope scope, TextsLocalizer t)
    : PageModel, IFormPage
{
    private string form = nameof(Input);

    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    [BindProperty]
    public SaveTopic.Command Input { get; set; } = new();

    [BindProperty]
    public SetThreshold.Command Settings { get; set; } = new();

    public IReadOnlyList<CoachingQueries.Topic> Topics { get; private set; } = [];
    public ProgramPicker Picker { get; private set; } = null!;
    public bool MayEdit => access.MayManageCatalogue;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Settings.UnderstoodThreshold = await access.ThresholdAsync(Picker.Selected, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        access.RequireOffice();
        Input.ProgramId = ProgramId;
        await save.AddAsync(Input, ct);
        TempData["Flash"] = t["training.saved"].Value;
        return Redirect($"/trainings/topics?programId={await access.ProgramAsync(ProgramId, ct)}");
    }

    public async Task<IActionResult> OnPostThresholdAsync(CancellationToken ct)
    {
        form = nameof(Settings);
        access.RequireOffice();
        Settings.ProgramId = ProgramId;
        await threshold.HandleAsync(Settings, ct);
        TempData["Flash"] = t["training.saved"].Value;
        return Redirect($"/trainings/topics?programId={await access.ProgramAsync(ProgramId, ct)}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    public string? KeyOf(string field) => form + "." + field;

    private async Task LoadAsync(CancellationToken ct)
    {
        Topics = await queries.TopicsAsync(ProgramId, ct);
        var program = await access.ProgramAsync(ProgramId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), program, "/trainings/topics");
    }
}
