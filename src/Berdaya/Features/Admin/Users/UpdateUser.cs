using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Users;

/// <summary>Changes a user's name, role, active flag and language (docs/domain.md, Roles and scope).</summary>
[FeatureService]
public sealed class UpdateUser(AppDbContext db, CurrentUser me)
{
    /// <summary>A part left null stays as it is, so a client never deactivates a user by leaving a field out.</summary>
    public sealed record Command(string? DisplayName, string? Role, bool? IsActive, string? Language);

    public async Task<AppUser> HandleAsync(string id, Command c, CancellationToken ct = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new DomainException("admin.user.notfound", "Id", ErrorKind.NotFound);
        var currentRole = await UserRules.RoleOfAsync(db, id, ct);
        var name = c.DisplayName ?? user.DisplayName;
        var role = c.Role ?? currentRole;
        var active = c.IsActive ?? user.IsActive;
        var language = c.Language ?? user.Language;
        var errors = new List<DomainException>();
        UserRules.DisplayName(errors, name);
        UserRules.Role(errors, role);
        UserRules.Language(errors, language);

        // An administrator locking themselves out would leave nobody to undo it.
        if (id == me.Id)
        {
            if (!active)
            {
                errors.Add(new DomainException("admin.user.self.deactivate", "IsActive"));
            }

            if (role != Roles.Administrator)
            {
                errors.Add(new DomainException("admin.user.self.demote", "Role"));
            }
        }

        RuleErrors.Throw(errors);

        user.DisplayName = name.Trim();
        user.Language = language;
        if (user.IsActive != active)
        {
            user.IsActive = active;

            // A new stamp ends the user's open sessions at their next check.
            user.SecurityStamp = Guid.NewGuid().ToString();
        }

        if (currentRole != role)
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstAsync(ct);
            db.UserRoles.RemoveRange(await db.UserRoles.Where(ur => ur.UserId == id).ToListAsync(ct));
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roleId });
            await DropScopeNotMeantForAsync(user, role!, ct);
            user.SecurityStamp = Guid.NewGuid().ToString();
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Scope that the new role does not use would silently return if the role came back; remove it.</summary>
    private async Task DropScopeNotMeantForAsync(AppUser user, string role, CancellationToken ct)
    {
        if (!UserRules.HasProgramScope(role))
        {
            db.UserPrograms.RemoveRange(await db.UserPrograms.Where(x => x.UserId == user.Id).ToListAsync(ct));
        }

        if (role != Roles.Facilitator)
        {
            db.UserVillages.RemoveRange(await db.UserVillages.Where(x => x.UserId == user.Id).ToListAsync(ct));
        }

        if (role != Roles.Partner)
        {
            user.PartnerId = null;
        }
    }
}
