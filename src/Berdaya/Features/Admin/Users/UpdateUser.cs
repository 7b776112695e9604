using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Users;

/// <summary>Changes a user's name, role, active flag and language (issue 2 section 2).</summary>
[FeatureService]
public sealed class UpdateUser(AppDbContext db, CurrentUser me)
{
    public sealed record Command(string? DisplayName, string? Role, bool IsActive, string? Language);

    public async Task<AppUser> HandleAsync(string id, Command c, CancellationToken ct = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new DomainException("admin.user.notfound", "Id", ErrorKind.NotFound);
        var currentRole = await UserRules.RoleOfAsync(db, id, ct);
        var errors = new List<DomainException>();
        UserRules.DisplayName(errors, c.DisplayName);
        UserRules.Role(errors, c.Role);
        UserRules.Language(errors, c.Language);

        // An administrator locking themselves out would leave nobody to undo it.
        if (id == me.Id)
        {
            if (!c.IsActive)
            {
                errors.Add(new DomainException("admin.user.self.deactivate", "IsActive"));
            }

            if (c.Role is not null && c.Role != Roles.Administrator)
            {
                errors.Add(new DomainException("admin.user.self.demote", "Role"));
            }
        }

        RuleErrors.Throw(errors);

        user.DisplayName = c.DisplayName!.Trim();
        user.Language = c.Language!;
        if (user.IsActive != c.IsActive)
        {
            user.IsActive = c.IsActive;

            // A new stamp ends the user's open sessions at their next check.
            user.SecurityStamp = Guid.NewGuid().ToString();
        }

        if (currentRole != c.Role)
        {
            var roleId = await db.Roles.Where(r => r.Name == c.Role).Select(r => r.Id).FirstAsync(ct);
            db.UserRoles.RemoveRange(await db.UserRoles.Where(ur => ur.UserId == id).ToListAsync(ct));
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roleId });
            await DropScopeNotMeantForAsync(user, c.Role!, ct);
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
