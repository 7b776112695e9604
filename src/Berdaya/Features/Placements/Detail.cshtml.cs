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
        Deliver.DeliveredOn = Report.ReportedOn = Pay.PaidOn = access.Today;
        Deliver.Lines = [new RecordDelivery.Line { Product = Detail.Placement.Products }];
        Pad();
        return Page();
    }

    public Task<IActionResult> OnPostDeliverAsync([FromServices] RecordDelivery handler, CancellationToken ct) =>
        RunAsync(() => handler.HandleAsync(Id, Deliver, ct), "placements.delivered", ct);

    public Task<IActionResult> OnPostReportAsync([FromServices] RecordSalesReport handler, CancellationToken ct) =>
        RunAsync(() => handler.HandleAsync(Id, Report, ct), "placements.reported", ct);

    public Task<IActionResult> OnPostPayAsync([FromServices] RecordPlacementPayment handler, CancellationToken ct) =>
        RunAsync(() => handler.HandleAsync(Id, Pay, ct), "placements.paid", ct);

    public Task<IActionResult> OnPostEndAsync([FromServices] EndPlacement handler, CancellationToken ct) =>
        RunAsync(() => handler.HandleAsync(Id, End, ct), "placements.endedsaved", ct);

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        await LoadAsync(ct);
        Pad();
    }

    private async Task<IActionResult> RunAsync(Func<Task> action, string saved, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            Pad();
            return Page();
        }

        await action();
        TempData["Flash"] = texts.Get(saved, CultureInfo.CurrentUICulture);
        return Redirect($"/placements/{Id}");
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
