using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Admin.Products;

[Authorize(Roles = Roles.Administrator)]
public sealed class NewModel(CreateProduct.Handler create, ProgramScope scope, TextsLocalizer t) : PageModel
{
    [BindProperty]
    public ProductForm Input { get; set; } = new();

    public Guid ProgramId { get; private set; }
    public string ProgramName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        await LoadAsync(programId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? programId, CancellationToken ct)
    {
        await LoadAsync(programId, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await create.HandleAsync(Input.ToCreate(ProgramId), ct);
        TempData["Flash"] = t["products.saved"].Value;
        return Redirect($"/admin/products?programId={ProgramId}");
    }

    private async Task LoadAsync(Guid? programId, CancellationToken ct)
    {
        ProgramId = await scope.ResolvePageAsync(programId, ct);
        var choice = (await scope.ChoicesAsync(ct)).FirstOrDefault(c => c.Id == ProgramId);
        ProgramName = choice is null ? "" : $"{choice.Code} — {choice.Name}";
    }
}
