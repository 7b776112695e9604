using Berdaya.Domain.Loans;

namespace Berdaya.TestBuilders;

/// <summary>
/// A disbursed loan with every input named and defaulted: Rp 3.000.000 over 12 months without grace,
/// on a default <see cref="LoanProductBuilder"/> product (6% flat, due on the 5th), paid out in cash on
/// 3 February 2026 to a new partner without a group, as of <see cref="DefaultToday"/>.
/// </summary>
public sealed class LoanBuilder
{
    /// <summary>The "today" a loan is disbursed under unless one is given: late enough for any test date.</summary>
    public static readonly DateOnly DefaultToday = new(2027, 6, 30);

    private LoanProduct? _product;
    private Guid _partnerId = Guid.NewGuid();
    private Guid? _groupId;
    private Guid _proposalItemId = Guid.NewGuid();
    private decimal _amount = 3_000_000m;
    private decimal? _approved;
    private int _tenor = 12;
    private int _grace;
    private DateOnly _disbursedOn = new(2026, 2, 3);
    private PaymentChannel _channel = PaymentChannel.Cash;
    private string? _reference;
    private DateOnly _today = DefaultToday;
    private string _by = "test";
    private DateTimeOffset _at = DateTimeOffset.UnixEpoch;

    /// <summary>The product it is made under (its program is the loan's).</summary>
    public LoanBuilder Product(LoanProduct product)
    {
        _product = product;
        return this;
    }

    public LoanBuilder Partner(Guid partnerId, Guid? groupId = null)
    {
        _partnerId = partnerId;
        _groupId = groupId;
        return this;
    }

    public LoanBuilder ProposalItem(Guid itemId)
    {
        _proposalItemId = itemId;
        return this;
    }

    /// <summary>The amount paid out; the approved amount is the same unless <see cref="Approved"/> says otherwise.</summary>
    public LoanBuilder Amount(decimal amount)
    {
        _amount = amount;
        return this;
    }

    public LoanBuilder Approved(decimal amount)
    {
        _approved = amount;
        return this;
    }

    public LoanBuilder Tenor(int months, int graceMonths = 0)
    {
        _tenor = months;
        _grace = graceMonths;
        return this;
    }

    public LoanBuilder DisbursedOn(DateOnly date)
    {
        _disbursedOn = date;
        return this;
    }

    public LoanBuilder Channel(PaymentChannel channel, string? reference = null)
    {
        _channel = channel;
        _reference = reference;
        return this;
    }

    /// <summary>The business date the disbursement is checked against and the loan classified for.</summary>
    public LoanBuilder Today(DateOnly today)
    {
        _today = today;
        return this;
    }

    public LoanBuilder By(string by, DateTimeOffset at)
    {
        _by = by;
        _at = at;
        return this;
    }

    /// <summary>What an officer would enter for this loan.</summary>
    public Disbursement Disbursement()
    {
        var product = _product ??= new LoanProductBuilder().Build();
        return new Disbursement(product.ProgramId, _partnerId, _groupId, _proposalItemId, _approved ?? _amount, _amount, _tenor, _grace, _disbursedOn,
            _channel, _reference);
    }

    public Loan Build()
    {
        var disbursement = Disbursement();
        return Loan.Disburse(_product!, disbursement, _today, _by, _at);
    }
}
