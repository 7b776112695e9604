using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Questionnaires;

/// <summary>The questionnaires filled for a partner, newest visit first (docs/domain.md, Questionnaires).</summary>
public sealed class PartnerModel(QuestionnaireQueries queries) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public string Name { get; private set; } = "";
    public IReadOnlyList<FilledLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Name, Lines) = await queries.ForPartnerAsync(Id, ct);
}
