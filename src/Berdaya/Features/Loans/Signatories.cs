using System.Globalization;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Groups;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>A person as a document names them: their name and the role they acted in ("Iis Suryani", "Bendahara Kelompok Citra Sari").</summary>
public sealed record Signatory(string Name, string Role)
{
    public override string ToString() => Role.Length == 0 ? Name : $"{Name} ({Role})";
}

/// <summary>
/// Who signs a receipt or a contract, by name and role, never by login: documents are handed to partners,
/// and a login is an email address. Roles are written in Bahasa Indonesia, as the documents are.
/// </summary>
[FeatureService]
public sealed class Signatories(AppDbContext db, Texts texts)
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");
    private readonly Dictionary<(string, Guid?), Signatory?> known = [];

    /// <summary>The user by id, with the role they hold for the group (a partner) or the program; null when there is no such user.</summary>
    public async Task<Signatory?> OfUserAsync(string? userId, Guid? groupId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        if (known.TryGetValue((userId, groupId), out var found))
        {
            return found;
        }

        var user = await db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.PartnerId }).FirstOrDefaultAsync(ct);
        Signatory? signatory = null;
        if (user is not null)
        {
            var roles = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               where ur.UserId == userId
                               select r.Name).ToListAsync(ct);
            signatory = new Signatory(user.DisplayName, await RoleAsync(roles, user.PartnerId, groupId, ct));
        }

        known[(userId, groupId)] = signatory;
        return signatory;
    }

    /// <summary>
    /// The receiver written on a payment: as written, unless it is a login (payments recorded before receipts named
    /// people), which becomes the name and role of the user with that email, or else of the user who recorded it.
    /// </summary>
    public async Task<string> ReceiverAsync(string receivedBy, string recordedBy, Guid? groupId, CancellationToken ct)
    {
        if (!receivedBy.Contains('@', StringComparison.Ordinal))
        {
            return receivedBy;
        }

        var normalized = receivedBy.Trim().ToUpperInvariant();
        var byEmail = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
        return (await OfUserAsync(byEmail ?? recordedBy, groupId, ct))?.ToString() ?? "";
    }

    private async Task<string> RoleAsync(List<string?> roles, Guid? partnerId, Guid? groupId, CancellationToken ct)
    {
        if (roles.Contains(Roles.Partner) && partnerId is { } pid)
        {
            var membership = groupId is { } gid
                ? await db.GroupMemberships.Where(m => m.GroupId == gid && m.PartnerId == pid && m.ActivePartnerId != null)
                    .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { m.Role, g.Name })
                    .FirstOrDefaultAsync(ct)
                : null;
            return membership is null
                ? texts.Get("loanpages.doc.role.partner", Id)
                : texts.Format("loanpages.doc.role.group." + membership.Role, Id, membership.Name);
        }

        var role = Roles.All.FirstOrDefault(roles.Contains);
        return role is null ? "" : texts.Get("loanpages.doc.role." + role, Id);
    }
}
