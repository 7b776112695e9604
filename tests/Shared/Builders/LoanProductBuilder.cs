using Berdaya.Domain.Loans;

namespace Berdaya.TestBuilders;

/// <summary>
/// A loan product with every term named and defaulted: a legacy 6% flat product of a new program, up
/// to Rp 50.000.000 over 36 months with 3 grace months (fee only), due on the 5th, in force since 2000.
/// </summary>
public sealed class LoanProductBuilder
{
    private Guid _programId = Guid.NewGuid();
    private string _code = "UJI";
    private string _name = "Produk uji";
    private LoanRegime _regime = LoanRegime.Legacy;
    private FeeMethod _method = FeeMethod.Flat;
    private decimal _rate = 6m;
    private decimal _maxPrincipal = 50_000_000m;
    private int _maxTenor = 36;
    private int _maxGrace = 3;
    private GraceKind _grace = GraceKind.FeeOnly;
    private int _dueDay = 5;
    private bool _sharia;
    private DateOnly _effectiveFrom = new(2000, 1, 1);
    private string _by = "test";
    private DateTimeOffset _at = DateTimeOffset.UnixEpoch;

    public LoanProductBuilder ForProgram(Guid programId)
    {
        _programId = programId;
        return this;
    }

    /// <summary>The code, and the name "Produk uji {code}" unless one is given.</summary>
    public LoanProductBuilder Code(string code)
    {
        _code = code;
        _name = "Produk uji " + code;
        return this;
    }

    /// <summary>A code no other product has ("{prefix}-" and eight hex digits): for tests that share a database.</summary>
    public LoanProductBuilder UniqueCode(string prefix = "UJI") => Code(prefix + "-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());

    public LoanProductBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public LoanProductBuilder Regime(LoanRegime regime)
    {
        _regime = regime;
        return this;
    }

    public LoanProductBuilder Fee(FeeMethod method, decimal annualRatePercent)
    {
        _method = method;
        _rate = annualRatePercent;
        return this;
    }

    public LoanProductBuilder MaxPrincipal(decimal amount)
    {
        _maxPrincipal = amount;
        return this;
    }

    public LoanProductBuilder MaxTenor(int months)
    {
        _maxTenor = months;
        return this;
    }

    public LoanProductBuilder MaxGrace(int months, GraceKind kind = GraceKind.FeeOnly)
    {
        _maxGrace = months;
        _grace = kind;
        return this;
    }

    public LoanProductBuilder DueDay(int day)
    {
        _dueDay = day;
        return this;
    }

    public LoanProductBuilder Sharia(bool sharia = true)
    {
        _sharia = sharia;
        return this;
    }

    public LoanProductBuilder EffectiveFrom(DateOnly date)
    {
        _effectiveFrom = date;
        return this;
    }

    public LoanProductBuilder CreatedBy(string by, DateTimeOffset at)
    {
        _by = by;
        _at = at;
        return this;
    }

    public LoanProduct Build() => new(_programId, _code, _name, _regime, _method, _rate, _maxPrincipal, _maxTenor, _maxGrace, _grace, _dueDay, _sharia,
        _effectiveFrom, _by, _at);
}
