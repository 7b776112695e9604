using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.CashBook;

/// <summary>Reverses one mistaken line with a reason (docs/domain.md, Cash book): the line stays, a counter-line undoes it.</summary>
public sealed class ReverseModel(ReverseCashLine reverse, CashBookAccess access, AppDbContext db, Texts texts) : PageModel, IFormPage
{
    [BindProperty]
    public ReverseCashLine.Command Input { get; set; } = new();

    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid LineId { get; set; }

    public CashBookOwner Owner { get; private set; } = null!;

    public CashLine Line { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var counter = await reverse.HandleAsync(Id, LineId, Input, ct);
        TempData["Flash"] = texts.Get("cashbook.reversed.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/cashbook?month={counter.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Owner = await access.RequireAsync(Id, ct);
        Line = await db.CashLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == LineId && l.PartnerId == Owner.Id && l.ReversalOfId == null, ct)
               ?? throw new DomainException("cashbook.line.notfound", "LineId", ErrorKind.NotFound);
    }
}
