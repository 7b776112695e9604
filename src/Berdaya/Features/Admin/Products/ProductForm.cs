using Berdaya.Domain.Loans;

namespace Berdaya.Features.Admin.Products;

/// <summary>The product form's fields (new and revise share them; the code is fixed once a product exists).</summary>
public sealed class ProductForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public LoanRegime Regime { get; set; } = LoanRegime.Regime2023;
    public FeeMethod Method { get; set; } = FeeMethod.Effective;
    public decimal AnnualRatePercent { get; set; } = 3m;
    public decimal MaxPrincipal { get; set; } = 250_000_000m;
    public int MaxTenorMonths { get; set; } = 36;
    public int GraceMonths { get; set; }
    public GraceKind Grace { get; set; } = GraceKind.FeeOnly;
    public int DueDay { get; set; } = 5;
    public bool IsSharia { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
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

    public SaveProduct.CreateCommand ToCreate(Guid programId) => new(programId, Code, Name, Regime, Method, AnnualRatePercent, MaxPrincipal,
        MaxTenorMonths, GraceMonths, Grace, DueDay, IsSharia, EffectiveFrom);

    public SaveProduct.ReviseCommand ToRevise() => new(Name, Regime, Method, AnnualRatePercent, MaxPrincipal, MaxTenorMonths, GraceMonths,
        Grace, DueDay, IsSharia, EffectiveFrom, IsActive);
}
