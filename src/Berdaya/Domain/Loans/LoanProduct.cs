using Berdaya.Domain.Common;

namespace Berdaya.Domain.Loans;

/// <summary>
/// A loan product: the regime and every term a loan is made under (a product carries its regime;
/// never hard-code a rate; docs/domain.md, Loan products and fee methods). Products are versioned:
/// a revision is a new row with the same code and the next version, and a loan keeps the version it
/// was disbursed under.
/// </summary>
public sealed class LoanProduct
{
    private LoanProduct() { }

    public LoanProduct(Guid programId, string code, string name, LoanRegime regime, FeeMethod method, decimal annualRatePercent,
        decimal maxPrincipal, int maxTenorMonths, int graceMonths, GraceKind grace, int dueDay, bool isSharia,
        DateOnly effectiveFrom, string createdBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        Code = code.Trim().ToUpperInvariant();
        Version = 1;
        IsCurrent = true;
        IsActive = true;
        CreatedBy = createdBy;
        CreatedAt = at;
        Apply(name, regime, method, annualRatePercent, maxPrincipal, maxTenorMonths, graceMonths, grace, dueDay, isSharia, effectiveFrom);
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public string Code { get; private set; } = "";
    public int Version { get; private set; }
    public string Name { get; private set; } = "";
    public LoanRegime Regime { get; private set; }
    public FeeMethod Method { get; private set; }
    public decimal AnnualRatePercent { get; private set; }
    public decimal MaxPrincipal { get; private set; }
    public int MaxTenorMonths { get; private set; }

    /// <summary>The most grace months a loan of this product may have.</summary>
    public int GraceMonths { get; private set; }

    public GraceKind Grace { get; private set; }
    public int DueDay { get; private set; }

    /// <summary>Sharia products charge a margin (marjin) instead of a service fee; the UI never says "bunga".</summary>
    public bool IsSharia { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The latest version of its code; older versions stay for the loans made under them.</summary>
    public bool IsCurrent { get; private set; }

    /// <summary>Open for new loans.</summary>
    public bool IsActive { get; private set; }

    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The next version with changed terms; this one stops being current.</summary>
    public LoanProduct Revise(string name, LoanRegime regime, FeeMethod method, decimal annualRatePercent, decimal maxPrincipal,
        int maxTenorMonths, int graceMonths, GraceKind grace, int dueDay, bool isSharia, DateOnly effectiveFrom, bool isActive,
        string by, DateTimeOffset at)
    {
        if (!IsCurrent)
        {
            throw new DomainException("product.notcurrent", null, ErrorKind.Conflict);
        }

        var next = new LoanProduct(ProgramId, Code, name, regime, method, annualRatePercent, maxPrincipal, maxTenorMonths, graceMonths,
            grace, dueDay, isSharia, effectiveFrom, by, at)
        {
            Version = Version + 1,
            IsActive = isActive,
        };
        IsCurrent = false;
        return next;
    }

    /// <summary>The product's limits on one loan (docs/domain.md, Loan products and fee methods).</summary>
    public IEnumerable<DomainException> Check(decimal principal, int tenorMonths, int graceMonths)
    {
        if (principal > MaxPrincipal)
        {
            yield return new DomainException("loan.principal.product", "Amount", ErrorKind.Validation, MaxPrincipal);
        }

        if (tenorMonths < 1 || tenorMonths > MaxTenorMonths)
        {
            yield return new DomainException("loan.tenor.product", "TenorMonths", ErrorKind.Validation, MaxTenorMonths);
        }

        if (graceMonths < 0 || graceMonths > GraceMonths || (tenorMonths > 0 && graceMonths >= tenorMonths))
        {
            yield return new DomainException("loan.grace.product", "GraceMonths", ErrorKind.Validation, GraceMonths);
        }
    }

    private void Apply(string name, LoanRegime regime, FeeMethod method, decimal annualRatePercent, decimal maxPrincipal,
        int maxTenorMonths, int graceMonths, GraceKind grace, int dueDay, bool isSharia, DateOnly effectiveFrom)
    {
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainException("field.required", "Name"));
        }

        if (!Enum.IsDefined(regime))
        {
            errors.Add(new DomainException("product.regime", "Regime"));
        }

        if (!Enum.IsDefined(method))
        {
            errors.Add(new DomainException("schedule.method", "Method"));
        }

        if (!Enum.IsDefined(grace))
        {
            errors.Add(new DomainException("product.gracekind", "Grace"));
        }

        if (annualRatePercent < 0 || annualRatePercent > 100)
        {
            errors.Add(new DomainException("schedule.rate", "AnnualRatePercent"));
        }

        Rupiah.Check(maxPrincipal, "MaxPrincipal", errors);

        if (maxTenorMonths is < 1 or > 360)
        {
            errors.Add(new DomainException("schedule.tenor", "MaxTenorMonths"));
        }

        if (graceMonths < 0 || graceMonths >= maxTenorMonths)
        {
            errors.Add(new DomainException("schedule.grace", "GraceMonths"));
        }

        if (dueDay is < 1 or > 31)
        {
            errors.Add(new DomainException("schedule.dueday", "DueDay"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Name = name.Trim();
        Regime = regime;
        Method = method;
        AnnualRatePercent = annualRatePercent;
        MaxPrincipal = maxPrincipal;
        MaxTenorMonths = maxTenorMonths;
        GraceMonths = graceMonths;
        Grace = grace;
        DueDay = dueDay;
        IsSharia = isSharia;
        EffectiveFrom = effectiveFrom;
    }
}

/// <summary>The regulation a product follows (docs/domain.md, Loan products and fee methods).</summary>
public enum LoanRegime
{
    /// <summary>Before 2017: 6% a year, flat on the original principal (Citra Sari, 2006).</summary>
    Legacy = 1,

    /// <summary>2017–2022: 3% a year on the principal outstanding at the start of each loan year.</summary>
    Regime2017 = 2,

    /// <summary>2022/2023: 3% effective (annuity); at most 36 months and Rp 250 million.</summary>
    Regime2023 = 3,
}
