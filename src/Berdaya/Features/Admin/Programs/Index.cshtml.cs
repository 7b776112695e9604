namespace Berdaya.Features.Admin.Programs;

public sealed class IndexModel(ProgramQueries programs) : AdminPage
{
    public List<ProgramDto> Programs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Programs = await programs.ListAsync(ct);
}
