using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Questionnaires;

/// <summary>The forms filled with one version, newest visit first, with the Excel download (docs/domain.md, Questionnaires).</summary>
public sealed class AnswersModel(QuestionnaireQueries queries) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public VersionView Version { get; private set; } = null!;
    public IReadOnlyList<FilledLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Version = await queries.VersionAsync(Id, ct);
        Lines = await queries.AnswersAsync(Id, QuestionnaireQueries.MaxAnswersShown, ct);
    }
}
