using Berdaya.Domain.Common;
using Berdaya.Features.Partners;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Socialization;

public sealed class DetailsModel(SocializationQueries queries, AddAttendee add, SearchPartners search, Texts texts) : PageModel, IFormPage
{
    private string form = "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Search for an existing partner to add (within the user's scope).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty]
    public AddAttendee.Command Person { get; set; } = new();

    public SocializationQueries.Details Meeting { get; private set; } = null!;

    public IReadOnlyList<SearchPartners.Item> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostPartnerAsync(Guid partnerId, bool interested, CancellationToken ct)
    {
        form = "Partner";
        return AddAsync(new AddAttendee.Command { PartnerId = partnerId, Interested = interested }, ct);
    }

    public Task<IActionResult> OnPostPersonAsync(CancellationToken ct)
    {
        form = nameof(Person);
        return AddAsync(Person, ct);
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    /// <summary>Both forms add an attendee: a message goes beside the field of the one that was sent.</summary>
    public string? KeyOf(string field) => form + "." + field;

    private async Task<IActionResult> AddAsync(AddAttendee.Command command, CancellationToken ct)
    {
        await add.HandleAsync(Id, command, ct);
        TempData["Flash"] = texts.Get("socialization.attendee.added", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect($"/socializations/{Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Meeting = await queries.GetAsync(Id, ct);
        if (!string.IsNullOrWhiteSpace(Find))
        {
            try
            {
                Found = (await search.HandleAsync(new SearchPartners.Query(Find, PageSize: 10), ct)).Items;
            }
            catch (DomainException ex)
            {
                // The search box's own refusal (a NIK search the role may not make) shows beside the box; the meeting still shows.
                ModelState.AddModelError(nameof(Find), Problems.Message(texts, ex, System.Globalization.CultureInfo.CurrentUICulture));
            }
        }
    }
}
