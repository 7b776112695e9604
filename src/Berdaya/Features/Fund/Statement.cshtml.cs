using Berdaya.Domain.Common;
using Berdaya.Features.Groups;
using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Fund;

[Authorize(Roles = ProgramScope.FundReaders)]
public sealed class StatementModel(ProgramScope scope, FundQueries queries) : PageModel
{
    public ProgramPicker Picker { get; private set; } = null!;
    public FundStatementDto? Statement { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? programId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/fund/statement");
        (From, To) = (from, to); // shown as typed when the period is refused
        var (start, end) = queries.Period(from, to);
        (From, To) = (start, end);
        Statement = await queries.StatementAsync(id, start, end, ct);
        return Page();
    }
}
