using Berdaya.Domain.Loans;

namespace Berdaya.Features.Admin.Products;

/// <summary>The product form: the terms with a new product's defaults, the code (fixed once a product exists) and whether it is offered.</summary>
public sealed record ProductForm : ProductTerms
{
    public ProductForm()
    {
        Regime = LoanRegime.Regime2023;
        Method = FeeMethod.Effective;
        AnnualRatePercent = 3m;
        MaxPrincipal = 250_000_000m;
        MaxTenorMonths = 36;
        Grace = GraceKind.FeeOnly;
        DueDay = 5;
    }

    public string? Code { get; set; }
    public bool IsActive { get; set; } = true;

    public static ProductForm From(ProductDto p) => new()
    {
        Code = p.Code,
        Name = p.Name,
        Regime = p.Regime,
        Method = p.Method,
        AnnualRatePercent = p.AnnualRatePercent,
        MaxPrincipal = p.MaxPrincipal,
        MaxTenorMonths = p.MaxTenorMonths,
        GraceMonths = p.GraceMonths,
        Grace = p.Grace,
        DueDay = p.DueDay,
        IsSharia = p.IsSharia,
        EffectiveFrom = p.EffectiveFrom,
        IsActive = p.IsActive,
    };

    public CreateProduct.Command ToCreate(Guid programId) => new(this) { ProgramId = programId, Code = Code };

    public ReviseProduct.Command ToRevise() => new(this) { IsActive = IsActive };
}
