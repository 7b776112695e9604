using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Questionnaires;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's scoring and yearly evaluations (docs/domain.md, Evaluation): the university incubator scored every Citra Sari
/// questionnaire 2007–2012; each January the CDC evaluated the group and its members on the year before, continuing them
/// until the 2012 evaluation, which graduated the group. This year's Mekar Sari forms wait for the incubator's scores.
/// </summary>
internal sealed class DemoEvaluations(AppDbContext db, DateOnly today)
{
    public async Task SeedAsync(Guid programId, string evaluatorName, string officerName, CancellationToken ct)
    {
        var citra = await db.Groups.Where(g => g.ProgramId == programId && g.Name == "Citra Sari").Select(g => g.Id).SingleAsync(ct);
        var members = await db.GroupMemberships.Where(m => m.GroupId == citra).Select(m => m.PartnerId).ToListAsync(ct);
        var names = await db.Partners.Where(p => members.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var forms = await db.FilledForms.Where(f => members.Contains(f.PartnerId)).ToListAsync(ct);
        var versions = await db.QuestionnaireVersions.Where(v => v.ProgramId == programId).ToDictionaryAsync(v => v.Id, ct);
        foreach (var f in forms)
        {
            var definition = versions[f.VersionId].Form;
            var answers = f.AnswerMap();
            var score = new FormScore(f.Id, f.ProgramId, f.PartnerId, f.VisitDate.Year);
            score.Score(definition, answers, Rubric(definition, answers), f.VisitDate.Year < 2009 ? "Pencatatan mulai rapi; pasar masih sekitar desa." : null,
                evaluatorName, At(f.VisitDate.AddDays(20)));
            db.FormScores.Add(score);
        }

        await db.SaveChangesAsync(ct);

        var gatherer = new EvaluationEvidenceGatherer(db);
        // The story's years predate the NIB (issued through OSS since 2018): the program then asked no business number, so
        // those evaluations were gathered against the criteria of the time; today's criteria keep the default.
        var criteria = new EvaluationCriteria(programId);
        criteria.Set(EvaluationCriteria.DefaultOnTimePercent, EvaluationCriteria.DefaultScorePercent, EvaluationCriteria.DefaultTurnoverGrowthPercent,
            EvaluationCriteria.DefaultTrainings, requireNib: false);
        for (var year = 2007; year <= 2012; year++)
        {
            var (group, each) = await gatherer.GroupAsync(citra, year, today, criteria, ct);
            var gathered = At(new DateOnly(year + 1, 1, 10));
            var decidedOn = new DateOnly(year + 1, 1, 25);
            var graduate = year == 2012;
            foreach (var (partnerId, evidence) in each)
            {
                var e = new Evaluation(programId, year, EvaluationSubject.Partner, partnerId, citra, evidence.ToJson(), officerName, gathered);
                var all = evidence.Criteria.All(c => c.Met);
                e.Decide(graduate && all ? EvaluationDecision.Graduate : EvaluationDecision.Continue,
                    graduate && all ? "Memenuhi semua kriteria dan syarat KUR; siap dilepas bersama kelompok."
                    : all ? "Kriteria terpenuhi; pendampingan berlanjut." : "Sebagian kriteria belum terpenuhi; pendampingan berlanjut.",
                    officerName, decidedOn);
                db.Evaluations.Add(e);
                db.Timeline.Add(new TimelineEvent(programId, citra, partnerId, decidedOn, FivePApproach.Fostering, "evaluation.decided",
                    string.Create(CultureInfo.InvariantCulture, $"Evaluasi {year} {names[partnerId]}: {e.DecisionReason}"), nameof(Evaluation), e.Id, At(decidedOn)));
            }

            var ge = new Evaluation(programId, year, EvaluationSubject.Group, citra, citra, group.ToJson(), officerName, gathered);
            ge.JudgeAsEvaluator(year switch
            {
                2007 => "Produksi naik, pembukuan baru dimulai sebagian anggota; penurunan satu anggota karena melinjo habis sudah ditangani.",
                2009 => "Kemasan masih polos; disarankan pelatihan kemasan dan label.",
                2012 => "Usaha stabil, pembukuan rutin, pasar sampai Bandung dan Jakarta, kemasan berlabel. Layak mandiri.",
                _ => "Pertumbuhan terjaga; lanjutkan pendampingan pemasaran.",
            }, evaluatorName, At(new DateOnly(year + 1, 1, 18)));
            ge.JudgeAsOfficer(graduate ? "Angsuran lancar sampai lunas; kelompok siap mengajukan KUR ke bank." : "Angsuran lancar; kelompok aktif.", officerName,
                At(new DateOnly(year + 1, 1, 22)));
            var groupMet = group.Criteria.All(c => c.Met);
            ge.Decide(graduate && groupMet ? EvaluationDecision.Graduate : year == 2009 ? EvaluationDecision.Extend : EvaluationDecision.Continue,
                graduate && groupMet ? "Semua anggota memenuhi kriteria program; kelompok Citra Sari dinyatakan berhasil dan mandiri."
                : year == 2009 ? "Diperpanjang dengan pinjaman kedua untuk alat press dan kemasan." : "Dilanjutkan: kriteria tahun ini sebagian besar terpenuhi.",
                officerName, decidedOn);
            db.Evaluations.Add(ge);
            db.Timeline.Add(new TimelineEvent(programId, citra, null, decidedOn, FivePApproach.Fostering, "evaluation.decided",
                string.Create(CultureInfo.InvariantCulture, $"Evaluasi {year} kelompok Citra Sari: {ge.DecisionReason}"), nameof(Evaluation), ge.Id, At(decidedOn)));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The incubator's scores, read from the answers as its rubric says: books kept, their regularity, markets reached, packaging, PIRT.</summary>
    private static Dictionary<string, int?> Rubric(FormDefinition form, IReadOnlyDictionary<string, string> answers)
    {
        var scores = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var q in FormScore.Scored(form).Where(q => answers.ContainsKey(q.Name)))
        {
            var a = answers[q.Name];
            scores[q.Name] = q.Type switch
            {
                QuestionType.YesNo => a == "yes" ? q.MaxScore : 0,
                QuestionType.Scale => Math.Min(q.MaxScore, int.Parse(a, CultureInfo.InvariantCulture)),
                QuestionType.MultipleChoice => Math.Min(q.MaxScore, a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length),
                _ => 0,
            };
        }

        return scores;
    }

    private static DateTimeOffset At(DateOnly on) => BusinessCalendar.MorningOf(on);
}
