using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Questionnaires;

public sealed record VersionLine(Guid Id, int Number, VersionState State, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, int Questions, int Answers);

public sealed record QuestionnaireLine(Guid Id, string Title, IReadOnlyList<VersionLine> Versions, IReadOnlyList<string> Facilitators);

public sealed record VersionView(Guid Id, Guid QuestionnaireId, Guid ProgramId, string Title, int Number, VersionState State, int Revision,
    DateTimeOffset? PublishedAt, string? PublishedBy, FormDefinition Form);

public sealed record FilledLine(Guid Id, Guid PartnerId, string PartnerName, string BusinessName, int VersionNumber, Guid VersionId, string Questionnaire,
    DateOnly VisitDate, string FilledBy, IReadOnlyDictionary<string, string> Answers);

public sealed record FacilitatorChoice(string Id, string Name, bool Assigned);

/// <summary>Field-visit data a phone keeps (decision 0025): the questionnaires to ask and the partners to visit, nothing more.</summary>
public sealed record FieldBundle(DateTimeOffset At, IReadOnlyList<FieldForm> Forms, IReadOnlyList<FieldPartner> Partners);

/// <summary>A version to ask on visits, with each condition already read, so the phone judges it as the server does.</summary>
public sealed record FieldForm(Guid VersionId, string Title, int Number, FormDefinition Form,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<ConditionTest>>> Conditions)
{
    public static FieldForm Of(Guid versionId, string title, int number, FormDefinition form) =>
        new(versionId, title, number, form, form.Questions.Where(q => !string.IsNullOrWhiteSpace(q.Relevant))
            .Select(q => (q.Name, Parsed: Condition.Parse(q.Relevant!, out _)))
            .Where(x => x.Parsed is not null)
            .ToDictionary(x => x.Name, x => x.Parsed!, StringComparer.Ordinal));
}

public sealed record FieldPartner(Guid Id, string Name, string Business, string Village);

/// <summary>What the questionnaire pages and API read (docs/domain.md, Questionnaires).</summary>
[FeatureService]
public sealed class QuestionnaireQueries(AppDbContext db, CurrentUser me, ProgramScope programs)
{
    public const int MaxAnswersShown = 500;

    /// <summary>Who reads questionnaires and their answers: staff and management; evaluators score them elsewhere, without names.</summary>
    public bool MayRead => me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsViewer;

    public bool MayEdit => me.IsAdmin || me.IsOfficer;

    public async Task<IReadOnlyList<QuestionnaireLine>> ListAsync(Guid programId, CancellationToken ct)
    {
        RequireRead();
        var qs = await db.Questionnaires.AsNoTracking().Where(q => q.ProgramId == programId).OrderBy(q => q.Title).ToListAsync(ct);
        var ids = qs.Select(q => q.Id).ToList();
        var versions = await db.QuestionnaireVersions.AsNoTracking().Where(v => ids.Contains(v.QuestionnaireId))
            .Select(v => new { v.Id, v.QuestionnaireId, v.Number, v.State, v.CreatedAt, v.PublishedAt, v.Definition }).ToListAsync(ct);
        var counts = await db.FilledForms.Where(f => ids.Contains(f.QuestionnaireId)).GroupBy(f => f.VersionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var assigned = await db.QuestionnaireAssignments.Where(a => ids.Contains(a.QuestionnaireId))
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.QuestionnaireId, u.DisplayName }).ToListAsync(ct);
        return qs.Select(q => new QuestionnaireLine(q.Id, q.Title,
                versions.Where(v => v.QuestionnaireId == q.Id).OrderByDescending(v => v.Number)
                    .Select(v => new VersionLine(v.Id, v.Number, v.State, v.CreatedAt, v.PublishedAt, FormDefinition.FromJson(v.Definition).Questions.Count(),
                        counts.GetValueOrDefault(v.Id))).ToList(),
                assigned.Where(a => a.QuestionnaireId == q.Id).Select(a => a.DisplayName).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>One questionnaire with its versions (404 outside the user's programs).</summary>
    public async Task<QuestionnaireLine> ListForAsync(Guid questionnaireId, CancellationToken ct)
    {
        RequireRead();
        var program = await db.Questionnaires.Where(q => q.Id == questionnaireId).Select(q => (Guid?)q.ProgramId).FirstOrDefaultAsync(ct);
        if (program is null || !await programs.MayReadAsync(program.Value, ct))
        {
            throw new DomainException("questionnaire.notfound", "Id", ErrorKind.NotFound);
        }

        return (await ListAsync(program.Value, ct)).First(q => q.Id == questionnaireId);
    }

    /// <summary>Whether the id is a version's (its program is checked when it is read).</summary>
    public Task<bool> IsVersionAsync(Guid id, CancellationToken ct) => db.QuestionnaireVersions.AnyAsync(v => v.Id == id, ct);

    public async Task<VersionView> VersionAsync(Guid versionId, CancellationToken ct)
    {
        RequireRead();
        var v = await db.QuestionnaireVersions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == versionId, ct);
        if (v is null || !await programs.MayReadAsync(v.ProgramId, ct))
        {
            throw new DomainException("questionnaire.version.notfound", "VersionId", ErrorKind.NotFound);
        }

        var title = await db.Questionnaires.Where(q => q.Id == v.QuestionnaireId).Select(q => q.Title).FirstAsync(ct);
        return new VersionView(v.Id, v.QuestionnaireId, v.ProgramId, title, v.Number, v.State, v.Revision, v.PublishedAt, v.PublishedBy, v.Form);
    }

    public async Task<IReadOnlyList<FacilitatorChoice>> FacilitatorsAsync(Guid questionnaireId, Guid programId, CancellationToken ct)
    {
        var assigned = await db.QuestionnaireAssignments.Where(a => a.QuestionnaireId == questionnaireId).Select(a => a.UserId).ToListAsync(ct);
        return await db.Users.Where(u => u.IsActive
                                         && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Facilitator))
                                         && db.UserPrograms.Any(p => p.UserId == u.Id && p.ProgramId == programId))
            .OrderBy(u => u.DisplayName)
            .Select(u => new FacilitatorChoice(u.Id, u.DisplayName, assigned.Contains(u.Id))).ToListAsync(ct);
    }

    /// <summary>The forms filled with a version, newest visit first (a facilitator sees their villages' partners only).</summary>
    public async Task<IReadOnlyList<FilledLine>> AnswersAsync(Guid versionId, int limit, CancellationToken ct)
    {
        var v = await VersionAsync(versionId, ct);
        var partners = await me.PartnersAsync(ct);
        return await Lines(db.FilledForms.Where(f => f.VersionId == v.Id), partners, v.Title, limit, ct);
    }

    /// <summary>The forms filled for a partner, newest visit first.</summary>
    public async Task<(string Name, IReadOnlyList<FilledLine> Lines)> ForPartnerAsync(Guid partnerId, CancellationToken ct)
    {
        RequireRead();
        var partners = await me.PartnersAsync(ct);
        var partner = await partners.Where(p => p.Id == partnerId).Select(p => new { p.OwnerName, p.BusinessName }).FirstOrDefaultAsync(ct)
                      ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
        var lines = await Lines(db.FilledForms.Where(f => f.PartnerId == partnerId), partners, null, MaxAnswersShown, ct);
        return ($"{partner.OwnerName} ({partner.BusinessName})", lines);
    }

    /// <summary>One filled form, in the version it was asked with.</summary>
    public async Task<(FilledLine Line, VersionView Version)> FilledAsync(Guid id, CancellationToken ct)
    {
        RequireRead();
        var partners = await me.PartnersAsync(ct);
        var found = await Lines(db.FilledForms.Where(f => f.Id == id), partners, null, 1, ct);
        var line = (found.Count > 0 ? found[0] : null)
                   ?? throw new DomainException("form.notfound", "Id", ErrorKind.NotFound);
        return (line, await VersionAsync(line.VersionId, ct));
    }

    /// <summary>What a facilitator's phone keeps for visits: the newest published version of each questionnaire given to them, and their partners.</summary>
    public async Task<FieldBundle> FieldBundleAsync(TimeProvider clock, CancellationToken ct)
    {
        if (!(me.IsAdmin || me.IsOfficer || me.IsFacilitator))
        {
            throw new DomainException("form.forbidden", null, ErrorKind.Forbidden);
        }

        var scope = await me.ScopeAsync(ct);
        var ids = scope.ProgramIds.ToList();
        var userId = me.RequiredId;
        var questionnaires = me.IsFacilitator && !me.IsOfficer && !me.IsAdmin
            ? db.Questionnaires.Where(q => db.QuestionnaireAssignments.Any(a => a.QuestionnaireId == q.Id && a.UserId == userId))
            : db.Questionnaires.Where(q => scope.IsAdmin || ids.Contains(q.ProgramId));
        var latest = await questionnaires
            .Select(q => new
            {
                q.Title,
                Version = db.QuestionnaireVersions.Where(v => v.QuestionnaireId == q.Id && v.State == VersionState.Published)
                    .OrderByDescending(v => v.Number).Select(v => new { v.Id, v.Number, v.Definition }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var forms = latest.Where(x => x.Version is not null).OrderBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => FieldForm.Of(x.Version!.Id, x.Title, x.Version.Number, FormDefinition.FromJson(x.Version.Definition))).ToList();
        var partners = await (await me.PartnersAsync(ct))
            .Where(p => db.GroupMemberships.Any(m => m.ActivePartnerId == p.Id) && p.Status != Domain.Partners.PartnerStatus.Independent)
            .OrderBy(p => p.OwnerName).Take(2000)
            .Select(p => new FieldPartner(p.Id, p.OwnerName, p.BusinessName, db.Regions.Where(r => r.Code == p.VillageCode).Select(r => r.Name).FirstOrDefault() ?? p.VillageCode))
            .ToListAsync(ct);
        return new FieldBundle(clock.GetUtcNow(), forms, partners);
    }

    private async Task<IReadOnlyList<FilledLine>> Lines(IQueryable<FilledForm> forms, IQueryable<Domain.Partners.Partner> partners, string? title, int limit,
        CancellationToken ct)
    {
        var rows = await forms.Join(partners, f => f.PartnerId, p => p.Id, (f, p) => new { f, p.OwnerName, p.BusinessName })
            .OrderByDescending(x => x.f.VisitDate).ThenByDescending(x => x.f.ReceivedAt).Take(limit)
            .Select(x => new
            {
                x.f.Id,
                x.f.PartnerId,
                x.OwnerName,
                x.BusinessName,
                x.f.VersionNumber,
                x.f.VersionId,
                Title = db.Questionnaires.Where(q => q.Id == x.f.QuestionnaireId).Select(q => q.Title).FirstOrDefault(),
                x.f.VisitDate,
                x.f.FilledByName,
                x.f.Answers,
            })
            .ToListAsync(ct);
        return rows.Select(r => new FilledLine(r.Id, r.PartnerId, r.OwnerName, r.BusinessName, r.VersionNumber, r.VersionId, title ?? r.Title ?? "",
            r.VisitDate, r.FilledByName, System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(r.Answers) ?? [])).ToList();
    }

    private void RequireRead()
    {
        if (!MayRead)
        {
            throw new DomainException("questionnaire.forbidden", null, ErrorKind.Forbidden);
        }
    }
}
