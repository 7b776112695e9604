using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// Disbursing one approved decision: the officer picks the product and terms, may
/// preview the schedule (the page is drawn again with it, no script needed), and disburses.
/// </summary>
public sealed class DisburseModel(LoanDocuments documents, AppDbContext db, CurrentUser me, Texts texts, TimeProvider clock) : PageModel
{
    public DisbursementCase Case { get; private set; } = null!;

    [BindProperty]
    public DisburseForm Input { get; set; } = new();

    public IReadOnlyList<ScheduledInstallment>? Preview { get; private set; }

    public ProductOption? Product => Case.Products.FirstOrDefault(p => p.Id == Input.ProductId);

    public DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(Guid proposalItemId, CancellationToken ct)
    {
        Case = await documents.CaseAsync(proposalItemId, ct);
        var product = Case.Products.Count > 0 ? Case.Products[0] : null;
        Input = new DisburseForm
        {
            ProductId = product?.Id,
            Amount = Case.ApprovedAmount,
            TenorMonths = product is null ? null : Math.Min(12, product.MaxTenorMonths),
            GraceMonths = 0,
            DisbursedOn = Today,
            Channel = await UsualChannelAsync(Case, ct),
        };
        return Page();
    }

    /// <summary>"Pratinjau jadwal" draws the page again with the schedule; "Cairkan" disburses.</summary>
    public async Task<IActionResult> OnPostAsync(Guid proposalItemId, [FromForm] bool preview, [FromServices] Disburse.Handler handler, CancellationToken ct)
    {
        Case = await documents.CaseAsync(proposalItemId, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new Disburse.Command(proposalItemId, Input.ProductId ?? Guid.Empty, Input.Amount ?? 0, Input.TenorMonths ?? 0,
            Input.GraceMonths ?? 0, Input.DisbursedOn ?? default, Input.Channel ?? 0, DetailsModel.TransferReference(Input.Channel, Input.Reference));
        if (preview)
        {
            Preview = await documents.PreviewAsync(Case, command, ct);
            return Page();
        }

        var id = await handler.HandleAsync(command, me.RequiredId, ct);
        TempData["Flash"] = texts.Get("loanpages.disbursed.flash", CultureInfo.CurrentUICulture);
        return Redirect($"/loans/{id}/contract");
    }

    /// <summary>
    /// How money is usually paid out here: the channel used most for the group's loans, else for the program's recent loans,
    /// else a bank transfer. The reference is asked only for a transfer (docs/domain.md, Allocation).
    /// </summary>
    private async Task<PaymentChannel> UsualChannelAsync(DisbursementCase c, CancellationToken ct)
    {
        var group = await db.Loans.Where(l => l.GroupId == c.GroupId).Select(l => l.Channel).ToListAsync(ct);
        var used = group.Count > 0
            ? group
            : await db.Loans.Where(l => l.ProgramId == c.ProgramId).OrderByDescending(l => l.DisbursedOn).ThenByDescending(l => l.Id)
                .Take(RecentDisbursements).Select(l => l.Channel).ToListAsync(ct);
        return used.Count == 0
            ? PaymentChannel.BankTransfer
            : used.GroupBy(ch => ch).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key == PaymentChannel.BankTransfer).First().Key;
    }

    private const int RecentDisbursements = 50;
}

public sealed class DisburseForm
{
    public Guid? ProductId { get; set; }
    public decimal? Amount { get; set; }
    public int? TenorMonths { get; set; }
    public int? GraceMonths { get; set; }
    public DateOnly? DisbursedOn { get; set; }
    public PaymentChannel? Channel { get; set; }
    public string? Reference { get; set; }
}
