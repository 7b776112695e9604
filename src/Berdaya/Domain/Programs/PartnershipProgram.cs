using Berdaya.Domain.Common;

namespace Berdaya.Domain.Programs;

/// <summary>One operator's partnership program (Program Kemitraan) with its rules.</summary>
public sealed class PartnershipProgram
{
    private readonly List<EligibilityCriterion> _criteria = [];
    private readonly List<SurveyAspect> _surveyAspects = [];

    private PartnershipProgram() { }

    public PartnershipProgram(string code, string name, string operatorName, string unitName, EligibilityRegime regime,
        int minGroupSize, int maxGroupSize, decimal maxLoanPerPartner, string? operatorAreaCode)
    {
        Id = Guid.CreateVersion7();
        ChangeCode(code);
        Rename(name, operatorName, unitName, operatorAreaCode);
        Regime = regime;
        SetGroupSize(minGroupSize, maxGroupSize);
        SetMaxLoan(maxLoanPerPartner);
        foreach (var c in EligibilityCriterion.PresetFor(regime))
        {
            _criteria.Add(c);
        }

        foreach (var a in SurveyAspect.FiveCs())
        {
            _surveyAspects.Add(a);
        }
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string OperatorName { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public EligibilityRegime Regime { get; private set; }
    public int MinGroupSize { get; private set; }
    public int MaxGroupSize { get; private set; }

    /// <summary>Cap on the amount one partner may be approved for (configurable; docs/domain.md, Proposals, surveys and decisions).</summary>
    public decimal MaxLoanPerPartner { get; private set; }

    /// <summary>Region code prefix of the operator's area (priority criterion), e.g. "32".</summary>
    public string? OperatorAreaCode { get; private set; }

    public bool IsActive { get; private set; } = true;

    public IReadOnlyList<EligibilityCriterion> Criteria => _criteria;
    public IReadOnlyList<SurveyAspect> SurveyAspects => _surveyAspects;

    public const int MaxCodeLength = 40;

    public void ChangeCode(string code)
    {
        var c = (code ?? "").Trim();
        if (c.Length == 0)
        {
            throw new DomainException("program.code.required", "Code");
        }

        if (c.Length > MaxCodeLength || !c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
        {
            throw new DomainException("program.code.format", "Code", ErrorKind.Validation, MaxCodeLength);
        }

        Code = c;
    }

    public void Rename(string name, string operatorName, string unitName, string? operatorAreaCode)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("program.name.required", "Name");
        }

        if (string.IsNullOrWhiteSpace(operatorName))
        {
            throw new DomainException("program.operator.required", "OperatorName");
        }

        Name = name.Trim();
        OperatorName = operatorName.Trim();
        UnitName = (unitName ?? "").Trim();
        OperatorAreaCode = string.IsNullOrWhiteSpace(operatorAreaCode) ? null : operatorAreaCode.Trim();
    }

    public void SetGroupSize(int min, int max)
    {
        if (min < 1)
        {
            throw new DomainException("program.groupsize.min", "MinGroupSize");
        }

        if (max < min)
        {
            throw new DomainException("program.groupsize.max", "MaxGroupSize");
        }

        MinGroupSize = min;
        MaxGroupSize = max;
    }

    public void SetMaxLoan(decimal max)
    {
        if (max <= 0 || max != decimal.Truncate(max))
        {
            throw new DomainException("money.positive.whole", "MaxLoanPerPartner");
        }

        Rupiah.Require(max, "MaxLoanPerPartner");

        MaxLoanPerPartner = max;
    }

    /// <summary>Replaces the criteria with the preset of another regime (docs/domain.md, Proposals, surveys and decisions).</summary>
    public void ChangeRegime(EligibilityRegime regime)
    {
        Regime = regime;
        _criteria.Clear();
        _criteria.AddRange(EligibilityCriterion.PresetFor(regime));
    }

    /// <summary>
    /// Replaces the criteria. Each kind appears once, and a kind that compares against a limit
    /// must carry a positive one (the caps of the 2007 and 2015 regimes; docs/domain.md, Proposals, surveys and decisions).
    /// </summary>
    public void SetCriteria(IEnumerable<EligibilityCriterion> criteria)
    {
        var list = criteria.ToList();
        var errors = new List<DomainException>();
        var seen = new HashSet<CriterionKind>();
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (!Enum.IsDefined(c.Kind))
            {
                errors.Add(new DomainException("program.criteria.kind", $"Criteria[{i}].Kind"));
                continue;
            }

            if (!seen.Add(c.Kind))
            {
                errors.Add(new DomainException("program.criteria.duplicate", $"Criteria[{i}].Kind", ErrorKind.Validation, c.Kind));
            }

            if (EligibilityCriterion.NeedsLimit(c.Kind) && c.Limit is not > 0)
            {
                errors.Add(new DomainException("program.criteria.limit", $"Criteria[{i}].Limit", ErrorKind.Validation, c.Kind));
            }
            else if (c.Limit is { } limit)
            {
                Rupiah.CheckNonNegative(limit, $"Criteria[{i}].Limit", errors);
            }

            if (EligibilityCriterion.NeedsSecondLimit(c.Kind) && c.SecondLimit is not > 0)
            {
                errors.Add(new DomainException("program.criteria.secondlimit", $"Criteria[{i}].SecondLimit", ErrorKind.Validation, c.Kind));
            }
            else if (c.SecondLimit is { } second)
            {
                Rupiah.CheckNonNegative(second, $"Criteria[{i}].SecondLimit", errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        _criteria.Clear();
        _criteria.AddRange(list);
    }

    public void SetSurveyAspects(IEnumerable<SurveyAspect> aspects)
    {
        var list = aspects.ToList();
        if (list.Count == 0)
        {
            throw new DomainException("program.aspects.required", "SurveyAspects");
        }

        if (list.Select(a => a.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != list.Count)
        {
            throw new DomainException("program.aspects.duplicate", "SurveyAspects");
        }

        _surveyAspects.Clear();
        _surveyAspects.AddRange(list);
    }
}

public enum EligibilityRegime
{
    /// <summary>2007 rules: assets at most Rp200 million, sales at most Rp1 billion, 1 year in business.</summary>
    Regime2007 = 2007,

    /// <summary>2015–2017 rules: assets at most Rp500 million or sales at most Rp2.5 billion, 6 months.</summary>
    Regime2015 = 2015,

    /// <summary>Since 2021 (TJSL/PUMK): citizen, no bank financing, independent business, operator's area first.</summary>
    Regime2021 = 2021,
}

/// <summary>A survey scoring aspect, e.g. one of the five C's, scored 1 to 5.</summary>
public sealed class SurveyAspect
{
    private SurveyAspect() { }

    public SurveyAspect(string code, string name, int order)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("program.aspects.required", "SurveyAspects");
        }

        Id = Guid.CreateVersion7();
        Code = code.Trim().ToLowerInvariant();
        Name = name.Trim();
        Order = order;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Order { get; private set; }

    public static IEnumerable<SurveyAspect> FiveCs() =>
    [
        new("character", "Karakter (character)", 1),
        new("capacity", "Kapasitas usaha (capacity)", 2),
        new("capital", "Modal (capital)", 3),
        new("condition", "Kondisi usaha (condition)", 4),
        new("collateral", "Jaminan (collateral)", 5),
    ];
}
