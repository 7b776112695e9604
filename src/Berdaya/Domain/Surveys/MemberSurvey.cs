using Berdaya.Domain.Common;
using Berdaya.Domain.Impact;

namespace Berdaya.Domain.Surveys;

/// <summary>Site visit and interview of one applicant (survei dan wawancara), scored per aspect 1–5.</summary>
public sealed class MemberSurvey
{
    private readonly List<SurveyScore> _scores = [];

    private MemberSurvey() { }

    internal MemberSurvey(Guid proposalId, Guid proposalItemId, Guid partnerId, DateOnly surveyedOn, string officerUserId,
        IReadOnlyDictionary<string, int> scores, IReadOnlyCollection<string> aspectCodes, string? notes, decimal recommendedAmount,
        BusinessFigures? baseline = null)
    {
        var errors = new List<DomainException>();
        foreach (var code in aspectCodes)
        {
            if (!scores.TryGetValue(code, out var score))
            {
                errors.Add(new DomainException("survey.score.missing", $"Scores[{code}]"));
            }
            else if (score is < 1 or > 5)
            {
                errors.Add(new DomainException("survey.score.range", $"Scores[{code}]"));
            }
        }

        foreach (var code in scores.Keys.Where(k => !aspectCodes.Contains(k)))
        {
            errors.Add(new DomainException("survey.score.unknown", $"Scores[{code}]"));
        }

        Rupiah.CheckNonNegative(recommendedAmount, "RecommendedAmount", errors);

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Id = Guid.CreateVersion7();
        ProposalId = proposalId;
        ProposalItemId = proposalItemId;
        PartnerId = partnerId;
        SurveyedOn = surveyedOn;
        OfficerUserId = officerUserId;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        RecommendedAmount = recommendedAmount;
        BaselineAssets = baseline?.Assets;
        BaselineTurnover = baseline?.Turnover;
        BaselineEmployees = baseline?.Employees;
        foreach (var code in aspectCodes)
        {
            _scores.Add(new SurveyScore(Id, code, scores[code]));
        }
    }

    public Guid Id { get; private set; }
    public Guid ProposalId { get; private set; }
    public Guid ProposalItemId { get; private set; }
    public Guid PartnerId { get; private set; }
    public DateOnly SurveyedOn { get; private set; }
    public string OfficerUserId { get; private set; } = "";
    public string? Notes { get; private set; }
    public decimal RecommendedAmount { get; private set; }

    /// <summary>
    /// The business's figures when it was surveyed: the impact's baseline (docs/domain.md, Impact). Null for a survey recorded
    /// before baselines were kept without registration figures to take them from.
    /// </summary>
    public decimal? BaselineAssets { get; private set; }

    /// <summary>A quarter's turnover at the survey, comparable with a quarterly report's.</summary>
    public decimal? BaselineTurnover { get; private set; }

    public int? BaselineEmployees { get; private set; }
    public IReadOnlyList<SurveyScore> Scores => _scores;

    public decimal AverageScore => _scores.Count == 0 ? 0 : Math.Round(_scores.Average(s => (decimal)s.Score), 2, MidpointRounding.AwayFromZero);
}

public sealed class SurveyScore
{
    private SurveyScore() { }

    internal SurveyScore(Guid surveyId, string aspectCode, int score)
    {
        Id = Guid.CreateVersion7();
        MemberSurveyId = surveyId;
        AspectCode = aspectCode;
        Score = score;
    }

    public Guid Id { get; private set; }
    public Guid MemberSurveyId { get; private set; }
    public string AspectCode { get; private set; } = "";
    public int Score { get; private set; }
}
