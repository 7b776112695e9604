using System.Text.RegularExpressions;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Products;

/// <summary>
/// Creates a loan product, version 1 (docs/domain.md, Loan products and fee methods: administrators keep
/// the loan products). The code names every version of the product.
/// </summary>
public static partial class CreateProduct
{
    public sealed record Command : ProductTerms
    {
        public Command()
        {
        }

        public Command(ProductTerms terms)
            : base(terms)
        {
        }

        public Guid ProgramId { get; init; }
        public string? Code { get; init; }
    }

    [FeatureService]
    public sealed class Handler(AppDbContext db, CurrentUser me, TimeProvider clock)
    {
        public async Task<LoanProduct> HandleAsync(Command c, CancellationToken ct)
        {
            if (!me.IsAdmin)
            {
                throw new DomainException("products.admin.only", null, ErrorKind.Forbidden);
            }

            if (!await db.Programs.AnyAsync(p => p.Id == c.ProgramId, ct))
            {
                throw new DomainException("program.notfound", "ProgramId", ErrorKind.NotFound);
            }

            var errors = c.Check();
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
            var product = new LoanProduct(c.ProgramId, code, c.Name!, c.Regime, c.Method, c.AnnualRatePercent, c.MaxPrincipal, c.MaxTenorMonths,
                c.GraceMonths, c.Grace, c.DueDay, c.IsSharia, c.EffectiveFrom ?? clock.Today(), me.RequiredId, clock.GetUtcNow());
            db.LoanProducts.Add(product);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two administrators creating the same code at once: the unique index decides.
                throw new DomainException("product.code.taken", "Code", ErrorKind.Conflict, code);
            }

            return product;
        }
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,39}$")]
    private static partial Regex CodePattern();
}
