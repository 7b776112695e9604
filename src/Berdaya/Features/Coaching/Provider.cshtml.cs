using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Berdaya.Features.Coaching;

/// <summary>A provider's page: its sessions over time with their comprehension and adoption, flagged ones marked; the office edits it here.</summary>
public sealed class ProviderModel(CoachingQueries queries, CoachingAccess access, SaveProvider save, AppDbContext db, TextsLocalizer t) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SaveProvider.Command Input { get; set; } = new();

    public CoachingQueries.ProviderDetails Details { get; private set; } = null!;
    public List<SelectListItem> Partners { get; private set; } = [];
    public bool MayEdit => access.MayManageCatalogue;

    /// <summary>
    /// A flagged session as a WhatsApp message for the provider, in Bahasa Indonesia and without names (a wa.me link:
    /// the sender picks the chat; nothing is sent by the app).
    /// </summary>
    public string WhatsAppLink(CoachingQueries.FlaggedSession f) => "https://wa.me/?text=" + Uri.EscapeDataString(Message(f, Details.Threshold));

    public static string Message(CoachingQueries.FlaggedSession f, decimal threshold)
    {
        var id = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
        var s = f.Session;
        var hard = f.Answers.Select(a => a.Hard).Where(h => !string.IsNullOrWhiteSpace(h)).Distinct().ToList();
        var lines = new List<string>
        {
            $"Umpan balik pelatihan {s.Topic}, {s.HeldOn.ToString("d MMMM yyyy", id)}, {s.Place}.",
            $"Rata-rata paham {s.AverageUnderstood?.ToString("0.0", id) ?? "–"} dan bisa menerapkan {s.AverageCanApply?.ToString("0.0", id) ?? "–"} dari 5 ({f.Answers.Count} jawaban); batas program {threshold.ToString("0.0", id)}.",
        };
        if (hard.Count > 0)
        {
            lines.Add("Yang sulit menurut peserta: " + string.Join("; ", hard) + ".");
        }

        lines.Add("Mohon masukan untuk sesi berikutnya. Terima kasih.");
        return string.Join("\n", lines);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var p = Details.Provider;
        Input = new SaveProvider.Command { Kind = p.Kind, Name = p.Name, Contact = p.Contact, Teaches = p.Teaches, PartnerId = p.PartnerId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await save.UpdateAsync(Id, Input, ct);
        TempData["Flash"] = t["training.saved"].Value;
        return Redirect($"/trainings/providers/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await queries.ProviderAsync(Id, ct);
        if (MayEdit)
        {
            Partners = await ProvidersModel.PartnerChoicesAsync(db, access, Details.Provider.ProgramId, ct);
        }
    }
}
