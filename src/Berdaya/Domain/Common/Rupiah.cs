namespace Berdaya.Domain.Common;

/// <summary>Whole-rupiah amount checks shared by every money input (domain guide 4; issue 3 section 7).</summary>
public static class Rupiah
{
    public static void Check(decimal amount, string field, List<DomainException> errors)
    {
        if (amount <= 0)
        {
            errors.Add(new DomainException("money.positive", field));
        }
        else if (amount != decimal.Truncate(amount))
        {
            errors.Add(new DomainException("money.whole", field));
        }
    }
}
