using Berdaya.Domain.Programs;

namespace Berdaya.Features.Admin.Programs;

/// <summary>
/// The program form as posted by the page. Criteria and aspects are rows with a "remove" box and one
/// blank row for adding, so the form works without script.
/// </summary>
public sealed class ProgramForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? OperatorName { get; set; }
    public string? UnitName { get; set; }
    public int MinGroupSize { get; set; } = 5;
    public int MaxGroupSize { get; set; } = 20;
    public decimal MaxLoanPerPartner { get; set; }
    public string? OperatorAreaCode { get; set; }
    public EligibilityRegime Regime { get; set; } = EligibilityRegime.Regime2021;
    public List<CriterionRow> Criteria { get; set; } = [];
    public List<AspectRow> SurveyAspects { get; set; } = [];

    public static ProgramForm From(ProgramDto p) => new()
    {
        Code = p.Code,
        Name = p.Name,
        OperatorName = p.OperatorName,
        UnitName = p.UnitName,
        MinGroupSize = p.MinGroupSize,
        MaxGroupSize = p.MaxGroupSize,
        MaxLoanPerPartner = p.MaxLoanPerPartner,
        OperatorAreaCode = p.OperatorAreaCode,
        Regime = p.Regime,
        Criteria = p.Criteria.Select(c => new CriterionRow { Kind = c.Kind, Mandatory = c.Mandatory, Limit = c.Limit, SecondLimit = c.SecondLimit }).ToList(),
        SurveyAspects = p.SurveyAspects.Select(a => new AspectRow { Code = a.Code, Name = a.Name, Order = a.Order }).ToList(),
    };

    /// <summary>Adds the blank rows used to add a criterion or an aspect.</summary>
    public ProgramForm WithBlankRows()
    {
        if (Criteria.Count == 0 || Criteria[^1].Kind is not null)
        {
            Criteria.Add(new CriterionRow { Mandatory = true });
        }

        if (SurveyAspects.Count == 0 || !SurveyAspects[^1].IsBlank)
        {
            SurveyAspects.Add(new AspectRow { Order = SurveyAspects.Count + 1 });
        }

        return this;
    }

    /// <summary>
    /// The command, leaving out removed and blank rows. <paramref name="rowOf"/> maps a command's
    /// list field ("Criteria[0]") back to the form row it came from, so messages land beside it.
    /// </summary>
    public SaveProgram.Command ToCommand(bool withCriteria, out Func<string, string> rowOf)
    {
        var criteriaRows = Criteria.Select((r, i) => (r, i)).Where(x => !x.r.Remove && x.r.Kind is not null).ToList();
        var aspectRows = SurveyAspects.Select((r, i) => (r, i)).Where(x => !x.r.Remove && !x.r.IsBlank).ToList();
        rowOf = field =>
        {
            foreach (var (list, rows) in new[] { ("Criteria", criteriaRows.Select(x => x.i).ToList()), ("SurveyAspects", aspectRows.Select(x => x.i).ToList()) })
            {
                var prefix = list + "[";
                if (field.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var end = field.IndexOf(']', StringComparison.Ordinal);
                    if (int.TryParse(field.AsSpan(prefix.Length, end - prefix.Length), out var n) && n < rows.Count)
                    {
                        return $"{prefix}{rows[n]}{field[end..]}";
                    }
                }
            }

            return field;
        };
        return new SaveProgram.Command(Code, Name, OperatorName, UnitName, MinGroupSize, MaxGroupSize, MaxLoanPerPartner, OperatorAreaCode, Regime,
            withCriteria ? criteriaRows.Select(x => new SaveProgram.CriterionInput(x.r.Kind!.Value, x.r.Mandatory, x.r.Limit, x.r.SecondLimit)).ToList() : null,
            aspectRows.Select(x => new SaveProgram.AspectInput(x.r.Code, x.r.Name, x.r.Order)).ToList());
    }

    public sealed class CriterionRow
    {
        public CriterionKind? Kind { get; set; }
        public bool Mandatory { get; set; }
        public decimal? Limit { get; set; }
        public decimal? SecondLimit { get; set; }
        public bool Remove { get; set; }
    }

    public sealed class AspectRow
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public int Order { get; set; }
        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name);
    }
}
