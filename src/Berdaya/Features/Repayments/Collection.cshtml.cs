using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Repayments;

/// <summary>The treasurer's monthly sheet on a phone: one amount per member, prefilled with what is due, posted all at once.</summary>
public sealed class CollectionModel(CollectionSheetQuery query, PostCollectionSheet.Handler handler, CurrentUser me, CollectionAccess access, Texts texts, TimeProvider clock) : PageModel, IFormPage
{
    private readonly List<int> rowOfLine = [];

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty]
    public SheetForm Input { get; set; } = new();

    public CollectionSheetView Sheet { get; private set; } = null!;

    /// <summary>Why a user who sees the group may not collect for it (shown with the 403).</summary>
    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        Input = new SheetForm
        {
            Key = FormKey.New(),
            PaidOn = clock.Today(),
            Channel = PaymentChannel.Cash,
            Rows = Sheet.Lines.Select(l => new SheetRow
            {
                LoanId = l.LoanId,
                Amount = l.TotalDue > 0 ? l.TotalDue.ToString("0", CultureInfo.InvariantCulture) : null,
            }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var lines = new List<PostCollectionSheet.Line>();
        for (var i = 0; i < Input.Rows.Count; i++)
        {
            if (!AmountText.TryParse(Input.Rows[i].Amount, out var amount))
            {
                ModelState.AddModelError($"Input.Rows[{i}].Amount", texts.Get("error.collection.amount.number", CultureInfo.CurrentUICulture));
                continue;
            }

            lines.Add(new PostCollectionSheet.Line(Input.Rows[i].LoanId, amount));
            rowOfLine.Add(i);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await handler.HandleAsync(id, new PostCollectionSheet.Command(Sheet.Month, Input.PaidOn ?? default, Input.Channel,
            Input.Reference, lines, FormKey.Checked(Input.Key)), me.RequiredId, ct);
        TempData["Flash"] = texts.Format("repayments.posted.flash", CultureInfo.CurrentUICulture, result.Payments, result.Total,
            string.Join(", ", result.Receipts.Select(r => r.ReceiptNumber)));
        return Redirect($"/groups/{id}/collection?month={result.Month}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        if (FormKey.IsReused(refusal))
        {
            Input.Key = FormKey.New();
        }

        return Task.CompletedTask;
    }

    public string? KeyOf(string field) => RowMap.KeyOf(field, "Lines", "Input.Rows", rowOfLine);

    /// <summary>The sheet, or the answer when the group is out of scope (404) or the user may not collect (403, with the reason).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.PageRefusalAsync(id, Month, ct) is { } reason)
        {
            Refused = reason;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Sheet = await query.SheetAsync(id, Month, ct);
        return null;
    }
}

public sealed class SheetForm
{
    /// <summary>The opened sheet's key (<see cref="FormKey"/>): pressing "post" twice posts the sheet once.</summary>
    public string? Key { get; set; }

    public DateOnly? PaidOn { get; set; }
    public PaymentChannel Channel { get; set; } = PaymentChannel.Cash;
    public string? Reference { get; set; }
    public List<SheetRow> Rows { get; set; } = [];
}

public sealed class SheetRow
{
    public Guid LoanId { get; set; }

    /// <summary>As typed: "150.000" or "150000"; read by <see cref="AmountText"/>.</summary>
    public string? Amount { get; set; }
}
