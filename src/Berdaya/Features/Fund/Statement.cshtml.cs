using Berdaya.Domain.Common;
using Berdaya.Features.Groups;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Fund;

[Authorize(Roles = ProgramScope.FundReaders)]
public sealed class StatementModel(ProgramScope scope, FundQueries queries, Texts texts) : PageModel
{
    public ProgramPicker Picker { get; private set; } = null!;
    public FundStatementDto? Statement { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? programId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (await FundPages.ResolveAsync(scope, programId, ct) is not { } id)
        {
            return NotFound();
        }

        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/fund/statement");
        try
        {
            (var start, var end) = queries.Period(from, to);
            (From, To) = (start, end);
            Statement = await queries.StatementAsync(id, start, end, ct);
        }
        catch (DomainException ex)
        {
            (From, To) = (from, to);
            return PageOutcome.Handle(this, ex, texts, "") ?? Page();
        }

        return Page();
    }
}
