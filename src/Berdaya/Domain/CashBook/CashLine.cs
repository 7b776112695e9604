using Berdaya.Domain.Common;

namespace Berdaya.Domain.CashBook;

/// <summary>What a line of the cash book is for (docs/domain.md, Cash book).</summary>
public enum CashCategory
{
    /// <summary>Money in: the business's sales.</summary>
    Sales = 1,

    /// <summary>Money in from outside the business (a gift, a side job).</summary>
    OtherIncome = 2,

    RawMaterial = 10,
    Packaging = 11,
    Wages = 12,
    OtherCost = 13,

    /// <summary>A loan installment paid out of the book.</summary>
    Installment = 20,

    /// <summary>Household spending, kept apart from the business's costs.</summary>
    Household = 30,
}

/// <summary>
/// One line of a partner's cash book (docs/domain.md, Cash book). Never edited or deleted: a mistaken line is
/// undone by a counter-line of the opposite sign, dated like the line it reverses, with a reason, so the month's
/// totals recompute from the lines and the history stays.
/// </summary>
public sealed class CashLine
{
    /// <summary>The longest note or reason a line keeps.</summary>
    public const int NoteMax = 200;

    private CashLine() { }

    /// <summary>The longest name of a record kind a line may come from ("supply-order").</summary>
    public const int SourceTypeMax = 40;

    public static CashLine Record(Guid programId, Guid partnerId, DateOnly on, CashCategory category, decimal amount, string? note, string by,
        DateTimeOffset at, CashSource? source = null) => new()
        {
            SourceType = source?.Type,
            SourceId = source?.Id,
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            PartnerId = partnerId,
            Date = on,
            Category = category,
            Amount = amount,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedBy = by,
            RecordedAt = at,
        };

    /// <summary>The counter-line undoing this one; <paramref name="alreadyReversed"/> comes from the book (a line is reversed once).</summary>
    public CashLine Reverse(string? reason, bool alreadyReversed, string by, DateTimeOffset at)
    {
        if (ReversalOfId is not null)
        {
            throw new DomainException("cashbook.reverse.reversal", null, ErrorKind.Conflict);
        }

        if (alreadyReversed)
        {
            throw new DomainException("cashbook.reversed", null, ErrorKind.Conflict);
        }

        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainException("field.required", "Reason"));
        }
        else if (reason.Trim().Length > NoteMax)
        {
            errors.Add(new DomainException("text.toolong", "Reason", ErrorKind.Validation, NoteMax));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new CashLine
        {
            Id = Guid.CreateVersion7(),
            ProgramId = ProgramId,
            PartnerId = PartnerId,
            Date = Date,
            Category = Category,
            Amount = -Amount,
            Note = Note,
            ReversalOfId = Id,
            Reason = reason!.Trim(),
            RecordedBy = by,
            RecordedAt = at,
        };
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public DateOnly Date { get; private set; }
    public CashCategory Category { get; private set; }

    /// <summary>Whole rupiah; negative only on a counter-line.</summary>
    public decimal Amount { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The line this one reverses (a counter-line), else null.</summary>
    public Guid? ReversalOfId { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The kind of record the line was offered from (a supply order, an outlet's payment), else null.</summary>
    public string? SourceType { get; private set; }

    /// <summary>The record the line was offered from; a record gives a partner's book one line at most.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>The group product a sale line names (docs/domain.md, Cash book), with its quantity and unit; else null.</summary>
    public Guid? ProductId { get; private set; }

    public decimal? Quantity { get; private set; }
    public string? Unit { get; private set; }

    /// <summary>The group's agreed selling price per unit in force on the line's date, if any.</summary>
    public decimal? AgreedPrice { get; private set; }

    /// <summary>The sale's amount is below the agreed price times its quantity: allowed, kept and shown with a warning (decision 0021).</summary>
    public bool BelowAgreed { get; private set; }

    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A sale of a group product: what, how much, per which unit, held against the agreed price of the line's date.</summary>
    public void ForProduct(Guid productId, decimal quantity, string unit, decimal? agreedPrice)
    {
        if (Category != CashCategory.Sales || ReversalOfId is not null)
        {
            throw new DomainException("cashbook.product.salesonly", "ProductId");
        }

        ProductId = productId;
        Quantity = quantity;
        Unit = unit.Trim();
        AgreedPrice = agreedPrice;
        BelowAgreed = Markets.AgreedPriceWarning.IsBelow(Amount, quantity, agreedPrice);
    }
}

/// <summary>
/// The record another feature offered a line from (docs/domain.md, Cash book: lines offered by other records), kept on
/// the line so the same record is never taken twice.
/// </summary>
public sealed record CashSource(string Type, Guid Id);
