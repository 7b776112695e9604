using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Graduation;

/// <summary>The letter of recommendation to a bank (decision 0029): in Bahasa Indonesia whatever the reader's language, for printing.</summary>
public sealed class LetterModel(GraduationDocuments documents) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public GraduationDocument Doc { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Doc = await documents.HandleAsync(Id, ct);
        var id = CultureInfo.GetCultureInfo("id-ID");
        CultureInfo.CurrentUICulture = id;
        CultureInfo.CurrentCulture = id;
    }
}
