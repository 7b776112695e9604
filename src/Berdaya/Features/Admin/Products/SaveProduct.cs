using System.Text.RegularExpressions;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Products;

/// <summary>
/// Creates a loan product or its next version (issue 3 section 1; domain guide 2: administrators keep
/// the loan products). A revision is a new row: loans keep the version they were made under.
/// </summary>
[FeatureService]
public sealed partial class SaveProduct(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    /// <summary>The terms of a product; the same for a new product and a revision.</summary>
    public sealed record Terms(
        string? Name,
        LoanRegime Regime,
        FeeMethod Method,
        decimal AnnualRatePercent,
        decimal MaxPrincipal,
        int MaxTenorMonths,
        int GraceMonths,
        GraceKind Grace,
        int DueDay,
        bool IsSharia,
        DateOnly? EffectiveFrom);

    public sealed record CreateCommand(
        Guid ProgramId,
        string? Code,
        string? Name,
        LoanRegime Regime,
        FeeMethod Method,
        decimal AnnualRatePercent,
        decimal MaxPrincipal,
        int MaxTenorMonths,
        int GraceMonths,
        GraceKind Grace,
        int DueDay,
        bool IsSharia,
        DateOnly? EffectiveFrom)
    {
        public Terms Terms => new(Name, Regime, Method, AnnualRatePercent, MaxPrincipal, MaxTenorMonths, GraceMonths, Grace, DueDay, IsSharia, EffectiveFrom);
    }

    public sealed record ReviseCommand(
        string? Name,
        LoanRegime Regime,
        FeeMethod Method,
        decimal AnnualRatePercent,
        decimal MaxPrincipal,
        int MaxTenorMonths,
        int GraceMonths,
        GraceKind Grace,
        int DueDay,
        bool IsSharia,
        DateOnly? EffectiveFrom,
        bool IsActive = true)
    {
        public Terms Terms => new(Name, Regime, Method, AnnualRatePercent, MaxPrincipal, MaxTenorMonths, GraceMonths, Grace, DueDay, IsSharia, EffectiveFrom);
    }

    public async Task<LoanProduct> CreateAsync(CreateCommand c, CancellationToken ct)
    {
        RequireAdmin();
        if (!await db.Programs.AnyAsync(p => p.Id == c.ProgramId, ct))
        {
            throw new DomainException("program.notfound", "ProgramId", ErrorKind.NotFound);
        }

        var errors = Check(c.Terms);
        var code = (c.Code ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            errors.Add(new DomainException("field.required", "Code"));
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add(new DomainException("products.code.format", "Code"));
        }
        else if (await db.LoanProducts.AnyAsync(p => p.ProgramId == c.ProgramId && p.Code == code, ct))
        {
            // The code names every version of one product, so a second product may not take it.
            errors.Add(new DomainException("product.code.taken", "Code", ErrorKind.Conflict, code));
        }

        RuleErrors.Throw(errors);
        var t = c.Terms;
        var product = new LoanProduct(c.ProgramId, code, t.Name!, t.Regime, t.Method, t.AnnualRatePercent, t.MaxPrincipal, t.MaxTenorMonths,
            t.GraceMonths, t.Grace, t.DueDay, t.IsSharia, t.EffectiveFrom ?? clock.Today(), me.RequiredId, clock.GetUtcNow());
        db.LoanProducts.Add(product);
        await SaveAsync(code, ct);
        return product;
    }

    public async Task<LoanProduct> ReviseAsync(Guid id, ReviseCommand c, CancellationToken ct)
    {
        RequireAdmin();
        var current = await db.LoanProducts.FirstOrDefaultAsync(p => p.Id == id, ct)
                      ?? throw new DomainException("product.notfound", "Id", ErrorKind.NotFound);
        RuleErrors.Throw(Check(c.Terms));
        var t = c.Terms;
        var next = current.Revise(t.Name!, t.Regime, t.Method, t.AnnualRatePercent, t.MaxPrincipal, t.MaxTenorMonths, t.GraceMonths, t.Grace,
            t.DueDay, t.IsSharia, t.EffectiveFrom ?? clock.Today(), c.IsActive, me.RequiredId, clock.GetUtcNow());
        db.LoanProducts.Add(next);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two administrators revising one version at once: the unique (program, code, version) index keeps one.
            throw new DomainException("product.notcurrent", null, ErrorKind.Conflict);
        }

        return next;
    }

    private void RequireAdmin()
    {
        if (!me.IsAdmin)
        {
            throw new DomainException("products.admin.only", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>
    /// Every term checked here first so each field gets its own message in the products texts; the
    /// entity checks the same invariants again when it is built.
    /// </summary>
    private static List<DomainException> Check(Terms t)
    {
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(t.Name))
        {
            errors.Add(new DomainException("field.required", "Name"));
        }
        else if (t.Name.Trim().Length > 200)
        {
            errors.Add(new DomainException("products.name.length", "Name"));
        }

        if (!Enum.IsDefined(t.Regime))
        {
            errors.Add(new DomainException("product.regime", "Regime"));
        }

        if (!Enum.IsDefined(t.Method))
        {
            errors.Add(new DomainException("products.method", "Method"));
        }

        if (!Enum.IsDefined(t.Grace))
        {
            errors.Add(new DomainException("product.gracekind", "Grace"));
        }

        if (t.AnnualRatePercent is < 0 or > 100)
        {
            errors.Add(new DomainException("products.rate", "AnnualRatePercent"));
        }

        Rupiah.Check(t.MaxPrincipal, "MaxPrincipal", errors);
        if (t.MaxTenorMonths is < 1 or > 360)
        {
            errors.Add(new DomainException("products.tenor", "MaxTenorMonths"));
        }

        if (t.GraceMonths < 0 || (t.MaxTenorMonths >= 1 && t.GraceMonths >= t.MaxTenorMonths))
        {
            errors.Add(new DomainException("products.grace", "GraceMonths"));
        }

        if (t.DueDay is < 1 or > 31)
        {
            errors.Add(new DomainException("products.dueday", "DueDay"));
        }

        return errors;
    }

    private async Task SaveAsync(string code, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two administrators creating the same code at once: the unique index decides.
            throw new DomainException("product.code.taken", "Code", ErrorKind.Conflict, code);
        }
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,39}$")]
    private static partial Regex CodePattern();
}
