using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>Edits one topic of the catalogue (the office's).</summary>
public sealed class TopicModel(AppDbContext db, CoachingAccess access, SaveTopic save, TextsLocalizer t) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SaveTopic.Command Input { get; set; } = new();

    public string Code { get; private set; } = "";
    public Guid ProgramId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var topic = await LoadAsync(ct);
        Input = new SaveTopic.Command { Name = topic.Name, Need = topic.Need, Evidence = topic.Evidence, AdoptionWeeks = topic.AdoptionWeeks };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var topic = await save.UpdateAsync(Id, Input, ct);
        TempData["Flash"] = t["training.saved"].Value;
        return Redirect($"/trainings/topics?programId={topic.ProgramId}");
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => await LoadAsync(ct);

    private async Task<Domain.Coaching.TrainingTopic> LoadAsync(CancellationToken ct)
    {
        access.RequireOffice();
        var topic = await db.TrainingTopics.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, ct)
            ?? throw new DomainException("training.topic.notfound", "Id", ErrorKind.NotFound);
        await access.User.RequireProgramAsync(topic.ProgramId, ct);
        Code = topic.Code;
        ProgramId = topic.ProgramId;
        return topic;
    }
}
