using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Tasks;

public sealed class IndexModel(TaskList tasks) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    public TaskPage List { get; private set; } = new([], [], 0, 1, false);

    public async Task OnGetAsync(CancellationToken ct) => List = await tasks.HandleAsync(PageNumber, Done, ct);

    public async Task<IActionResult> OnPostDoneAsync(Guid id, CancellationToken ct)
    {
        await tasks.MarkDoneAsync(id, ct);
        return Redirect(PageNumber > 1 ? $"/tasks?p={PageNumber}" : "/tasks");
    }

    public async Task OnRefusedAsync(Domain.Common.DomainException refusal, CancellationToken ct) => List = await tasks.HandleAsync(PageNumber, Done, ct);
}
