using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.CashBook;

/// <summary>
/// Undoes a mistaken line of a cash book with a counter-line and a reason (docs/domain.md, Cash book): the line stays,
/// the month's totals recompute. A line is reversed once; two reversals racing meet the unique index and the second is a 409.
/// </summary>
[FeatureService]
public sealed class ReverseCashLine(AppDbContext db, CashBookAccess access, CurrentUser me, TimeProvider clock)
{
    public sealed record Command
    {
        public string? Reason { get; set; }
    }

    public async Task<CashLine> HandleAsync(Guid partnerId, Guid lineId, Command c, CancellationToken ct = default)
    {
        var owner = await access.RequireAsync(partnerId, ct);
        var line = await db.CashLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId && l.PartnerId == owner.Id, ct)
                   ?? throw new DomainException("cashbook.line.notfound", "LineId", ErrorKind.NotFound);
        var reversed = await db.CashLines.AnyAsync(l => l.ReversalOfId == line.Id, ct);
        var counter = line.Reverse(c.Reason, reversed, me.RequiredId, clock.GetUtcNow());
        db.CashLines.Add(counter);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException("cashbook.reversed", null, ErrorKind.Conflict);
        }

        return counter;
    }
}
