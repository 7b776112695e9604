using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Evaluations;

/// <summary>The evaluation as the document the program keeps (decision 0028): in Bahasa Indonesia whatever the reader's language, with signatures.</summary>
public sealed class PrintModel(Evaluations evaluations) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public EvaluationView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await evaluations.ViewAsync(Id, ct);
        var id = CultureInfo.GetCultureInfo("id-ID");
        CultureInfo.CurrentUICulture = id;
        CultureInfo.CurrentCulture = id;
    }
}
