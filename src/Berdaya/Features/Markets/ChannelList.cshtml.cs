using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets;

/// <summary>The program's market channels with the requirements in force, and a new channel for the program office.</summary>
public sealed class ChannelListModel(ProgramScope scope, ReadinessQueries queries, DefineChannel define, ChannelAccess access) : PageModel, IFormPage
{
    /// <summary>Whether the reader opens the readiness matrix (not partners).</summary>
    public bool MayReadMatrix => access.MayReadMatrix;

    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    [BindProperty]
    public DefineChannel.Command Input { get; set; } = new();

    public ProgramPicker Picker { get; private set; } = null!;
    public IReadOnlyList<ChannelView> Channels { get; private set; } = [];
    public bool MayEdit => access.MayEditChannels;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var c = await define.HandleAsync(Input, ct);
        return Redirect($"/markets/channels/{c.Id}");
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => await LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(ProgramId ?? Input.ProgramId, ct);
        Input.ProgramId = id;
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/markets/channels");
        Channels = await queries.ChannelsAsync(id, ct);
    }
}
