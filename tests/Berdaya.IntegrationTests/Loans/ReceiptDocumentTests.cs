using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Repayments;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Repayments.CollectionData;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>Receipts, reversal notes, contracts and disbursement receipts: people by name and role, short receipt numbers, sharing.</summary>
public sealed partial class ReceiptDocumentTests
{
    [GeneratedRegex(@"^KW-\d{6}-\d{6}$")]
    private static partial Regex PaymentNumber();

    [Theory]
    [AllDatabases]
    public async Task Receipt_numbers_are_short_numbered_within_the_day_and_never_repeat_when_payments_arrive_together(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var day = Today.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);

        var lines = g.Members.Select(m => new { loanId = m.LoanId, amount = 100_000m }).ToList();
        var sheet = await (await officer.PostAsJsonAsync($"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}",
            new { paidOn = Iso(Today), channel = "Cash", lines })).Json200(HttpStatusCode.Created);
        var fromSheet = sheet.GetProperty("receipts").EnumerateArray().Select(r => r.GetProperty("receiptNumber").GetString()!).ToList();

        // Five payments at once, each on its own loan: they race for the day's next numbers.
        var clients = await Task.WhenAll(g.Members.Select(_ => app.ApiAs(Demo.Officer)));
        var together = await Task.WhenAll(g.Members.Select((m, i) => Task.Run(async () =>
            (await (await clients[i].PostAsJsonAsync($"/api/v1/loans/{m.LoanId}/repayments", new { amount = 50_000m, paidOn = Iso(Today), channel = "Cash" }))
                .Json200(HttpStatusCode.Created)).GetProperty("receiptNumber").GetString()!)));

        var all = fromSheet.Concat(together).ToList();
        all.ShouldAllBe(n => PaymentNumber().IsMatch(n) && n.Length == 16 && n.StartsWith("KW-" + day + "-"));
        all.Distinct().Count().ShouldBe(10);
        var sequences = fromSheet.Select(n => int.Parse(n[^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        sequences.ShouldBe(Enumerable.Range(sequences[0], 5).ToList());
    }

    [Theory]
    [AllDatabases]
    public async Task The_treasurer_s_receipt_names_her_by_name_and_role_and_can_be_sent_by_WhatsApp(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var treasurerEmail = await UserAsync(app.Services, g.Treasurer.PartnerId);
        var treasurer = await app.ApiAs(treasurerEmail);
        var posted = await (await treasurer.PostAsJsonAsync($"/api/v1/groups/{g.GroupId}/collection-sheets/{Month(Today)}",
            new { paidOn = Iso(Today), channel = "Cash", lines = new[] { new { loanId = g.Members[1].LoanId, amount = 315_000m } } })).Json200(HttpStatusCode.Created);
        var receipt = posted.GetProperty("receipts")[0];
        var url = $"/loans/{g.Members[1].LoanId}/repayments/{receipt.GetProperty("repaymentId").GetGuid()}/receipt";
        var pages = await app.PagesAs(treasurerEmail);

        var page = await pages.GetAsync(url);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = page.Document.QuerySelector("#receipt")!;
        doc.TextContent.ShouldNotContain("@");
        page.Document.QuerySelector("#receipt-receiver")!.TextContent.ShouldBe($"Mitra uji tagihan (Bendahara Kelompok {g.Name})");
        page.Document.QuerySelector("#receipt-number")!.TextContent.ShouldContain(receipt.GetProperty("receiptNumber").GetString()!);

        var share = page.Document.QuerySelector("#share-whatsapp")!.GetAttribute("href")!;
        share.ShouldStartWith("https://wa.me/?text=");
        var text = Uri.UnescapeDataString(share["https://wa.me/?text=".Length..]);
        text.ShouldStartWith("Kwitansi " + receipt.GetProperty("receiptNumber").GetString());
        text.ShouldContain(g.Members[1].Name);
        text.ShouldContain("Rp 315.000");
        text.ShouldContain("tiga ratus lima belas ribu rupiah");
        text.ShouldContain("Bendahara Kelompok " + g.Name);
        text.ShouldNotContain("@");
        Regex.IsMatch(text, @"\d{16}").ShouldBeFalse();
    }

    [Theory]
    [AllDatabases]
    public async Task A_payment_written_with_a_login_is_shown_with_that_person_s_name_and_role(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var paid = await (await officer.PostAsJsonAsync($"/api/v1/loans/{g.Members[0].LoanId}/repayments",
            new { amount = 100_000m, paidOn = Iso(Today), channel = "Cash", receivedBy = Demo.Officer })).Json200(HttpStatusCode.Created);
        var pages = await app.PagesAs(Demo.Officer);

        var page = await pages.GetAsync($"/loans/{g.Members[0].LoanId}/repayments/{paid.GetProperty("id").GetGuid()}/receipt");

        page.Document.QuerySelector("#receipt")!.TextContent.ShouldNotContain("@");
        page.Document.QuerySelector("#receipt-receiver")!.TextContent.ShouldBe("Hendra Gunawan (CDC) (Petugas Program)");
    }

    [Theory]
    [AllDatabases]
    public async Task The_reversal_note_does_not_say_money_was_received_and_names_the_officer_who_reversed(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var paid = await (await officer.PostAsJsonAsync($"/api/v1/loans/{g.Members[0].LoanId}/repayments",
            new { amount = 100_000m, paidOn = Iso(Today), channel = "Cash" })).Json200(HttpStatusCode.Created);
        var paymentId = paid.GetProperty("id").GetGuid();
        var reversal = await (await officer.PostAsJsonAsync($"/api/v1/loans/{g.Members[0].LoanId}/repayments/{paymentId}/reversal",
            new { reason = "Salah catat" })).Json200(HttpStatusCode.Created);
        var pages = await app.PagesAs(Demo.Officer);

        var page = await pages.GetAsync($"/loans/{g.Members[0].LoanId}/repayments/{reversal.GetProperty("id").GetGuid()}/receipt");

        var doc = page.Document.QuerySelector("#receipt")!;
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("PEMBATALAN PEMBAYARAN");
        doc.TextContent.ShouldNotContain("Telah terima dari");
        doc.TextContent.ShouldNotContain("@");
        doc.TextContent.ShouldContain("Pembayaran atas nama");
        page.Document.QuerySelector("#receipt-officer")!.TextContent.ShouldBe("Hendra Gunawan (CDC) (Petugas Program)");
        reversal.GetProperty("receiptNumber").GetString()!.ShouldMatch(@"^RV-\d{6}-\d{6}$");
        var text = Uri.UnescapeDataString(page.Document.QuerySelector("#share-whatsapp")!.GetAttribute("href")!["https://wa.me/?text=".Length..]);
        text.ShouldStartWith("Pembatalan pembayaran " + reversal.GetProperty("receiptNumber").GetString());
        text.ShouldContain("Salah catat");
    }

    [Theory]
    [AllDatabases]
    public async Task The_contract_and_disbursement_receipt_name_the_officer_by_name_and_role_never_by_login(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(Demo.Officer);

        foreach (var document in new[] { "contract", "disbursement-receipt" })
        {
            var page = await pages.GetAsync($"/loans/{g.Members[0].LoanId}/{document}");
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Document.QuerySelector("article.doc")!.TextContent.ShouldNotContain("@");
            var officer = page.Document.QuerySelector("#sign-officer")!;
            officer.TextContent.ShouldBe("Hendra Gunawan (CDC)");
            officer.NextElementSibling!.TextContent.ShouldStartWith("Petugas Program · ");
        }
    }

    [Theory]
    [AllDatabases]
    public async Task The_demo_contract_names_the_group_s_facilitator_as_witness_by_name_and_role(string provider)
    {
        var app = await TestApp.For(provider);
        Guid loanId;
        await using (var scope = app.Scope(out var db))
        {
            loanId = await db.Loans.Join(db.Groups.Where(g => g.Name == "Citra Sari" && g.FacilitatorUserId != null), l => l.GroupId, g => g.Id, (l, g) => l.Id)
                .FirstAsync();
        }

        var contract = await (await app.PagesAs(Demo.Officer)).GetAsync($"/loans/{loanId}/contract");

        contract.Document.QuerySelector("#sign-facilitator")!.TextContent.ShouldBe("Asep Saepudin (Pendamping Desa)");
        contract.Document.QuerySelector("#sign-facilitator")!.NextElementSibling!.TextContent.ShouldBe("Pendamping");
        contract.Document.QuerySelector("#contract")!.TextContent.ShouldNotContain("@");
    }

    [Theory]
    [AllDatabases]
    public async Task The_back_and_print_lines_follow_the_reader_s_language_and_the_document_stays_in_Bahasa_Indonesia(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var paid = await (await officer.PostAsJsonAsync($"/api/v1/loans/{g.Members[0].LoanId}/repayments",
            new { amount = 100_000m, paidOn = Iso(Today), channel = "Cash" })).Json200(HttpStatusCode.Created);
        var english = await app.PagesAs(Demo.Officer, "en");

        var receipt = await english.GetAsync($"/loans/{g.Members[0].LoanId}/repayments/{paid.GetProperty("id").GetGuid()}/receipt");
        var contract = await english.GetAsync($"/loans/{g.Members[0].LoanId}/contract");

        receipt.Document.QuerySelector("#doc-back")!.TextContent.ShouldContain("Back to the loan card");
        receipt.Document.QuerySelector("#share-whatsapp")!.TextContent.ShouldBe("Send by WhatsApp");
        receipt.Document.QuerySelector("h1")!.TextContent.ShouldBe("KWITANSI");
        Uri.UnescapeDataString(receipt.Document.QuerySelector("#share-whatsapp")!.GetAttribute("href")!).ShouldContain("Telah terima dari");
        contract.Document.QuerySelector("#doc-back")!.TextContent.ShouldContain("Back to the loan card");
        contract.Document.QuerySelector(".doc-tools .muted")!.TextContent.ShouldBe("Print with the browser's Print menu.");
        contract.Document.QuerySelector("#contract h1")!.TextContent.ShouldBe("PERJANJIAN PINJAMAN DANA KEMITRAAN");
    }
}
