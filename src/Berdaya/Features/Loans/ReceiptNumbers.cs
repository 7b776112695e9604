using Berdaya.Data;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// Hands out the day's next receipt number (<see cref="ReceiptNumbering"/>): one past the highest stored or
/// about to be saved in this unit of work (a collection sheet numbers its payments one after another).
/// Two postings that read the same highest number at once collide on the unique index; the handlers
/// then start again and read the new one.
/// </summary>
[FeatureService]
public sealed class ReceiptNumbers(AppDbContext db)
{
    public async Task<int> NextAsync(RepaymentKind kind, DateOnly day, CancellationToken ct)
    {
        var floor = ReceiptNumbering.Floor(kind, day);
        var ceiling = ReceiptNumbering.Ceiling(kind, day);
        var stored = await db.Repayments
            .Where(r => r.ReceiptNumber.CompareTo(floor) > 0 && r.ReceiptNumber.CompareTo(ceiling) <= 0)
            .MaxAsync(r => (string?)r.ReceiptNumber, ct);
        var pending = db.ChangeTracker.Entries<Repayment>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => ReceiptNumbering.SequenceOf(e.Entity.ReceiptNumber, kind, day))
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(ReceiptNumbering.SequenceOf(stored, kind, day), pending) + 1;
    }
}
