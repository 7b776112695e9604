using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// Simulasi angsuran: the schedule a loan would have on one of the program's products, before the
/// decision (officers see the preview when they decide). Nothing is written; the
/// form is a plain GET so the officer can share or bookmark it.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.ProgramOfficer},{Roles.Facilitator}")]
public sealed class SimulateModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SimulateForm Input { get; set; } = new();

    public IReadOnlyList<LoanProduct> Products { get; private set; } = [];

    public LoanProduct? Product { get; private set; }

    public IReadOnlyList<ScheduledInstallment>? Schedule { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var programs = scope.ProgramIds.ToList();
        Products = await db.LoanProducts.AsNoTracking()
            .Where(p => p.IsCurrent && p.IsActive && (scope.IsAdmin || programs.Contains(p.ProgramId)))
            .OrderBy(p => p.Code).ToListAsync(ct);
        Product = Products.FirstOrDefault(p => p.Id == Input.ProductId);
        Input.DisbursedOn ??= clock.Today();
        if (Product is null || Input.Amount is null)
        {
            Input.ProductId ??= Products.Count > 0 ? Products[0].Id : null;
            return;
        }

        var tenor = Input.TenorMonths ?? Math.Min(12, Product.MaxTenorMonths);
        var grace = Input.GraceMonths ?? 0;
        var errors = new List<DomainException>();
        Rupiah.Check(Input.Amount.Value, nameof(SimulateForm.Amount), errors);
        errors.AddRange(Product.Check(Input.Amount.Value, tenor, grace));
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Schedule = RepaymentSchedule.Calculate(new ScheduleTerms(Input.Amount.Value, Product.AnnualRatePercent, Product.Method, tenor, grace, Product.Grace,
            Input.DisbursedOn.Value, Product.DueDay));
    }
}

public sealed class SimulateForm
{
    public Guid? ProductId { get; set; }
    public decimal? Amount { get; set; }
    public int? TenorMonths { get; set; }
    public int? GraceMonths { get; set; }
    public DateOnly? DisbursedOn { get; set; }
}
