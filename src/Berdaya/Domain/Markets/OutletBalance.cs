namespace Berdaya.Domain.Markets;

/// <summary>
/// What an outlet holds and owes (docs/domain.md, Placements and consignment). Payments settle sales oldest first. A sale
/// is due <c>DaysToPay</c> days after it was reported; on <see cref="PaymentKind.PaidOnNextDelivery"/> the sold goods of a
/// delivery are due when the next delivery comes; with no days set a sale has no due day and is never late (decision 0022).
/// </summary>
public sealed record OutletBalance(
    int Delivered,
    int Sold,
    int Returned,
    int OnHand,
    decimal ValueSold,
    decimal Paid,
    decimal Owed,
    DateOnly? OwedSince,
    decimal Overdue,
    DateOnly? OverdueSince,
    int LatePayments)
{
    public bool Late => Overdue > 0 || LatePayments > 0;

    public sealed record DeliveryLine(Guid LineId, DateOnly DeliveredOn, int Quantity, decimal UnitPrice);

    public sealed record Report(Guid LineId, DateOnly ReportedOn, int Sold, int Returned);

    public sealed record Payment(DateOnly PaidOn, decimal Amount);

    public static OutletBalance Of(PaymentKind terms, int? daysToPay, IReadOnlyCollection<DeliveryLine> lines, IReadOnlyCollection<Report> reports,
        IReadOnlyCollection<Payment> payments, DateOnly today)
    {
        var byLine = lines.ToDictionary(l => l.LineId);
        var deliveryDays = lines.Select(l => l.DeliveredOn).Distinct().Order().ToList();
        var sales = reports.Where(r => r.Sold > 0 && byLine.ContainsKey(r.LineId))
            .Select(r =>
            {
                var line = byLine[r.LineId];
                return (r.ReportedOn, Value: r.Sold * line.UnitPrice, Due: DueOn(terms, daysToPay, r.ReportedOn, line.DeliveredOn, deliveryDays));
            })
            .OrderBy(s => s.ReportedOn).ThenBy(s => s.Due ?? DateOnly.MaxValue)
            .ToList();

        var left = sales.Select(s => s.Value).ToArray();
        var latePayments = 0;
        var i = 0;
        foreach (var p in payments.OrderBy(p => p.PaidOn))
        {
            var amount = p.Amount;
            var late = false;
            while (amount > 0 && i < sales.Count)
            {
                var take = Math.Min(amount, left[i]);
                left[i] -= take;
                amount -= take;
                late |= sales[i].Due is { } due && p.PaidOn > due;
                if (left[i] == 0)
                {
                    i++;
                }
            }

            latePayments += late ? 1 : 0;
        }

        DateOnly? owedSince = null;
        DateOnly? overdueSince = null;
        var overdue = 0m;
        for (var k = 0; k < sales.Count; k++)
        {
            if (left[k] <= 0)
            {
                continue;
            }

            owedSince ??= sales[k].ReportedOn;
            if (sales[k].Due is { } due && due < today)
            {
                overdue += left[k];
                overdueSince = overdueSince is { } o && o < due ? o : due;
            }
        }

        var delivered = lines.Sum(l => l.Quantity);
        var sold = reports.Sum(r => r.Sold);
        var returned = reports.Sum(r => r.Returned);
        var valueSold = sales.Sum(s => s.Value);
        var paid = payments.Sum(p => p.Amount);
        return new OutletBalance(delivered, sold, returned, delivered - sold - returned, valueSold, paid, valueSold - paid, owedSince, overdue,
            overdueSince, latePayments);
    }

    /// <summary>The day a sale must be paid by, or none when the terms set no day yet.</summary>
    public static DateOnly? DueOn(PaymentKind terms, int? daysToPay, DateOnly reportedOn, DateOnly deliveredOn, IReadOnlyList<DateOnly> deliveryDays)
    {
        if (terms == PaymentKind.PaidOnNextDelivery)
        {
            foreach (var d in deliveryDays)
            {
                if (d > deliveredOn)
                {
                    return d < reportedOn ? reportedOn : d;
                }
            }

            return null;
        }

        if (daysToPay is { } days)
        {
            return reportedOn.AddDays(days);
        }

        return terms == PaymentKind.Cash ? reportedOn : null;
    }
}
