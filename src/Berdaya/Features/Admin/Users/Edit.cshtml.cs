using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Berdaya.Web.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Users;

/// <summary>One user: profile and role, scope, password and lockout, each its own small form.</summary>
public sealed class EditModel(
    UserQueries users, UpdateUser update, SetUserScope scope, SetUserPassword.Handler setPassword, UnlockUser.Handler unlock,
    AppDbContext db, RegionDirectory regions, CurrentUser me, TextsLocalizer t) : AdminPage
{
    private string userId = "";
    private string form = "";

    public UserDto? Data { get; private set; }
    public List<(Guid Id, string Code, string Name)> Programs { get; private set; } = [];
    public Dictionary<string, string> VillageNames { get; private set; } = [];
    public bool IsSelf { get; private set; }

    [BindProperty]
    public ProfileForm Profile { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Profile = new ProfileForm { DisplayName = Data!.DisplayName, Role = Data.Role, IsActive = Data.IsActive, Language = Data.Language };
        return Page();
    }

    public Task<IActionResult> OnPostProfileAsync(string id, CancellationToken ct) =>
        RunAsync(id, "Profile", () => update.HandleAsync(id, new UpdateUser.Command(Profile.DisplayName, Profile.Role, Profile.IsActive, Profile.Language), ct), ct);

    public Task<IActionResult> OnPostProgramsAsync(string id, List<Guid> programIds, CancellationToken ct) =>
        RunAsync(id, "Scope", () => scope.HandleAsync(id, new SetUserScope.Command(programIds, null, null, null), ct), ct);

    public Task<IActionResult> OnPostAddVillageAsync(string id, string? villageCode, CancellationToken ct) =>
        RunAsync(id, "Scope", async () =>
        {
            var current = await CurrentVillagesAsync(id, ct);
            await scope.HandleAsync(id, new SetUserScope.Command(null, [.. current, villageCode ?? ""], null, null), ct);
        }, ct);

    public Task<IActionResult> OnPostAddDistrictAsync(string id, string? districtCode, CancellationToken ct) =>
        RunAsync(id, "Scope", async () =>
        {
            var current = await CurrentVillagesAsync(id, ct);
            await scope.HandleAsync(id, new SetUserScope.Command(null, current, [districtCode ?? ""], null), ct);
        }, ct);

    public Task<IActionResult> OnPostRemoveVillageAsync(string id, string? villageCode, CancellationToken ct) =>
        RunAsync(id, "Scope", async () =>
        {
            var current = await CurrentVillagesAsync(id, ct);
            await scope.HandleAsync(id, new SetUserScope.Command(null, current.Where(v => v != villageCode).ToList(), null, null), ct);
        }, ct);

    public Task<IActionResult> OnPostPartnerAsync(string id, string? partnerId, CancellationToken ct) =>
        RunAsync(id, "Scope", () => Guid.TryParse(partnerId, out var pid)
            ? scope.HandleAsync(id, new SetUserScope.Command(null, null, null, pid), ct)
            : throw new DomainException("admin.scope.partner.unknown", "PartnerId", ErrorKind.Validation, partnerId ?? ""), ct);

    public Task<IActionResult> OnPostPasswordAsync(string id, string? password, CancellationToken ct) =>
        RunAsync(id, "Account", () => setPassword.HandleAsync(id, new SetUserPassword.Command(password), ct), ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) =>
        RunAsync(id, "Account", () => unlock.HandleAsync(id, ct), ct);

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? string.Join(" ", e.Errors.Select(x => x.ErrorMessage)) : null;

    /// <summary>The refused form keeps what was typed; the user's record and the other forms are read afresh.</summary>
    public override async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(userId, ct);
        if (form != nameof(Profile))
        {
            Profile = new ProfileForm { DisplayName = Data!.DisplayName, Role = Data.Role, IsActive = Data.IsActive, Language = Data.Language };
        }
    }

    private async Task<IActionResult> RunAsync(string id, string prefix, Func<Task> action, CancellationToken ct)
    {
        (userId, form) = (id, prefix);
        FormField = field => prefix + "." + field;
        await action();
        TempData["Flash"] = t["admin.users.saved"].Value;
        return Redirect($"/admin/users/{id}");
    }

    private Task<List<string>> CurrentVillagesAsync(string id, CancellationToken ct) =>
        db.UserVillages.Where(v => v.UserId == id).Select(v => v.VillageCode).ToListAsync(ct);

    private async Task LoadAsync(string id, CancellationToken ct)
    {
        Data = await users.GetAsync(id, ct);
        IsSelf = id == me.Id;
        Programs = (await db.Programs.OrderBy(p => p.Code).Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(ct))
            .Select(p => (p.Id, p.Code, p.Name)).ToList();
        VillageNames = await regions.NamesAsync(Data.VillageCodes, ct);
    }

    public sealed class ProfileForm
    {
        public string? DisplayName { get; set; }
        public string? Role { get; set; }
        public bool IsActive { get; set; }
        public string? Language { get; set; }
    }
}
