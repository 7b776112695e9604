using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>A buyer's enquiry to one listed business, without login (docs/domain.md, Meet and Greet); too many from one address: 429.</summary>
[AllowAnonymous]
public sealed class EnquiryModel(PublicProducts products, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public PublicProducts.EnquiryCommand Enquiry { get; set; } = new();

    public ProductLine Product { get; private set; } = null!;
    public bool Sent { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Product = await products.ProductAsync(Id, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Product = await products.ProductAsync(Id, ct);
        Enquiry.PartnerId = Id;
        await products.EnquireAsync(Enquiry, ct);
        TempData["Flash"] = texts.Get("shop.sent", CultureInfo.CurrentUICulture);
        return Redirect($"/produk/{Id}/tanya?sent=true");
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        Product = await products.ProductAsync(Id, ct);
        if (refusal.Kind == ErrorKind.TooMany)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }
    }
}
