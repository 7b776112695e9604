using Berdaya.Domain.Common;

namespace Berdaya.Domain.CashBook;

/// <summary>The rules of one entered line (docs/domain.md, Cash book).</summary>
public static class CashBookRules
{
    /// <summary>Money in: sales and other income; everything else is money out.</summary>
    public static bool IsIn(CashCategory c) => c is CashCategory.Sales or CashCategory.OtherIncome;

    /// <summary>The business's own costs: what profit is counted after (not installments, not the household).</summary>
    public static bool IsBusinessCost(CashCategory c) =>
        c is CashCategory.RawMaterial or CashCategory.Packaging or CashCategory.Wages or CashCategory.OtherCost;

    /// <summary>The date of a day's lines: within the program's calendar, not in the future.</summary>
    public static void CheckDate(DateOnly? on, DateOnly today, string field, List<DomainException> errors)
    {
        if (on is not { } d)
        {
            errors.Add(new DomainException("cashbook.date.required", field));
        }
        else if (d > today)
        {
            errors.Add(new DomainException("date.future", field));
        }
        else if (d < BusinessCalendar.Earliest)
        {
            errors.Add(new DomainException("cashbook.date.early", field, ErrorKind.Validation, BusinessCalendar.Earliest.ToString("yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>One line: a known category, a whole amount above zero within the bound, a note within its length.</summary>
    public static void CheckLine(CashCategory? category, decimal? amount, string? note, string prefix, List<DomainException> errors)
    {
        if (category is not { } c || !Enum.IsDefined(c))
        {
            errors.Add(new DomainException("cashbook.category.required", prefix + "Category"));
        }

        if (amount is not { } a)
        {
            errors.Add(new DomainException("cashbook.amount.required", prefix + "Amount"));
        }
        else
        {
            Rupiah.Check(a, prefix + "Amount", errors);
        }

        if (note is { } n && n.Trim().Length > CashLine.NoteMax)
        {
            errors.Add(new DomainException("text.toolong", prefix + "Note", ErrorKind.Validation, CashLine.NoteMax));
        }
    }
}
