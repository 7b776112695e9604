using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Questionnaires;

/// <summary>One filled form, each answer under the question of the version asked, photos included (docs/domain.md, Questionnaires).</summary>
public sealed class FilledModel(QuestionnaireQueries queries, AppDbContext db) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public FilledLine Line { get; private set; } = null!;
    public VersionView Version { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => (Line, Version) = await queries.FilledAsync(Id, ct);

    public async Task<IActionResult> OnGetPhotoAsync(string name, CancellationToken ct)
    {
        // The same scope as the form itself: a form out of reach is not found.
        await queries.FilledAsync(Id, ct);
        var a = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(x => x.OwnerType == nameof(FilledForm) && x.OwnerId == Id && x.FileName == name, ct)
                ?? throw new DomainException("form.notfound", "Id", ErrorKind.NotFound);
        return File(a.Content, a.ContentType);
    }
}
