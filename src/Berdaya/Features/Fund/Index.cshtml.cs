using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Features.Groups;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Fund;

/// <summary>The fund at a glance: position, the movement form (program office), trial balance and the receivable check.</summary>
[Authorize(Roles = ProgramScope.FundReaders)]
public sealed class IndexModel(ProgramScope scope, FundQueries queries, RecordFundMovement.Handler record, Texts texts, TextsLocalizer t, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public MovementForm Input { get; set; } = new();

    public ProgramPicker Picker { get; private set; } = null!;
    public FundPositionDto Position { get; private set; } = null!;
    public TrialBalanceDto TrialBalance { get; private set; } = null!;
    public ReceivableCheckDto Receivable { get; private set; } = null!;
    public bool MayMove => scope.MayMoveFund;

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        if (!await LoadAsync(programId, ct))
        {
            return NotFound();
        }

        Input.On = clock.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? programId, CancellationToken ct)
    {
        if (!MayMove)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(programId, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await record.HandleAsync(new RecordFundMovement.Command(Picker.Selected, Input.Kind, Input.Amount ?? 0, Input.On ?? default, Input.Description), ct);
            TempData["Flash"] = t["fund.movement.saved"].Value;
            return Redirect($"/fund?programId={Picker.Selected}");
        }
        catch (DomainException ex)
        {
            if (PageOutcome.Handle(this, ex, texts) is { } result)
            {
                return result;
            }
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid? programId, CancellationToken ct)
    {
        if (await FundPages.ResolveAsync(scope, programId, ct) is not { } id)
        {
            return false;
        }

        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/fund");
        Position = await queries.PositionAsync(id, ct);
        TrialBalance = await queries.TrialBalanceAsync(id, null, ct);
        Receivable = await queries.ReceivableCheckAsync(id, ct);
        return true;
    }
}

public sealed class MovementForm
{
    public EntryKind Kind { get; set; } = EntryKind.Capital;
    public decimal? Amount { get; set; }
    public DateOnly? On { get; set; }
    public string? Description { get; set; }
}
