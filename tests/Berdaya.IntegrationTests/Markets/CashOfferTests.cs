using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Markets;

/// <summary>docs/domain.md, Cash book: lines offered by other records — an outlet's payment becomes one line of the partner's book.</summary>
public sealed class CashOfferTests
{
    [Theory]
    [AllDatabases]
    public async Task An_outlets_payment_is_offered_to_the_book_taken_once_and_then_no_longer_offered(string provider)
    {
        var app = await TestApp.Own(provider);
        Guid eti, placement;
        await using (var scope = app.Scope(out var db))
        {
            eti = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
            placement = await db.Placements.Where(p => p.PartnerId == eti && p.OutletName == "Yogya Sumedang").Select(p => p.Id).SingleAsync();
        }

        var officer = await app.ApiAs(Demo.Officer);
        var paidOn = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).AddDays(-2);
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments", new { paidOn, amount = 1_000_000m })).Json200(HttpStatusCode.Created);

        var offers = await (await officer.GetAsync($"/api/v1/partners/{eti}/cash-book/offers")).Json200();
        var offer = offers.EnumerateArray().Single(o => o.GetProperty("sourceType").GetString() == "placement-payment");
        offer.GetProperty("amount").GetDecimal().ShouldBe(1_000_000m);
        offer.GetProperty("category").GetString().ShouldBe("Sales");
        var sourceId = offer.GetProperty("sourceId").GetGuid();

        var line = await (await officer.PostAsync($"/api/v1/partners/{eti}/cash-book/offers/placement-payment/{sourceId}", null)).Json200(HttpStatusCode.Created);
        line.GetProperty("amount").GetDecimal().ShouldBe(1_000_000m);
        (await officer.PostAsync($"/api/v1/partners/{eti}/cash-book/offers/placement-payment/{sourceId}", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await officer.PostAsync($"/api/v1/partners/{eti}/cash-book/offers/supply-order/{sourceId}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var after = await (await officer.GetAsync($"/api/v1/partners/{eti}/cash-book/offers")).Json200();
        after.EnumerateArray().Any(o => o.GetProperty("sourceId").GetGuid() == sourceId).ShouldBeFalse();
        await using (var scope = app.Scope(out var db))
        {
            (await db.CashLines.CountAsync(l => l.PartnerId == eti && l.SourceId == sourceId)).ShouldBe(1);
        }

        // Another partner's offers are not found: the chair keeps only her own book.
        var stranger = await app.ApiAs(Demo.Chair);
        var euis = await app.PartnerIdAsync("Euis Komariah");

        (await stranger.GetAsync($"/api/v1/partners/{euis}/cash-book/offers")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
