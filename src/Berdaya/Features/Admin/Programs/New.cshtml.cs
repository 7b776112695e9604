using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Admin.Programs;

public sealed class NewModel(SaveProgram save, TextsLocalizer t) : AdminPage
{
    [BindProperty]
    public ProgramForm Input { get; set; } = new();

    public void OnGet()
    {
        Input.MaxLoanPerPartner = 10_000_000m;
        Input.SurveyAspects = Domain.Programs.SurveyAspect.FiveCs().Select(a => new ProgramForm.AspectRow { Code = a.Code, Name = a.Name, Order = a.Order }).ToList();
        Input.WithBlankRows();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = Input.ToCommand(withCriteria: false, out var rowOf);
        FormField = field => "Input." + rowOf(field);
        var program = await save.CreateAsync(command, ct);
        TempData["Flash"] = t["admin.programs.saved"].Value;
        return Redirect($"/admin/programs/{program.Id}");
    }
}
