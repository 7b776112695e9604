using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Impact;
using Berdaya.Features.Proposals;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Surveys;

/// <summary>
/// The officer's site visit and interview of one applicant: a 1–5 score per program aspect, notes,
/// photos and a recommended amount (docs/domain.md, Proposals, surveys and decisions). The first survey puts the proposal under survey.
/// </summary>
public static class RecordSurvey
{
    public const string PhotoOwnerType = "Survey";

    /// <summary>
    /// The baseline figures are optional: left out, the survey keeps the figures the partner declared at registration; given,
    /// they are what the officer found on the visit (docs/domain.md, Impact).
    /// </summary>
    public sealed record Command(Guid PartnerId, DateOnly? SurveyedOn, Dictionary<string, int>? Scores, string? Notes, decimal? RecommendedAmount,
        decimal? BaselineAssets = null, decimal? BaselineTurnover = null, int? BaselineEmployees = null);

    public sealed record Photo(string FileName, byte[] Content);

    [FeatureService]
    public sealed class Handler(AppDbContext db, ProposalAccess access)
    {
        public async Task<Guid> HandleAsync(Guid proposalId, Command c, IReadOnlyList<Photo>? photos, string userId, CancellationToken ct)
        {
            access.RequireOfficer();
            var proposal = await access.LoadAsync(proposalId, ct);
            var item = proposal.Items.FirstOrDefault(i => i.PartnerId == c.PartnerId)
                       ?? throw new DomainException("proposal.item.notfound", "PartnerId", ErrorKind.NotFound);
            if (item.Survey is not null)
            {
                throw new DomainException("survey.exists", "PartnerId", ErrorKind.Conflict);
            }

            var errors = new List<DomainException>();
            if (c.SurveyedOn is null)
            {
                errors.Add(new DomainException("survey.date.required", "SurveyedOn"));
            }
            else if (c.SurveyedOn > access.Today)
            {
                errors.Add(new DomainException("date.future", "SurveyedOn"));
            }

            if (c.RecommendedAmount is null)
            {
                errors.Add(new DomainException("survey.recommended.required", "RecommendedAmount"));
            }

            if (c.BaselineAssets is { } assets)
            {
                Rupiah.CheckNonNegative(assets, "BaselineAssets", errors);
            }

            if (c.BaselineTurnover is { } turnover)
            {
                Rupiah.CheckNonNegative(turnover, "BaselineTurnover", errors);
            }

            if (c.BaselineEmployees is < 0 or > QuarterlyReport.MaxEmployees)
            {
                errors.Add(new DomainException("fostering.employees.range", "BaselineEmployees", ErrorKind.Validation, QuarterlyReport.MaxEmployees));
            }

            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            var aspects = await db.Programs.Where(p => p.Id == proposal.ProgramId)
                .SelectMany(p => p.SurveyAspects).OrderBy(a => a.Order).Select(a => a.Code).ToListAsync(ct);
            var scores = (c.Scores ?? []).ToDictionary(kv => kv.Key.Trim().ToLowerInvariant(), kv => kv.Value);
            var partner = await db.Partners.AsNoTracking().FirstAsync(p => p.Id == c.PartnerId, ct);

            // The survey keeps the figures it checked as the impact's baseline (docs/domain.md, Impact).
            var declared = partner.Figures();
            var baseline = new BusinessFigures(c.BaselineAssets ?? declared.Assets, c.BaselineTurnover ?? declared.Turnover,
                c.BaselineEmployees ?? declared.Employees);
            var survey = proposal.RecordSurvey(c.PartnerId, c.SurveyedOn!.Value, userId, scores, aspects, c.Notes, c.RecommendedAmount!.Value, userId, access.Now,
                baseline);
            var files = new List<Attachment>();
            for (var i = 0; i < (photos?.Count ?? 0); i++)
            {
                files.Add(Attachment.Create(PhotoOwnerType, survey.Id, photos![i].FileName, photos[i].Content, userId, access.Now, Attachment.PhotoTypes, field: $"Photos[{i}]"));
            }

            db.Attachments.AddRange(files);
            access.Record(proposal, c.PartnerId, "survey.recorded", "surveys.timeline.recorded", survey, survey.Id, partner.OwnerName, survey.RecommendedAmount);
            await db.SaveChangesAsync(ct);
            return survey.Id;
        }
    }
}
