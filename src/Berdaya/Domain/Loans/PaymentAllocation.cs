namespace Berdaya.Domain.Loans;

/// <summary>
/// The order a payment pays what is owed (docs/domain.md, Allocation): installment by installment,
/// oldest first, and within each the service fee before the principal. A payment may be partial or
/// ahead of schedule; what it cannot place is returned as left over.
/// </summary>
public static class PaymentAllocation
{
    /// <summary>What is still unpaid on one installment.</summary>
    public readonly record struct Owed(decimal Fee, decimal Principal);

    /// <summary>The part of a payment that goes to the installment at <see cref="Index"/> of the list given.</summary>
    public readonly record struct Part(int Index, decimal Fee, decimal Principal);

    /// <summary>Splits <paramref name="amount"/> over <paramref name="owed"/> (oldest installment first).</summary>
    public static (IReadOnlyList<Part> Parts, decimal LeftOver) Split(decimal amount, IReadOnlyList<Owed> owed)
    {
        var left = amount;
        var parts = new List<Part>();
        for (var i = 0; i < owed.Count && left > 0; i++)
        {
            var fee = Math.Min(left, owed[i].Fee);
            left -= fee;
            var principal = Math.Min(left, owed[i].Principal);
            left -= principal;
            if (fee != 0 || principal != 0)
            {
                parts.Add(new Part(i, fee, principal));
            }
        }

        return (parts, left);
    }
}
