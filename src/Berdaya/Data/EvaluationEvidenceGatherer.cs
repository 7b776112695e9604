using System.Globalization;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// Gathers the evidence of a yearly evaluation (docs/domain.md, Evaluation; decision 0028) from what the app keeps: the
/// quarterly reports of the year against the year before, the questionnaires filled in the year with their scores, the
/// installments due in the year, the licences held at its end, the trainings attended, the exhibitions and placements; and
/// judges each of the program's criteria. Used by the evaluations and by the demo, so both read the evidence alike.
/// </summary>
public sealed class EvaluationEvidenceGatherer(AppDbContext db)
{
    public async Task<EvaluationCriteria> CriteriaAsync(Guid programId, CancellationToken ct) =>
        await db.EvaluationCriteria.AsNoTracking().FirstOrDefaultAsync(c => c.ProgramId == programId, ct) ?? new EvaluationCriteria(programId);

    public async Task<EvaluationEvidence> PartnerAsync(Guid partnerId, int year, DateOnly today, EvaluationCriteria criteria, CancellationToken ct)
    {
        var asOf = AsOf(year, today);
        var start = new DateOnly(year, 1, 1);

        var first = new Quarter(year - 1, 1).Index;
        var last = new Quarter(year, 4).Index;
        var reports = await db.QuarterlyReports.AsNoTracking()
            .Where(r => r.PartnerId == partnerId && r.Current && r.QuarterIndex >= first && r.QuarterIndex <= last && r.SubmittedOn <= asOf)
            .OrderBy(r => r.QuarterIndex).ToListAsync(ct);
        var thisYear = reports.Where(r => r.Quarter.Year == year).ToList();
        var yearBefore = reports.Where(r => r.Quarter.Year == year - 1).ToList();

        // The year's turnover against the same quarters a year before (melinjo is seasonal); assets and employees at the
        // latest quarter against the same quarter a year before.
        var both = thisYear.Select(r => r.Quarter.Number).Intersect(yearBefore.Select(r => r.Quarter.Number)).ToList();
        decimal? turnoverGrowth = both.Count == 0 ? null
            : EvaluationEvidence.Growth(yearBefore.Where(r => both.Contains(r.Quarter.Number)).Sum(r => r.Turnover),
                thisYear.Where(r => both.Contains(r.Quarter.Number)).Sum(r => r.Turnover));
        var latest = thisYear.LastOrDefault(r => both.Contains(r.Quarter.Number));
        var latestBefore = latest is null ? null : yearBefore.First(r => r.Quarter.Number == latest.Quarter.Number);

        var forms = await (from f in db.FilledForms
                           where f.PartnerId == partnerId && f.VisitDate >= start && f.VisitDate <= asOf
                           join q in db.Questionnaires on f.QuestionnaireId equals q.Id
                           join s in db.FormScores on f.Id equals s.FilledFormId into scores
                           from s in scores.DefaultIfEmpty()
                           orderby f.VisitDate
                           select new ScoredForm(q.Title, f.VersionNumber, f.VisitDate, s == null ? null : s.Total, s == null ? null : s.MaxTotal))
            .ToListAsync(ct);
        var scored = forms.Where(f => f.Max is > 0).ToList();
        decimal? scorePercent = scored.Count == 0 ? null : decimal.Round(scored.Sum(f => (decimal)f.Total!.Value) / scored.Sum(f => f.Max!.Value) * 100m, 1);

        var repayment = await RepaymentAsync(partnerId, start, asOf, ct);

        var legality = await db.LegalityItems.AsNoTracking()
            .Where(l => l.PartnerId == partnerId && l.State == LegalityState.Granted && l.GrantedOn <= asOf && (l.ExpiresOn == null || l.ExpiresOn >= asOf))
            .Select(l => l.Kind).Distinct().ToListAsync(ct);

        var trainings = await (from p in db.SessionParticipants
                               where p.PartnerId == partnerId && p.Attendance == AttendanceState.Attended
                               join s in db.TrainingSessions on p.SessionId equals s.Id
                               where s.HeldOn >= start && s.HeldOn <= asOf
                               join t in db.TrainingTopics on s.TopicId equals t.Id
                               orderby s.HeldOn
                               select new { s.HeldOn, t.Name }).ToListAsync(ct);

        var exhibitions = await (from i in db.ExhibitionInvitations
                                 where i.PartnerId == partnerId && i.Attended == true
                                 join e in db.Exhibitions on i.ExhibitionId equals e.Id
                                 where e.StartsOn >= start && e.StartsOn <= asOf
                                 select i.Id).CountAsync(ct);
        var placements = await (from p in db.Placements
                                where p.PartnerId == partnerId && p.StartedOn <= asOf && (p.EndedOn == null || p.EndedOn >= start)
                                join c in db.MarketChannels on p.ChannelId equals c.Id
                                select new { p.Id, c.Name }).ToListAsync(ct);

        var evidence = new EvaluationEvidence
        {
            Year = year,
            AsOf = asOf,
            Quarters = reports.Select(r => new QuarterFigures(r.Quarter.ToString(), r.Assets, r.Turnover, r.Employees)).ToList(),
            AssetsGrowthPercent = EvaluationEvidence.Growth(latestBefore?.Assets, latest?.Assets),
            TurnoverGrowthPercent = turnoverGrowth,
            EmployeesChange = latest is null ? null : latest.Employees - latestBefore!.Employees,
            Forms = forms,
            ScorePercent = scorePercent,
            Repayment = repayment,
            Legality = legality.Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList(),
            Trainings = trainings.Select(t => $"{t.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {t.Name}").ToList(),
            ExhibitionsAttended = exhibitions,
            Placements = placements.Count,
            Channels = placements.Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
        return evidence with { Criteria = Judge(evidence, criteria) };
    }

    /// <summary>A group's evidence: its members' figures summed by quarter, every member's line, and each criterion met when every member meets it.</summary>
    public async Task<(EvaluationEvidence Group, IReadOnlyList<(Guid PartnerId, EvaluationEvidence Evidence)> Members)> GroupAsync(Guid groupId, int year,
        DateOnly today, EvaluationCriteria criteria, CancellationToken ct)
    {
        var asOf = AsOf(year, today);
        var members = await db.GroupMemberships.AsNoTracking()
            .Where(m => m.GroupId == groupId && m.JoinedOn <= asOf && (m.LeftOn == null || m.LeftOn >= new DateOnly(year, 1, 1)))
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName })
            .OrderBy(p => p.OwnerName).ToListAsync(ct);
        var each = new List<(Guid, string, EvaluationEvidence)>();
        foreach (var m in members)
        {
            each.Add((m.Id, m.OwnerName, await PartnerAsync(m.Id, year, today, criteria, ct)));
        }

        var quarters = each.SelectMany(e => e.Item3.Quarters).GroupBy(q => q.Quarter).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new QuarterFigures(g.Key, g.Sum(q => q.Assets), g.Sum(q => q.Turnover), g.Sum(q => q.Employees))).ToList();
        var forms = each.SelectMany(e => e.Item3.Forms).ToList();
        var scored = forms.Where(f => f.Max is > 0).ToList();
        var dues = each.Select(e => e.Item3.Repayment).Where(r => r is not null).Select(r => r!).ToList();
        var due = dues.Sum(r => r.Due);
        var onTime = dues.Sum(r => r.OnTime);
        var lines = each.Select(e => new MemberLine(e.Item1, e.Item2, e.Item3.TurnoverGrowthPercent, e.Item3.ScorePercent, e.Item3.Repayment?.OnTimePercent,
            e.Item3.Trainings.Count, e.Item3.Legality.Contains(nameof(LegalityKind.Nib)), e.Item3.Criteria.Count(c => c.Met), e.Item3.Criteria.Count)).ToList();
        var all = each.Select(e => e.Item3).ToList();
        var group = new EvaluationEvidence
        {
            Year = year,
            AsOf = asOf,
            Quarters = quarters,
            TurnoverGrowthPercent = GroupGrowth(all, q => q.Turnover),
            AssetsGrowthPercent = GroupGrowth(all, q => q.Assets),
            Forms = forms,
            ScorePercent = scored.Count == 0 ? null : decimal.Round(scored.Sum(f => (decimal)f.Total!.Value) / scored.Sum(f => f.Max!.Value) * 100m, 1),
            Repayment = new RepaymentRecord(due, onTime, dues.Sum(r => r.Late), dues.Sum(r => r.Unpaid),
                due == 0 ? null : decimal.Round(onTime * 100m / due, 1), null, dues.Sum(r => r.Outstanding), dues.All(r => r.Repaid)),
            Legality = all.SelectMany(e => e.Legality).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Trainings = all.SelectMany(e => e.Trainings).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            ExhibitionsAttended = all.Sum(e => e.ExhibitionsAttended),
            Placements = all.Sum(e => e.Placements),
            Channels = all.SelectMany(e => e.Channels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Members = lines,
        };

        // A group meets a criterion when every member meets it (decision 0028); a group with no member in the year meets none,
        // and still shows each criterion the program set, at 0/0.
        if (all.Count == 0)
        {
            var none = Judge(group, criteria).Select(c => c with { Actual = "0/0", Met = false }).ToList();
            return (group with { Criteria = none }, []);
        }

        var criteriaNames = all.SelectMany(e => e.Criteria.Select(c => c.Name)).Distinct(StringComparer.Ordinal).ToList();
        var groupCriteria = criteriaNames.Select(name =>
        {
            var met = all.Count(e => e.Criteria.Any(c => c.Name == name && c.Met));
            var required = all.Select(e => e.Criteria.FirstOrDefault(c => c.Name == name)?.Required).FirstOrDefault(r => r is not null) ?? "";
            return new CriterionResult(name, required, string.Create(CultureInfo.InvariantCulture, $"{met}/{all.Count}"), all.Count > 0 && met == all.Count);
        }).ToList();
        return (group with { Criteria = groupCriteria }, each.Select(e => (e.Item1, e.Item3)).ToList());
    }

    private static decimal? GroupGrowth(IReadOnlyList<EvaluationEvidence> all, Func<QuarterFigures, decimal> figure)
    {
        // Each member's growth weighted by their own figures: the sums of the quarters both years reported.
        decimal before = 0, now = 0;
        foreach (var e in all)
        {
            var year = e.Year;
            var numbers = e.Quarters.Where(q => q.Quarter.StartsWith(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                .Select(q => q.Quarter[^1])
                .Intersect(e.Quarters.Where(q => q.Quarter.StartsWith((year - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).Select(q => q.Quarter[^1]))
                .ToList();
            now += e.Quarters.Where(q => q.Quarter.StartsWith(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && numbers.Contains(q.Quarter[^1])).Sum(figure);
            before += e.Quarters.Where(q => q.Quarter.StartsWith((year - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && numbers.Contains(q.Quarter[^1])).Sum(figure);
        }

        return EvaluationEvidence.Growth(before, now);
    }

    private async Task<RepaymentRecord?> RepaymentAsync(Guid partnerId, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        var loans = await db.Loans.AsNoTracking().Include(l => l.Installments).Where(l => l.PartnerId == partnerId && l.DisbursedOn <= asOf).ToListAsync(ct);
        if (loans.Count == 0)
        {
            return null;
        }

        int due = 0, onTime = 0, late = 0, unpaid = 0;
        DateOnly? oldestUnpaid = null;
        decimal outstanding = 0;
        foreach (var loan in loans)
        {
            foreach (var i in OnTime.Counting(loan))
            {
                var paidBy = i.PaidOffOn is { } p && p <= asOf;
                if (i.DueDate <= asOf && !paidBy && (oldestUnpaid is null || i.DueDate < oldestUnpaid))
                {
                    oldestUnpaid = i.DueDate;
                }

                if (!paidBy)
                {
                    outstanding += i.Principal;
                }

                if (i.DueDate < from || i.DueDate > asOf)
                {
                    continue;
                }

                due++;
                if (i.PaidOffOn is { } paid && paid <= i.DueDate)
                {
                    onTime++;
                }
                else if (paidBy)
                {
                    late++;
                }
                else
                {
                    unpaid++;
                }
            }
        }

        var repaid = loans.All(l => l.RepaidOn is { } r && r <= asOf);
        var cls = repaid ? null : Arrears.ClassOf(Arrears.DaysPastDue(asOf, oldestUnpaid)).ToString();
        return new RepaymentRecord(due, onTime, late, unpaid, due == 0 ? null : decimal.Round(onTime * 100m / due, 1), cls, outstanding, repaid);
    }

    private static List<CriterionResult> Judge(EvaluationEvidence e, EvaluationCriteria c)
    {
        static string Pct(decimal? v) => v is { } x ? x.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";
        var r = e.Repayment;

        // A year with no installment due keeps the record clean only when the loans were repaid.
        var onTimeMet = r is null ? false : r.Due == 0 ? r.Repaid : r.OnTimePercent >= c.MinOnTimePercent && r.Unpaid == 0;
        return
        [
            new(nameof(Criterion.OnTime), $"≥ {c.MinOnTimePercent}%", r is null ? "–" : Pct(r.OnTimePercent), onTimeMet),
            new(nameof(Criterion.Score), $"≥ {c.MinScorePercent}%", Pct(e.ScorePercent), e.ScorePercent >= c.MinScorePercent),
            new(nameof(Criterion.TurnoverGrowth), $"≥ {c.MinTurnoverGrowthPercent}%", Pct(e.TurnoverGrowthPercent), e.TurnoverGrowthPercent >= c.MinTurnoverGrowthPercent),
            new(nameof(Criterion.Trainings), $"≥ {c.MinTrainings}", e.Trainings.Count.ToString(CultureInfo.InvariantCulture), e.Trainings.Count >= c.MinTrainings),
            new(nameof(Criterion.Nib), c.RequireNib ? "NIB" : "–", e.Legality.Contains(nameof(LegalityKind.Nib)) ? "NIB" : "–",
                !c.RequireNib || e.Legality.Contains(nameof(LegalityKind.Nib))),
        ];
    }

    private static DateOnly AsOf(int year, DateOnly today) => year >= today.Year ? today : new DateOnly(year, 12, 31);
}
