using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Users;

/// <summary>An administrator creates a user (no self-registration; decision 0004).</summary>
[FeatureService]
public sealed class CreateUser(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public sealed record Command(string? Email, string? DisplayName, string? Role, string? Password, string? Language = "id");

    public async Task<AppUser> HandleAsync(Command c, CancellationToken ct = default)
    {
        var errors = new List<DomainException>();
        var email = (c.Email ?? "").Trim();
        if (!UserRules.IsEmail(email))
        {
            errors.Add(new DomainException("admin.user.email.invalid", "Email"));
        }

        UserRules.DisplayName(errors, c.DisplayName);
        UserRules.Role(errors, c.Role);
        UserRules.Language(errors, c.Language ?? "id");
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = (c.DisplayName ?? "").Trim(),
            Language = c.Language ?? "id",
            IsActive = true,
            CreatedAt = clock.GetUtcNow(),
        };
        await UserRules.PasswordAsync(errors, users, user, c.Password);
        if (errors.Count == 0)
        {
            var normalized = users.NormalizeEmail(email);
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized || u.NormalizedUserName == normalized, ct))
            {
                errors.Add(new DomainException("admin.user.email.taken", "Email", ErrorKind.Conflict, email));
            }
        }

        RuleErrors.Throw(errors);

        // Identity saves the user and the role separately; one transaction keeps them together.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, c.Password!);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, c.Role!);
        }

        if (!created.Succeeded)
        {
            throw new DomainException("admin.user.identity", "Email", ErrorKind.Validation, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await tx.CommitAsync(ct);
        return user;
    }
}
