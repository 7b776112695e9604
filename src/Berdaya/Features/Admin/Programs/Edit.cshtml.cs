using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Admin.Programs;

public sealed class EditModel(ProgramQueries programs, SaveProgram save, TextsLocalizer t) : AdminPage
{
    [BindProperty]
    public ProgramForm Input { get; set; } = new();

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        Input = ProgramForm.From(await programs.GetAsync(id, ct)).WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = Input.ToCommand(withCriteria: true, out var rowOf);
        FormField = field => "Input." + rowOf(field);
        await save.UpdateAsync(id, command, ct);
        TempData["Flash"] = t["admin.programs.saved"].Value;
        return Redirect($"/admin/programs/{id}");
    }
}
