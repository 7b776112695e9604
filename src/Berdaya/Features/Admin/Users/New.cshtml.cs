using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Admin.Users;

public sealed class NewModel(CreateUser create, TextsLocalizer t) : AdminPage
{
    [BindProperty]
    public NewUserForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        FormField = field => "Input." + field;
        var user = await create.HandleAsync(new CreateUser.Command(Input.Email, Input.DisplayName, Input.Role, Input.Password, Input.Language), ct);
        TempData["Flash"] = t["admin.users.created"].Value;
        return Redirect($"/admin/users/{user.Id}");
    }

    public sealed class NewUserForm
    {
        public string? Email { get; set; }
        public string? DisplayName { get; set; }
        public string? Role { get; set; }
        public string? Password { get; set; }
        public string Language { get; set; } = "id";
    }
}
