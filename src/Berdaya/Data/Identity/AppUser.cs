using Microsoft.AspNetCore.Identity;

namespace Berdaya.Data.Identity;

/// <summary>A person who logs in. Scope rows say which programs, villages or partner they may see.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>For a partner user: the partner record that is theirs.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>"id" or "en"; the UI language after login.</summary>
    public string Language { get; set; } = "id";

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Program scope of an officer, facilitator, evaluator or viewer.</summary>
public sealed class UserProgram
{
    public string UserId { get; set; } = "";
    public Guid ProgramId { get; set; }
}

/// <summary>A village assigned to a facilitator.</summary>
public sealed class UserVillage
{
    public string UserId { get; set; } = "";
    public string VillageCode { get; set; } = "";
}

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ProgramOfficer = "ProgramOfficer";
    public const string Facilitator = "Facilitator";
    public const string Evaluator = "Evaluator";
    public const string Partner = "Partner";
    public const string Viewer = "Viewer";

    public static readonly string[] All = [Administrator, ProgramOfficer, Facilitator, Evaluator, Partner, Viewer];
}
