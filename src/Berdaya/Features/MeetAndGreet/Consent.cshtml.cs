using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// A partner's place in the directory (docs/domain.md, Meet and Greet): listed or not, the decision form (the partner for themself,
/// the field staff with how it was given), the decisions so far, the trust signals shown beside the entry and the officers' endorsements.
/// </summary>
public sealed class ConsentModel(ConsentQuery query, RecordConsent record, Endorsements endorsements, DirectoryAccess access, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public RecordConsent.Command Consent { get; set; } = new();

    [BindProperty]
    public Endorsements.Command Endorse { get; set; } = new();

    public ConsentView View { get; private set; } = null!;
    public bool MayRecord { get; private set; }
    public bool ByPartner => access.IsPartner;
    public bool MayEndorse => access.MayEndorse;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var current = View.Current is { Decision: ConsentDecision.Given } c ? c : null;
        Consent.Decision = ConsentDecision.Given;
        Consent.Purposes = current?.Purposes.ToList() ?? [DirectoryPurpose.Partners];
        Consent.Fields = current?.Fields.ToList() ?? [DirectoryField.Business, DirectoryField.Products, DirectoryField.Village];
        Consent.DecidedOn = access.Today;
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? photo, CancellationToken ct)
    {
        RecordConsent.Photo? file = null;
        if (photo is { Length: > 0 })
        {
            if (photo.Length > Attachment.DefaultMaxBytes)
            {
                throw new DomainException("file.toolarge", "Photo", ErrorKind.TooLarge, Attachment.DefaultMaxBytes / (1024 * 1024));
            }

            using var stream = new MemoryStream();
            await photo.CopyToAsync(stream, ct);
            file = new RecordConsent.Photo(photo.FileName, stream.ToArray());
        }

        var c = await record.HandleAsync(Id, Consent, file, ct);
        TempData["Flash"] = texts.Get($"consent.saved.{c.Decision}", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/directory");
    }

    public async Task<IActionResult> OnPostEndorseAsync(CancellationToken ct)
    {
        await endorsements.WriteAsync(Id, Endorse, ct);
        TempData["Flash"] = texts.Get("endorsement.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/directory");
    }

    public async Task<IActionResult> OnPostWithdrawEndorsementAsync(Guid endorsementId, CancellationToken ct)
    {
        await endorsements.WithdrawAsync(endorsementId, ct);
        TempData["Flash"] = texts.Get("endorsement.withdrawn", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/directory");
    }

    public string? KeyOf(string field) => field switch
    {
        "Photo" or "File" => "Photo",
        "Text" => "Endorse.Text",
        _ => null,
    };

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await query.HandleAsync(Id, ct);
        MayRecord = access.IsField || access.IsPartner;
    }
}
