using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;

namespace Berdaya.Features.Admin.Products;

/// <summary>
/// The terms of a loan product, written once: a new product and a revision take them, and the form
/// binds them (docs/domain.md, Loan products and fee methods).
/// </summary>
public record ProductTerms
{
    public string? Name { get; init; }
    public LoanRegime Regime { get; init; }
    public FeeMethod Method { get; init; }
    public decimal AnnualRatePercent { get; init; }
    public decimal MaxPrincipal { get; init; }
    public int MaxTenorMonths { get; init; }
    public int GraceMonths { get; init; }
    public GraceKind Grace { get; init; }
    public int DueDay { get; init; }
    public bool IsSharia { get; init; }
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>
    /// Every term checked here first so each field gets its own message in the products texts; the
    /// entity checks the same invariants again when it is built.
    /// </summary>
    public List<DomainException> Check()
    {
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(new DomainException("field.required", "Name"));
        }
        else if (Name.Trim().Length > 200)
        {
            errors.Add(new DomainException("products.name.length", "Name"));
        }

        if (!Enum.IsDefined(Regime))
        {
            errors.Add(new DomainException("product.regime", "Regime"));
        }

        if (!Enum.IsDefined(Method))
        {
            errors.Add(new DomainException("products.method", "Method"));
        }

        if (!Enum.IsDefined(Grace))
        {
            errors.Add(new DomainException("product.gracekind", "Grace"));
        }

        if (AnnualRatePercent is < 0 or > 100)
        {
            errors.Add(new DomainException("products.rate", "AnnualRatePercent"));
        }

        Rupiah.Check(MaxPrincipal, "MaxPrincipal", errors);
        if (MaxTenorMonths is < 1 or > 360)
        {
            errors.Add(new DomainException("products.tenor", "MaxTenorMonths"));
        }

        if (GraceMonths < 0 || (MaxTenorMonths >= 1 && GraceMonths >= MaxTenorMonths))
        {
            errors.Add(new DomainException("products.grace", "GraceMonths"));
        }

        if (DueDay is < 1 or > 31)
        {
            errors.Add(new DomainException("products.dueday", "DueDay"));
        }

        return errors;
    }
}
