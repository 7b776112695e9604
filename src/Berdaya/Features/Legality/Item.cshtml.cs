using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Legality;

/// <summary>One licence: its facts and history, the staff's form for its state, the upload, and renewal or a Halal change where they apply.</summary>
public sealed class ItemModel(LegalityQueries queries, Texts texts) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    public LegalityItemDetail Detail { get; private set; } = null!;

    public LegalityKind KindValue => LegalityAccess.KindOf(Kind);

    [BindProperty]
    public RecordLegality.Command Record { get; set; } = new();

    [BindProperty]
    public RenewTrademark.Command Renew { get; set; } = new();

    [BindProperty]
    public EndHalalByChange.Command Change { get; set; } = new();

    /// <summary>The states staff may choose (expired is never chosen: it follows from dates or a change).</summary>
    public static readonly LegalityState[] Choices =
        [LegalityState.NotStarted, LegalityState.Preparing, LegalityState.Applied, LegalityState.Granted, LegalityState.Rejected];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var i = Detail.Item;
        Record = new RecordLegality.Command
        {
            State = i.State == LegalityState.Expired ? LegalityState.Preparing : i.State,
            Number = i.Number,
            AppliedOn = i.AppliedOn,
            GrantedOn = i.GrantedOn,
            ExpiresOn = i.ExpiresOn,
            IssuingOffice = i.IssuingOffice,
        };
        return Page();
    }

    public Task<IActionResult> OnPostRecordAsync([FromServices] RecordLegality handler, CancellationToken ct) =>
        RunAsync(() => handler.HandleAsync(Id, KindValue, Record, ct), "legality.saved", ct);

    public Task<IActionResult> OnPostRenewAsync([FromServices] RenewTrademark handler, CancellationToken ct) =>
        RunAsync(() => handler.HandleAsync(Id, KindValue, Renew, ct), "legality.saved", ct);

    public Task<IActionResult> OnPostChangeAsync([FromServices] EndHalalByChange handler, CancellationToken ct) =>
        RunAsync(() => handler.HandleAsync(Id, KindValue, Change, ct), "legality.saved", ct);

    public Task<IActionResult> OnPostUploadAsync(IFormFile? file, [FromServices] UploadLegalityDocument handler, CancellationToken ct) =>
        RunAsync(() => handler.HandleAsync(Id, KindValue, file, ct), "legality.uploaded", ct);

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, string saved, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        await action();
        TempData["Flash"] = texts.Get(saved, CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/legality/{Kind}");
    }

    private async Task LoadAsync(CancellationToken ct) => Detail = await queries.ItemAsync(Id, KindValue, ct);
}
