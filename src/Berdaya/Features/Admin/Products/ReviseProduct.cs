using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Products;

/// <summary>
/// Makes the next version of a product (docs/domain.md, Loan products and fee methods). A revision is a
/// new row: loans keep the version they were made under.
/// </summary>
public static class ReviseProduct
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

        public bool IsActive { get; init; } = true;
    }

    [FeatureService]
    public sealed class Handler(AppDbContext db, CurrentUser me, TimeProvider clock)
    {
        public async Task<LoanProduct> HandleAsync(Guid id, Command c, CancellationToken ct)
        {
            if (!me.IsAdmin)
            {
                throw new DomainException("products.admin.only", null, ErrorKind.Forbidden);
            }

            var current = await db.LoanProducts.FirstOrDefaultAsync(p => p.Id == id, ct)
                          ?? throw new DomainException("product.notfound", "Id", ErrorKind.NotFound);
            RuleErrors.Throw(c.Check());
            var next = current.Revise(c.Name!, c.Regime, c.Method, c.AnnualRatePercent, c.MaxPrincipal, c.MaxTenorMonths, c.GraceMonths, c.Grace,
                c.DueDay, c.IsSharia, c.EffectiveFrom ?? clock.Today(), c.IsActive, me.RequiredId, clock.GetUtcNow());
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
    }
}
