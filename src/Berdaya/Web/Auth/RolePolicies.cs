using Berdaya.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Berdaya.Web.Auth;

/// <summary>
/// Roles that may ever call a write endpoint (docs/domain.md, Roles and scope). Checked before the request body is read,
/// so a role that may never act gets 403, never a 400 that describes the endpoint's input; the handlers
/// still check scope and the finer rules (which group's secretary or treasurer).
/// </summary>
public static class RolePolicies
{
    /// <summary>Field work: registering partners, meetings and groups.</summary>
    public static void Field(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator);

    /// <summary>Entering a group's proposal: staff, or a partner (the handler admits only the group's secretary or treasurer).</summary>
    public static void ProposalEditors(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>The program office's work: surveys, returns and decisions.</summary>
    public static void Office(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer);

    /// <summary>Recording payments: staff, or a partner (the handler admits only the borrower's group treasurer).</summary>
    public static void Collectors(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>The system owner's work: programs, users, scheduled jobs.</summary>
    public static void Administrators(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator);

    /// <summary>Uploading a licence's document: staff, or a partner (the handler admits only their own record).</summary>
    public static void LegalityUploaders(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>Keeping a cash book: staff, or a partner (the handler admits only their own book or, for the treasurer, the group's members').</summary>
    public static void CashBookKeepers(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>A training's feedback: staff for a participant, or a partner (the handler admits only their own answers).</summary>
    public static void TrainingFeedback(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>Asking for help and closing a follow-up: staff, or a partner (the handler admits only their own).</summary>
    public static void Monitoring(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>A group's prices, allocations and supply orders: staff, or a partner (the handler admits only the group's members, by their place in it).</summary>
    public static void GroupTrade(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>Answering an exhibition invitation and its results: the office, or a partner (the handler admits only their own).</summary>
    public static void ExhibitionInvitees(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Partner);

    /// <summary>A partner's market declaration: staff, or a partner (the handler admits only their own).</summary>
    public static void MarketDeclarers(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>A partner's placements at outlets: staff, or a partner (the handler admits only their own).</summary>
    public static void PlacementKeepers(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>Who records a directory decision or a request to connect: a partner for themself, the field staff for a partner (docs/domain.md, Meet and Greet).</summary>
    public static void DirectoryWriters(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Facilitator, Roles.Partner);

    /// <summary>Who writes an endorsement: an officer, or a mentor for a mentee they met (docs/domain.md, Meet and Greet).</summary>
    public static void Endorsers(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Partner);

    /// <summary>Scoring filled questionnaires: the academic partner (the evaluator), or an administrator.</summary>
    public static void Scorers(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.Evaluator);

    /// <summary>A yearly evaluation's judgements: the evaluator and the program office (the decision is the office's alone).</summary>
    public static void Judges(AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Evaluator);
}
