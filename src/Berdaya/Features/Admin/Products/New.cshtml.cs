using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Features.Fund;
using Berdaya.Features.Groups;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Admin.Products;

[Authorize(Roles = Roles.Administrator)]
public sealed class NewModel(SaveProduct save, ProgramScope scope, Texts texts, TextsLocalizer t) : PageModel
{
    [BindProperty]
    public ProductForm Input { get; set; } = new();

    public Guid ProgramId { get; private set; }
    public string ProgramName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct) =>
        await LoadAsync(programId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid? programId, CancellationToken ct)
    {
        if (!await LoadAsync(programId, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await save.CreateAsync(Input.ToCreate(ProgramId), ct);
            TempData["Flash"] = t["products.saved"].Value;
            return Redirect($"/admin/products?programId={ProgramId}");
        }
        catch (DomainException ex)
        {
            return PageOutcome.Handle(this, ex, texts) ?? Page();
        }
    }

    private async Task<bool> LoadAsync(Guid? programId, CancellationToken ct)
    {
        if (await FundPages.ResolveAsync(scope, programId, ct) is not { } id)
        {
            return false;
        }

        ProgramId = id;
        var choice = (await scope.ChoicesAsync(ct)).FirstOrDefault(c => c.Id == id);
        ProgramName = choice is null ? "" : $"{choice.Code} — {choice.Name}";
        return true;
    }
}
