using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Questionnaires;

/// <summary>
/// A questionnaire filled for a partner on a visit (docs/domain.md, Questionnaires; decision 0025), one at a time or many
/// from a phone coming back online. Each form carries the id the phone gave it: a form sent again answers as the first time,
/// and the forms of a sync are kept or refused each on its own, so one refused form never holds back the others.
/// </summary>
[FeatureService]
public sealed class FillForms(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public const int MaxSync = 250;

    /// <summary>The largest sync a phone may send (forms with their photos); it sends in batches below it.</summary>
    public const long SyncBodyLimit = 64L * 1024 * 1024;

    public sealed record Submission
    {
        /// <summary>The form's own id, given where it was filled.</summary>
        public Guid? Id { get; set; }

        public Guid? VersionId { get; set; }
        public Guid? PartnerId { get; set; }
        public DateOnly? VisitDate { get; set; }
        public Dictionary<string, string?>? Answers { get; set; }

        /// <summary>Photos by the file name a photo answer gives, as base64 (JPEG or PNG).</summary>
        public Dictionary<string, string>? Photos { get; set; }
    }

    /// <summary>What became of one form: kept now, kept before (a second send), or refused with the problems.</summary>
    public sealed record Outcome(Guid? Id, string Status, int HttpStatus, IReadOnlyList<OutcomeError> Errors);

    public sealed record OutcomeError(string Field, string Code, string Message);

    public bool MayFill => me.IsAdmin || me.IsOfficer || me.IsFacilitator;

    /// <summary>Keeps one form, or throws its problems.</summary>
    public async Task<(FilledForm Form, bool Repeat)> SubmitAsync(Submission s, CancellationToken ct)
    {
        if (!MayFill)
        {
            throw new DomainException("form.forbidden", null, ErrorKind.Forbidden);
        }

        var errors = new List<DomainException>();
        if (s.Id is null || s.Id == Guid.Empty)
        {
            errors.Add(new DomainException("field.required", "Id"));
        }

        var photos = ReadPhotos(s.Photos, errors);
        var answers = s.Answers ?? [];
        if (answers.Count > FormDefinition.MaxQuestions)
        {
            errors.Add(new DomainException("questionnaire.questions.toomany", "Answers", ErrorKind.Validation, FormDefinition.MaxQuestions));
        }

        var fingerprint = FilledForm.FingerprintOf(s.VersionId ?? Guid.Empty, s.PartnerId ?? Guid.Empty, s.VisitDate, answers, photos);
        if (s.Id is { } given && given != Guid.Empty)
        {
            var earlier = await db.FilledForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == given, ct);
            if (earlier is not null)
            {
                return Repeat(earlier, fingerprint);
            }
        }

        var version = s.VersionId is { } vid ? await db.QuestionnaireVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vid, ct) : null;
        if (version is null || !(me.IsAdmin || (await me.ScopeAsync(ct)).ProgramIds.Contains(version.ProgramId)))
        {
            errors.Add(new DomainException(s.VersionId is null ? "field.required" : "form.version.unknown", "VersionId"));
        }
        else if (version.State != VersionState.Published)
        {
            errors.Add(new DomainException("form.version.draft", "VersionId", ErrorKind.Validation, version.Number));
        }

        var partner = s.PartnerId is { } pid
            ? await (await me.PartnersAsync(ct)).Where(p => p.Id == pid).Select(p => new { p.Id, p.ProgramId, p.OwnerName }).FirstOrDefaultAsync(ct)
            : null;
        if (partner is null)
        {
            errors.Add(new DomainException(s.PartnerId is null ? "field.required" : "form.partner.unknown", "PartnerId"));
        }
        else if (version is not null && partner.ProgramId != version.ProgramId)
        {
            errors.Add(new DomainException("form.partner.program", "PartnerId"));
        }

        var today = clock.Today();
        if (FilledForm.CheckVisitDate(s.VisitDate, today) is { } dateError)
        {
            errors.Add(dateError);
        }

        IReadOnlyDictionary<string, string>? kept = null;
        if (version is not null && version.State == VersionState.Published)
        {
            try
            {
                kept = Answers.Read(version.Form, answers, today, photos.Keys.ToHashSet(StringComparer.Ordinal));
            }
            catch (DomainValidationException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var by = me.RequiredId;
        var form = new FilledForm(s.Id!.Value, version!, partner!.Id, s.VisitDate!.Value, kept!, fingerprint, by, me.Name ?? by, clock.GetUtcNow());
        db.FilledForms.Add(form);
        foreach (var name in kept!.Values.Where(photos.ContainsKey).Distinct(StringComparer.Ordinal))
        {
            db.Attachments.Add(Attachment.Create(nameof(FilledForm), form.Id, name, photos[name], me.Name ?? by, clock.GetUtcNow(), Attachment.PhotoTypes,
                field: "Photos." + name));
        }

        var title = await db.Questionnaires.Where(q => q.Id == version!.QuestionnaireId).Select(q => q.Title).FirstAsync(ct);
        var groupId = await db.GroupMemberships.Where(m => m.ActivePartnerId == partner.Id).Select(m => (Guid?)m.GroupId).FirstOrDefaultAsync(ct);
        db.Timeline.Add(new TimelineEvent(version!.ProgramId, groupId, partner.Id, form.VisitDate, FivePApproach.Fostering, "questionnaire.filled",
            $"{partner.OwnerName}: kuesioner {title} (versi {version.Number}) diisi oleh {me.Name ?? by}", nameof(FilledForm), form.Id, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // The same form arrived twice at once: the other send kept it.
            db.ChangeTracker.Clear();
            var first = await db.FilledForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == form.Id, ct);
            return first is null ? throw new DomainException("form.race", "Id", ErrorKind.Conflict) : Repeat(first, fingerprint);
        }

        return (form, false);
    }

    /// <summary>Many forms at once (a phone coming back online): each kept, repeated or refused on its own, in the order sent.</summary>
    public async Task<IReadOnlyList<Outcome>> SyncAsync(IReadOnlyList<Submission>? forms, Func<DomainException, string> message, CancellationToken ct)
    {
        if (!MayFill)
        {
            throw new DomainException("form.forbidden", null, ErrorKind.Forbidden);
        }

        if (forms is null || forms.Count == 0)
        {
            throw new DomainException("field.required", "Forms");
        }

        if (forms.Count > MaxSync)
        {
            throw new DomainException("form.sync.toomany", "Forms", ErrorKind.TooLarge, MaxSync);
        }

        var outcomes = new List<Outcome>();
        foreach (var f in forms)
        {
            try
            {
                var (form, repeat) = await SubmitAsync(f ?? new Submission(), ct);
                outcomes.Add(new Outcome(form.Id, repeat ? "repeat" : "kept", repeat ? 200 : 201, []));

                // A kept form is saved: the next form's save should not compare every photo kept before it again.
                db.ChangeTracker.Clear();
            }
            catch (DomainException ex)
            {
                // Not an answer of the request: each form of a sync is refused on its own, with the status the one error path
                // would give it, and the others are still kept (decision 0025).
                db.ChangeTracker.Clear();
                var all = ex is DomainValidationException v ? v.Errors : [ex];
                var status = Web.Errors.Problems.StatusOf(ex);
                outcomes.Add(new Outcome(f?.Id, "refused", status, all.Select(e => new OutcomeError(e.Field ?? "", e.Code, message(e))).ToList()));
            }
        }

        return outcomes;
    }

    private static (FilledForm, bool) Repeat(FilledForm earlier, string fingerprint) =>
        earlier.Fingerprint == fingerprint
            ? (earlier, true)
            : throw new DomainException("form.id.taken", "Id", ErrorKind.Conflict);

    private static Dictionary<string, byte[]> ReadPhotos(Dictionary<string, string>? photos, List<DomainException> errors)
    {
        var read = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (photos is null)
        {
            return read;
        }

        if (photos.Count > FilledForm.MaxPhotos)
        {
            errors.Add(new DomainException("form.photos.toomany", "Photos", ErrorKind.Validation, FilledForm.MaxPhotos));
            return read;
        }

        foreach (var (name, data) in photos)
        {
            var base64 = data ?? "";
            var comma = base64.IndexOf(',', StringComparison.Ordinal);
            if (base64.StartsWith("data:", StringComparison.Ordinal) && comma > 0)
            {
                base64 = base64[(comma + 1)..];
            }

            var bytes = new byte[base64.Length * 3 / 4 + 3];
            if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || !Convert.TryFromBase64String(base64, bytes, out var n))
            {
                errors.Add(new DomainException("form.photo.unreadable", "Photos." + (name ?? ""), ErrorKind.Validation, name ?? ""));
                continue;
            }

            read[name] = bytes[..n];
        }

        return read;
    }
}
