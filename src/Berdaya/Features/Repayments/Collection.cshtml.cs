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

/// <summary>A line of the review step: what the confirmation will post for one member, and how far it is from what they owe.</summary>
public sealed record ReviewLine(SheetLine Line, decimal Amount)
{
    public decimal Shortfall => Math.Max(0, Line.TotalDue - Amount);
}

/// <summary>
/// The treasurer's monthly sheet on a phone. Each row starts empty beside what the member owes; the treasurer
/// enters what was paid (or ticks "paid in full"), reviews the rows with amounts and their total, and only the
/// confirmation posts them, all at once (docs/domain.md, Allocation).
/// </summary>
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

    /// <summary>The review step's lines (null while the sheet is being filled in).</summary>
    public IReadOnlyList<ReviewLine>? Review { get; private set; }

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
            Rows = Sheet.Lines.Select(l => new SheetRow { LoanId = l.LoanId }).ToList(),
        };
        return Page();
    }

    /// <summary>"Post": the rows with amounts and their total, checked as posting would check them; nothing is written.</summary>
    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (ReadLines() is not { } lines)
        {
            return Page();
        }

        var posting = await handler.CheckAsync(id, Command(lines), ct);
        var byLoan = Sheet.Lines.ToDictionary(l => l.LoanId);
        Review = posting.Select(p => new ReviewLine(byLoan[p.LoanId], p.Amount)).ToList();

        // The confirmation posts exactly the amounts reviewed: a ticked "paid in full" is now its amount. Every row
        // could be read, so the lines are the rows in order.
        for (var i = 0; i < Input.Rows.Count; i++)
        {
            var amount = lines[i].Amount;
            Input.Rows[i].Amount = amount is > 0 ? amount.Value.ToString("0", CultureInfo.InvariantCulture) : null;
            Input.Rows[i].Full = false;
        }

        ModelState.Clear();
        return Page();
    }

    /// <summary>"Change": back from the review to the sheet, with what was entered.</summary>
    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The confirmation: posts the reviewed rows, every one or none, once for the sheet's key.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (ReadLines() is not { } lines)
        {
            return Page();
        }

        var result = await handler.HandleAsync(id, Command(lines), me.RequiredId, ct);
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

    /// <summary>A line's field beside its row; the sheet's own fields (the date, "at least one payment") beside the form's, whichever handler ran.</summary>
    public string? KeyOf(string field) =>
        RowMap.KeyOf(field, "Lines", "Input.Rows", rowOfLine)
        ?? (field == "Lines" || typeof(SheetForm).GetProperty(field.Split('.', '[')[0]) is not null ? "Input." + field : null);

    private PostCollectionSheet.Command Command(List<PostCollectionSheet.Line> lines) =>
        new(Sheet.Month, Input.PaidOn ?? default, Input.Channel, Input.Reference, lines, FormKey.Checked(Input.Key));

    /// <summary>
    /// Each row as a line: the amount typed, else the member's whole amount due when "paid in full" is ticked, else
    /// nothing (an empty row posts nothing). Null, with the rows named, when an amount cannot be read.
    /// </summary>
    private List<PostCollectionSheet.Line>? ReadLines()
    {
        var due = Sheet.Lines.ToDictionary(l => l.LoanId, l => l.TotalDue);
        var lines = new List<PostCollectionSheet.Line>();
        rowOfLine.Clear();
        for (var i = 0; i < Input.Rows.Count; i++)
        {
            var row = Input.Rows[i];
            if (!AmountText.TryParse(row.Amount, out var amount))
            {
                ModelState.AddModelError($"Input.Rows[{i}].Amount", texts.Get("error.collection.amount.number", CultureInfo.CurrentUICulture));
                continue;
            }

            if (amount is null && row.Full && due.TryGetValue(row.LoanId, out var whole) && whole > 0)
            {
                amount = whole;
            }

            lines.Add(new PostCollectionSheet.Line(row.LoanId, amount));
            rowOfLine.Add(i);
        }

        return ModelState.IsValid ? lines : null;
    }

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

    /// <summary>As typed: "150.000" or "150000"; read by <see cref="AmountText"/>. Empty posts nothing.</summary>
    public string? Amount { get; set; }

    /// <summary>"Paid in full": with no amount typed, the member's whole amount due (this month and arrears).</summary>
    public bool Full { get; set; }
}
