using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>Staff close a help request with a note when no visit answers it (help by phone, no longer needed).</summary>
[FeatureService]
public sealed class CloseHelpRequest(AppDbContext db, CurrentUser me, MonitoringAccess access)
{
    public sealed record Command
    {
        public string? Note { get; set; }
    }

    public async Task HandleAsync(Guid id, Command c, CancellationToken ct = default)
    {
        access.RequireStaff();
        var request = await (await access.HelpRequestsAsync(ct)).FirstOrDefaultAsync(h => h.Id == id, ct)
            ?? throw new DomainException("help.notfound", "Id", ErrorKind.NotFound);
        request.Close(c.Note, access.Today, me.Id);
        await db.SaveChangesAsync(ct);
    }
}
