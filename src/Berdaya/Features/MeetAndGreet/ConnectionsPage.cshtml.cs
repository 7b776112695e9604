using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>A partner's requests to connect, received and sent, with accept and decline; phones shown only once accepted.</summary>
public sealed class ConnectionsPageModel(Connections connections, DirectoryAccess access, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public ConsentPartner Partner { get; private set; } = null!;
    public IReadOnlyList<ConnectionLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAnswerAsync(Guid requestId, bool accept, Guid? version, CancellationToken ct)
    {
        await connections.AnswerAsync(requestId, new Connections.AnswerCommand { Accept = accept, Version = version }, ct);
        TempData["Flash"] = texts.Get(accept ? "connection.accepted" : "connection.declined", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/connections");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Partner = await access.PartnerAsync(Id, false, ct);
        Lines = await connections.ListAsync(Id, ct);
    }
}
