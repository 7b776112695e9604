using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Proposals;

public sealed class DetailsModel(ProposalQueries queries, ProposalAccess access, CurrentUser me, Texts texts) : PageModel, IFormPage
{
    private Guid proposalId;

    public ProposalDetail Proposal { get; private set; } = null!;

    /// <summary>Whether the reader may open a member's survey (officers and administrators; others read its score only).</summary>
    public bool MayOpenSurveys => access.IsOfficer;

    /// <summary>Whether the reader may open an attachment: everyone who reads the proposal but the evaluator (documents carry NIKs).</summary>
    public bool MayOpenAttachments => !me.IsEvaluator;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DecisionForm Decide { get; set; } = new();

    public Guid? DecidingPartnerId { get; private set; }

    /// <summary>The product and tenor a decision's schedule preview opens with; none when the user may not simulate or the program has no product.</summary>
    public (Guid ProductId, int TenorMonths)? PreviewProduct { get; private set; }

    /// <summary>The schedule preview of an amount on the program's current product, with the usual tenor.</summary>
    public string PreviewLink(decimal amount) =>
        PreviewProduct is not { } p
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $"/loans/simulate?Input.ProductId={p.ProductId}&Input.Amount={amount:0}&Input.TenorMonths={p.TenorMonths}");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, [FromServices] SubmitProposal.Handler handler, CancellationToken ct) =>
        RunAsync(id, () => handler.HandleAsync(id, me.RequiredId, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, [FromServices] ReturnProposal.Handler handler, CancellationToken ct) =>
        RunAsync(id, () => handler.HandleAsync(id, new ReturnProposal.Command(Reason), me.RequiredId, ct), ct);

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, [FromServices] AddProposalAttachment.Handler handler, CancellationToken ct) =>
        await RunAsync(id, () => handler.HandleAsync(id, file, me.RequiredId, ct), ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, [FromServices] DecideMember.Handler handler, CancellationToken ct)
    {
        // The role comes before the form's own checks, so a role that may never decide learns nothing of them.
        if (!access.IsOfficer)
        {
            return Task.FromResult<IActionResult>(StatusCode(StatusCodes.Status403Forbidden));
        }

        DecidingPartnerId = Decide.PartnerId;
        return RunAsync(id, () => handler.HandleAsync(id, new DecideMember.Command(Decide.PartnerId, Decide.Approve, Decide.Amount, Decide.Reason), me.RequiredId, ct), ct);
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => await LoadAsync(proposalId, ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> action, CancellationToken ct)
    {
        proposalId = id;
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct);
        }

        await action();
        TempData["Flash"] = texts.Get("proposals.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/proposals/{id}");
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Proposal = await queries.DetailAsync(id, ct);
        // The preview page is open to the office and facilitators (Loans/Simulate); others are not offered its link.
        if (me.IsAdmin || me.IsOfficer || me.IsFacilitator)
        {
            PreviewProduct = await queries.PreviewProductAsync(Proposal.ProgramId, ct);
        }
    }
}

public sealed class DecisionForm
{
    public Guid PartnerId { get; set; }
    public bool Approve { get; set; }
    public decimal? Amount { get; set; }
    public string? Reason { get; set; }
}
