using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Placements;

/// <summary>One placement: deliveries, sales reports, payments and the balance, with a form for each, usable on a phone.</summary>
public sealed class DetailModel(PlacementQueries queries, PlacementAccess access, Texts texts) : PageModel, IFormPage
{
    public const int DeliveryRows = 3;

    private string? _posted;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PlacementDetail Detail { get; private set; } = null!;

    [BindProperty]
    public RecordDelivery.Command Deliver { get; set; } = new();

    [BindProperty]
    public RecordSalesReport.Command Report { get; set; } = new();

    [BindProperty]
    public RecordPlacementPayment.Command Pay { get; set; } = new();

    [BindProperty]
    public EndPlacement.Command End { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Prefill(posted: null);
        Pad();
        return Page();
    }

    public Task<IActionResult> OnPostDeliverAsync([FromServices] RecordDelivery handler, CancellationToken ct) =>
        RunAsync(nameof(Deliver), () => handler.HandleAsync(Id, Deliver, ct), "placements.delivered");

    public Task<IActionResult> OnPostReportAsync([FromServices] RecordSalesReport handler, CancellationToken ct) =>
        RunAsync(nameof(Report), () => handler.HandleAsync(Id, Report, ct), "placements.reported");

    public Task<IActionResult> OnPostPayAsync([FromServices] RecordPlacementPayment handler, CancellationToken ct) =>
        RunAsync(nameof(Pay), () => handler.HandleAsync(Id, Pay, ct), "placements.paid");

    public Task<IActionResult> OnPostEndAsync([FromServices] EndPlacement handler, CancellationToken ct) =>
        RunAsync(nameof(End), () => handler.HandleAsync(Id, End, ct), "placements.endedsaved");

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        await LoadAsync(ct);
        Prefill(_posted);
        Pad();
    }

    /// <summary>
    /// Runs the posted form's handler even when a value could not be read: the page filter makes it a trial run, so every
    /// mistake of the form is shown at once (decision 0013).
    /// </summary>
    private async Task<IActionResult> RunAsync(string form, Func<Task> action, string saved)
    {
        _posted = form;
        await action();
        TempData["Flash"] = texts.Get(saved, CultureInfo.CurrentUICulture);
        return Redirect($"/placements/{Id}");
    }

    /// <summary>The forms not posted start as on a fresh page (today, the placement's product); the posted one keeps what was entered.</summary>
    private void Prefill(string? posted)
    {
        if (posted != nameof(Deliver))
        {
            Deliver.DeliveredOn = access.Today;
            Deliver.Lines = [new RecordDelivery.Line { Product = Detail.Placement.Products }];
        }

        if (posted != nameof(Report))
        {
            Report.ReportedOn = access.Today;
        }

        if (posted != nameof(Pay))
        {
            Pay.PaidOn = access.Today;
        }
    }

    private void Pad()
    {
        while (Deliver.Lines.Count < DeliveryRows)
        {
            Deliver.Lines.Add(new RecordDelivery.Line());
        }
    }

    private async Task LoadAsync(CancellationToken ct) => Detail = await queries.DetailAsync(Id, ct);
}
