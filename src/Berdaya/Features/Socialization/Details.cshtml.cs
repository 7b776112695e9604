using Berdaya.Domain.Common;
using Berdaya.Features.Partners;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Socialization;

public sealed class DetailsModel(SocializationQueries queries, AddAttendee add, SearchPartners search, Texts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Search for an existing partner to add (within the user's scope).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty]
    public AddAttendee.Command Person { get; set; } = new();

    public SocializationQueries.Details Meeting { get; private set; } = null!;

    public IReadOnlyList<SearchPartners.Item> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPartnerAsync(Guid partnerId, bool interested, CancellationToken ct) =>
        AddAsync(new AddAttendee.Command { PartnerId = partnerId, Interested = interested }, "Partner", ct);

    public Task<IActionResult> OnPostPersonAsync(CancellationToken ct) => AddAsync(Person, nameof(Person), ct);

    private async Task<IActionResult> AddAsync(AddAttendee.Command command, string prefix, CancellationToken ct)
    {
        try
        {
            await add.HandleAsync(Id, command, ct);
            TempData["Flash"] = texts.Get("socialization.attendee.added", System.Globalization.CultureInfo.CurrentUICulture);
            return Redirect($"/socializations/{Id}");
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound && ex.Field == "Id")
        {
            return NotFound();
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }
        catch (DomainException ex)
        {
            Problems.AddTo(ModelState, ex, texts, prefix);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Meeting = await queries.GetAsync(Id, ct);
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(Find))
        {
            try
            {
                Found = (await search.HandleAsync(new SearchPartners.Query(Find, PageSize: 10), ct)).Items;
            }
            catch (DomainException ex)
            {
                Problems.AddTo(ModelState, ex, texts, nameof(Find));
            }
        }

        return true;
    }
}
