using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Admin.Users;

public sealed class IndexModel(UserQueries users) : AdminPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public List<UserSummaryDto> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(Q, ct);
}
