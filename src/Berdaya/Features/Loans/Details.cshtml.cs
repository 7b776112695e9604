using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Loans;

/// <summary>
/// The loan card (kartu pinjaman): terms, state as of a date, the schedule, every payment and its
/// allocation, and the forms to pay, reverse, reschedule and write off (docs/domain.md, Allocation; Reversal; Rescheduling and write-off).
/// </summary>
public sealed class DetailsModel(LoanQueries queries, LoanAccess access, CurrentUser me, Texts texts, AppDbContext db) : PageModel, IFormPage
{
    private Guid loanId;

    public LoanCard Loan { get; private set; } = null!;

    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; set; }

    [BindProperty]
    public PaymentForm Pay { get; set; } = new();

    [BindProperty]
    public ReversalForm Reverse { get; set; } = new();

    [BindProperty]
    public RescheduleForm Reschedule { get; set; } = new();

    [BindProperty]
    public WriteOffForm WriteOff { get; set; } = new();

    /// <summary>The form that was posted and refused, opened again with its messages.</summary>
    public string? Open { get; private set; }

    public DateOnly Today => access.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromServices] Signatories signatories, CancellationToken ct)
    {
        Pay.PaidOn = access.Today;
        Pay.Key = FormKey.New();
        Reschedule.On = access.Today;
        WriteOff.On = access.Today;
        var shown = await ShowAsync(id, AsOf, ct);

        // The receipt names who took the money by name and role, not by login.
        Pay.ReceivedBy = (await signatories.OfUserAsync(me.Id, Loan.GroupId, ct))?.ToString();
        return shown;
    }

    public Task<IActionResult> OnPostPayAsync(Guid id, [FromServices] RecordRepayment.Handler handler, CancellationToken ct) =>
        RunAsync(id, "Pay", access.MayCollectAsync, async () =>
        {
            // The form's key makes a second press of the button (or a resent form) answer the first payment, not post another.
            var result = await handler.HandleAsync(id, new RecordRepayment.Command(Pay.Amount ?? 0, Pay.PaidOn ?? default, Pay.Channel ?? 0, TransferReference(Pay.Channel, Pay.Reference),
                Pay.ReceivedBy), FormKey.Checked(Pay.Key), me.RequiredId, ct);
            return $"/loans/{id}/repayments/{result.RepaymentId}/receipt";
        }, ct);

    public Task<IActionResult> OnPostReverseAsync(Guid id, [FromServices] ReverseRepayment.Handler handler, CancellationToken ct) =>
        RunAsync(id, "Reverse", OfficerAsync, async () =>
        {
            var reversal = await handler.HandleAsync(id, Reverse.RepaymentId, new ReverseRepayment.Command(Reverse.Reason), me.RequiredId, ct);
            return $"/loans/{id}/repayments/{reversal}/receipt";
        }, ct);

    public Task<IActionResult> OnPostRescheduleAsync(Guid id, [FromServices] RescheduleLoan.Handler handler, CancellationToken ct) =>
        RunAsync(id, "Reschedule", OfficerAsync, async () =>
        {
            await handler.HandleAsync(id, new RescheduleLoan.Command(Reschedule.TenorMonths ?? 0, Reschedule.GraceMonths ?? 0, Reschedule.On ?? default,
                Reschedule.Reason), me.RequiredId, ct);
            return $"/loans/{id}";
        }, ct);

    public Task<IActionResult> OnPostWriteOffAsync(Guid id, [FromServices] WriteOffLoan.Handler handler, CancellationToken ct) =>
        RunAsync(id, "WriteOff", OfficerAsync, async () =>
        {
            await handler.HandleAsync(id, new WriteOffLoan.Command(WriteOff.Kind ?? 0, WriteOff.Reference, WriteOff.On ?? default), me.RequiredId, ct);
            return $"/loans/{id}";
        }, ct);

    /// <summary>The refused form is shown again with what was typed; the loan is read afresh (nothing was written).</summary>
    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        if (FormKey.IsReused(refusal))
        {
            Pay.Key = FormKey.New();
        }

        await ReloadAsync(ct);
    }

    /// <summary>The reference field is asked for transfers only; a value left in it when cash was chosen is not kept.</summary>
    internal static string? TransferReference(PaymentChannel? channel, string? reference) =>
        channel == PaymentChannel.BankTransfer ? reference : null;

    private Task<bool> OfficerAsync(Loan loan, CancellationToken ct) => Task.FromResult(access.IsOfficer);

    /// <summary>
    /// Scope first (404), then the role (403), and only then the form: a user who may not act learns
    /// nothing of the form's rules. The handler checks both again.
    /// </summary>
    private async Task<IActionResult> RunAsync(Guid id, string form, Func<Loan, CancellationToken, Task<bool>> mayAct, Func<Task<string>> action,
        CancellationToken ct)
    {
        loanId = id;
        var loan = await access.LoadAsync(id, ct);
        if (!await mayAct(loan, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Open = form;
        if (!ModelState.IsValid)
        {
            await ReloadAsync(ct);
            return Page();
        }

        var target = await action();
        TempData["Flash"] = texts.Get("loanpages.saved", CultureInfo.CurrentUICulture);
        return Redirect(target);
    }

    private async Task ReloadAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Loan = await queries.CardAsync(loanId, null, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, DateOnly? asOf, CancellationToken ct)
    {
        Loan = await queries.CardAsync(id, asOf, ct);
        return Page();
    }
}

public sealed class PaymentForm
{
    /// <summary>The opened form's key (<see cref="FormKey"/>).</summary>
    public string? Key { get; set; }

    public decimal? Amount { get; set; }
    public DateOnly? PaidOn { get; set; }
    public PaymentChannel? Channel { get; set; }
    public string? Reference { get; set; }
    public string? ReceivedBy { get; set; }
}

public sealed class ReversalForm
{
    public Guid RepaymentId { get; set; }
    public string? Reason { get; set; }
}

public sealed class RescheduleForm
{
    public int? TenorMonths { get; set; }
    public int? GraceMonths { get; set; }
    public DateOnly? On { get; set; }
    public string? Reason { get; set; }
}

public sealed class WriteOffForm
{
    public WriteOffKind? Kind { get; set; }
    public string? Reference { get; set; }
    public DateOnly? On { get; set; }
}
