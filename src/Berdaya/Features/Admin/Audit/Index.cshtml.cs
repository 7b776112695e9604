using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Admin.Audit;

public sealed class IndexModel(BrowseAudit audit) : AdminPage
{
    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>"page" is taken by Razor Pages' own route value, so the page number travels as "p".</summary>
    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public AuditPage? Result { get; private set; }
    public List<string> EntityTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        EntityTypes = await audit.EntityTypesAsync(ct);
        if (!ModelState.IsValid)
        {
            return;
        }

        FormField = field => "Filter." + field;
        Result = await audit.HandleAsync(new BrowseAudit.Query(EntityType, EntityId, UserFilter, Action, From, To, PageNumber), ct);
    }

    /// <summary>This page's address with the current filters and another page number or record.</summary>
    public string Link(int? page = null, string? entityType = null, string? entityId = null)
    {
        var q = new Dictionary<string, string?>
        {
            ["entityType"] = entityType ?? EntityType,
            ["entityId"] = entityId ?? EntityId,
            ["user"] = entityId is null ? UserFilter : null,
            ["action"] = entityId is null ? Action : null,
            ["from"] = entityId is null ? From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            ["to"] = entityId is null ? To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/audit", q.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var e) && e.Errors.Count > 0 ? string.Join(" ", e.Errors.Select(x => x.ErrorMessage)) : null;
}
