using System.Globalization;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.CashBook;

/// <summary>
/// A day of the cash book in one short form: the date and a few rows (category, amount, note; a sale may fold open a group
/// product, quantity and unit); empty rows are left out.
/// </summary>
public sealed class DayModel(RecordCashDay record, CashBookAccess access, CashBookQueries queries, Texts texts, TimeProvider clock) : PageModel, IFormPage
{
    /// <summary>The rows a new day starts with, in the order a day's money usually goes.</summary>
    public static readonly CashCategory[] StartRows =
        [CashCategory.Sales, CashCategory.RawMaterial, CashCategory.Packaging, CashCategory.Wages, CashCategory.Installment, CashCategory.Household];

    [BindProperty]
    public RecordCashDay.Command Input { get; set; } = new();

    public CashBookOwner Owner { get; private set; } = null!;

    /// <summary>The products of the partner's group a sale may name; none, no product fields.</summary>
    public IReadOnlyList<(Guid Id, string Name)> GroupProducts { get; private set; } = [];

    [FromRoute]
    public Guid Id { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Owner = await access.RequireAsync(Id, ct);
        GroupProducts = await queries.GroupProductsAsync(Id, ct);
        Input.Date = clock.Today();
        Input.Rows = StartRows.Select(c => new RecordCashDay.Row { Category = c }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Owner = await access.RequireAsync(Id, ct);
        var day = await record.HandleAsync(Id, Input, ct);
        TempData["Flash"] = texts.Format("cashbook.day.saved", CultureInfo.CurrentUICulture, day.LineIds.Count);
        return Redirect($"/partners/{Id}/cashbook?month={day.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        Owner = await access.RequireAsync(Id, ct);
        GroupProducts = await queries.GroupProductsAsync(Id, ct);
    }
}
