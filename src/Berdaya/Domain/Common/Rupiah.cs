namespace Berdaya.Domain.Common;

/// <summary>
/// Whole-rupiah amount checks shared by every money input (docs/domain.md, Bounds on input). No amount
/// may exceed <see cref="Max"/>: every later sum of a program's entries then stays far inside what the
/// money columns and decimal arithmetic hold.
/// </summary>
public static class Rupiah
{
    /// <summary>Rp 1.000.000.000.000 (one trillion): the most one entry, cap or declared figure may be.</summary>
    public const decimal Max = 1_000_000_000_000m;

    /// <summary>An amount that must be more than zero (a payment, a disbursement, a fund movement, a cap).</summary>
    public static void Check(decimal amount, string field, List<DomainException> errors)
    {
        if (amount <= 0)
        {
            errors.Add(new DomainException("money.positive", field));
        }
        else
        {
            CheckWholeAndBounded(amount, field, errors);
        }
    }

    /// <summary>An amount that may be zero (declared net assets or sales, a recommendation, a limit).</summary>
    public static void CheckNonNegative(decimal amount, string field, List<DomainException> errors)
    {
        if (amount < 0)
        {
            errors.Add(new DomainException("money.nonnegative", field));
        }
        else
        {
            CheckWholeAndBounded(amount, field, errors);
        }
    }

    /// <summary>Throws the one broken rule of an amount that must be more than zero.</summary>
    public static void Require(decimal amount, string field)
    {
        var errors = new List<DomainException>();
        Check(amount, field, errors);
        if (errors.Count > 0)
        {
            throw errors[0];
        }
    }

    private static void CheckWholeAndBounded(decimal amount, string field, List<DomainException> errors)
    {
        if (amount > Max)
        {
            errors.Add(new DomainException("money.max", field, ErrorKind.Validation, Max));
        }
        else if (amount != decimal.Truncate(amount))
        {
            errors.Add(new DomainException("money.whole", field));
        }
    }
}
