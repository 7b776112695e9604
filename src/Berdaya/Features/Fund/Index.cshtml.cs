using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Features.Groups;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Fund;

/// <summary>The fund at a glance: position, the movement form (program office), trial balance and the receivable check.</summary>
[Authorize(Roles = ProgramScope.FundReaders)]
public sealed class IndexModel(ProgramScope scope, FundQueries queries, RecordFundMovement.Handler record, TextsLocalizer t, TimeProvider clock,
    CloseStamps closes) : PageModel
{
    [BindProperty]
    public MovementForm Input { get; set; } = new();

    public ProgramPicker Picker { get; private set; } = null!;
    public FundPositionDto Position { get; private set; } = null!;
    public TrialBalanceDto TrialBalance { get; private set; } = null!;
    public ReceivableCheckDto Receivable { get; private set; } = null!;
    public bool MayMove => scope.MayMoveFund;

    /// <summary>The balances' base (docs/domain.md, Daily close: the latest close's day totals plus the entries posted since), in words.</summary>
    public string AsOf { get; private set; } = "";

    /// <summary>The date an officer may close from here; null for viewers.</summary>
    public DateOnly? RunDate => closes.RunDate;

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        await LoadAsync(programId, ct);
        Input.On = clock.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? programId, CancellationToken ct)
    {
        if (!MayMove)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadAsync(programId, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await record.HandleAsync(new RecordFundMovement.Command(Picker.Selected, Input.Kind, Input.Amount ?? 0, Input.On ?? default, Input.Description), ct);
        TempData["Flash"] = t["fund.movement.saved"].Value;
        return Redirect($"/fund?programId={Picker.Selected}");
    }

    private async Task LoadAsync(Guid? programId, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/fund");
        Position = await queries.PositionAsync(id, ct);
        TrialBalance = await queries.TrialBalanceAsync(id, null, ct);
        Receivable = await queries.ReceivableCheckAsync(id, ct);
        AsOf = await closes.LatestAsync(ct) switch
        {
            { FinishedAt: { } at } close => t["fund.asof.close", Show.Date(close.BusinessDate), Show.Date(at)],
            { } close => t["fund.asof.closedate", Show.Date(close.BusinessDate)],
            null => t["fund.asof.none"],
        };
    }
}

public sealed class MovementForm
{
    public EntryKind Kind { get; set; } = EntryKind.Capital;
    public decimal? Amount { get; set; }
    public DateOnly? On { get; set; }
    public string? Description { get; set; }
}
