using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Berdaya.Domain.Loans;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>The loan card on a phone: a compact schedule with paid installments behind their count, and its actions at the top; the disbursement form's channel.</summary>
public sealed class LoanCardTests
{
    [Theory]
    [AllDatabases]
    public async Task The_schedule_is_a_compact_table_with_paid_installments_behind_their_count_and_the_actions_at_the_top(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var officer = await app.PagesAs(Demo.Officer);
        var card = await officer.GetAsync($"/loans/{loanId}");
        // Four whole installments of 265,000 and 190,000 of the fifth.
        (await officer.SubmitAsync(card, "#pay-form", new Dictionary<string, string> { ["Pay.Amount"] = "1250000" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await officer.GetAsync($"/loans/{loanId}");
        var paid = page.Document.QuerySelector("details#paid-installments")!;
        paid.HasAttribute("open").ShouldBeFalse();
        paid.QuerySelector("summary")!.TextContent.Trim().ShouldBe("4 angsuran lunas");
        paid.QuerySelectorAll("tbody tr").Length.ShouldBe(4);
        paid.QuerySelectorAll("tbody tr").ShouldAllBe(r => r.GetAttribute("data-state") == "PaidOnTime");

        var open = page.Document.QuerySelectorAll("#schedule-open tbody tr");
        open.Length.ShouldBe(8);
        page.Document.QuerySelectorAll("#schedule-open thead th").Select(h => h.TextContent).ShouldBe(["Jatuh tempo", "Angsuran", "Dibayar", "Keadaan"]);
        var fifth = open[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        fifth.Count.ShouldBe(4);
        fifth[1].ShouldBe("Rp 265.000");
        fifth[2].ShouldBe("Rp 190.000");
        fifth[3].ShouldBe("Sebagian");
        open[1].QuerySelectorAll("td")[2].TextContent.Trim().ShouldBe("—");
        open[1].QuerySelectorAll("td")[3].TextContent.Trim().ShouldBe("Mendatang");
        page.Document.QuerySelector("#schedule table.stack").ShouldBeNull("a stacked table turns each installment into a card of eight lines");

        // The actions come first and lead to their forms.
        var actions = page.Document.QuerySelectorAll("#loan-actions a").Select(a => a.GetAttribute("href")).ToList();
        actions.ShouldBe(["#pay", "#repayments-title", "#reschedule", "#writeoff-card"]);
        foreach (var href in actions)
        {
            page.Document.GetElementById(href!.TrimStart('#')).ShouldNotBeNull(href);
        }

        page.Document.QuerySelector("#loan-actions")!.CompareDocumentPosition(page.Document.QuerySelector("#terms")!)
            .HasFlag(AngleSharp.Dom.DocumentPositions.Following).ShouldBeTrue();

        var facilitator = await (await app.PagesAs(Demo.Facilitator)).GetAsync($"/loans/{loanId}");
        facilitator.Document.QuerySelectorAll("#loan-actions a").Select(a => a.GetAttribute("href")).ShouldBe(["#pay"]);
        var borrower = await (await app.PagesAs(await Groups.GroupScenario.PartnerUserAsync(app, (await BorrowerAsync(app, loanId))))).GetAsync($"/loans/{loanId}");
        borrower.Document.QuerySelector("#loan-actions").ShouldBeNull();
        borrower.Document.QuerySelectorAll("#schedule-open tbody tr").Length.ShouldBe(8);
    }

    [Theory]
    [AllDatabases]
    public async Task Older_payments_wait_behind_their_count_and_the_latest_come_first(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var api = await app.ApiAs(Demo.Officer);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var payment = await (await api.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments",
                new { amount = 265_000m, paidOn = LendingData.Iso(LendingData.Today), channel = "Cash", receivedBy = "Petugas" })).Json200(HttpStatusCode.Created);
            ids.Add(payment.GetProperty("id").GetGuid());
        }

        var page = await (await app.PagesAs(Demo.Officer)).GetAsync($"/loans/{loanId}");
        var older = page.Document.QuerySelector("details#older-payments")!;
        older.QuerySelector("summary")!.TextContent.Trim().ShouldBe("2 pembayaran sebelumnya");
        older.QuerySelectorAll("tr[data-repayment]").Length.ShouldBe(2);
        page.Document.QuerySelectorAll("#repayments tr[data-repayment]").Length.ShouldBe(5);
        page.Document.QuerySelector("#repayments tr[data-repayment]")!.GetAttribute("data-repayment").ShouldBe(ids[4].ToString());
        page.Document.QuerySelector($"#repayments tr[data-repayment='{ids[4]}'] summary")!.TextContent.Trim().ShouldBe("Angsuran 5");
        page.Document.QuerySelectorAll("#repayments .reverse-form").Length.ShouldBe(5);
    }

    [Theory]
    [AllDatabases]
    public async Task The_disbursement_form_defaults_to_the_groups_usual_channel_and_asks_a_reference_only_for_a_transfer(string provider)
    {
        var app = await TestApp.For(provider);
        await LendingData.CapitalAsync(app.Services, 20_000_000m);
        var product = await LendingData.ProductAsync(app.Services);
        var decided = await LendingData.DecidedAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        Guid Item(int i) => decided.Items[decided.Partners[i].Id];

        // The API: cash needs no reference, a transfer does.
        var cash = await api.PostAsJsonAsync("/api/v1/loans", Body(Item(0), product, "Cash", null));
        cash.StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await api.PostAsJsonAsync("/api/v1/loans", Body(Item(1), product, "BankTransfer", null))).Problem(HttpStatusCode.BadRequest, "reference");

        // The group's loans went out in cash, so the form starts on cash; the reference field is for transfers.
        var officer = await app.PagesAs(Demo.Officer);
        var page = await officer.GetAsync($"/loans/disburse/{Item(1)}");
        ((IHtmlSelectElement)page.Document.QuerySelector("#Input_Channel")!).Value.ShouldBe("Cash");
        page.Document.QuerySelector("form.channel-form .transfer-only #Input_Reference").ShouldNotBeNull();
        page.Document.QuerySelector("label[for='Input_Reference']")!.TextContent.ShouldContain("transfer");

        var fields = new Dictionary<string, string> { ["Input.ProductId"] = product.ToString(), ["Input.TenorMonths"] = "12" };
        var noReference = await officer.SubmitAsync(page, "#disburse-form", new Dictionary<string, string>(fields) { ["Input.Channel"] = "BankTransfer" });
        noReference.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noReference.Document.QuerySelector("[data-valmsg-for='Input.Reference']")!.TextContent.ShouldNotBeNullOrWhiteSpace();

        // A reference left in the hidden field when cash is chosen is not kept.
        var done = await officer.SubmitAsync(page, "#disburse-form", new Dictionary<string, string>(fields) { ["Input.Reference"] = "TRF-LUPA" });
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", done.Errors));
        await using var scope = app.Scope(out var db);
        var second = Item(1);
        var loan = await db.Loans.SingleAsync(l => l.ProposalItemId == second);
        loan.Channel.ShouldBe(PaymentChannel.Cash);
        loan.ChannelReference.ShouldBeNull();
    }

    private static object Body(Guid proposalItemId, Guid productId, string channel, string? reference) => new
    {
        proposalItemId,
        productId,
        amount = 3_000_000m,
        tenorMonths = 12,
        graceMonths = 0,
        disbursedOn = LendingData.Iso(LendingData.Today),
        channel,
        reference,
    };

    private static async Task<Guid> BorrowerAsync(TestApp app, Guid loanId)
    {
        await using var scope = app.Scope(out var db);
        return await db.Loans.Where(l => l.Id == loanId).Select(l => l.PartnerId).SingleAsync();
    }
}
