using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Loans;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>The officer's and partner's loan pages: disbursement, the loan card and its forms, receipts, contract and export.</summary>
public sealed class LoanPagesTests
{
    [Theory]
    [AllDatabases]
    public async Task Officer_previews_and_disburses_from_the_proposal_and_the_contract_shows_the_amount(string provider)
    {
        var app = await TestApp.For(provider);
        await LendingData.CapitalAsync(app.Services, 10_000_000m);
        var product = await LendingData.ProductAsync(app.Services);
        var decided = await LendingData.DecidedAsync(app);
        var (partnerId, name) = decided.Partners[0];
        var item = decided.Items[partnerId];
        var officer = await app.PagesAs(Demo.Officer);

        var proposal = await officer.GetAsync($"/proposals/{decided.ProposalId}");
        proposal.Document.QuerySelectorAll("#approved a.disburse").Length.ShouldBe(5);
        proposal.Document.QuerySelector($"#approved a[href='/loans/disburse/{item}']").ShouldNotBeNull();

        var page = await officer.GetAsync($"/loans/disburse/{item}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#approved-amount")!.TextContent.ShouldBe("Rp 3.000.000");
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("#Input_Amount")!).Value.ShouldBe("3000000");

        // The preview draws the schedule and writes nothing.
        var fields = new Dictionary<string, string> { ["Input.ProductId"] = product.ToString(), ["Input.Amount"] = "2500000", ["Input.TenorMonths"] = "10", ["Input.Reference"] = "TRF-0001" };
        var preview = await officer.SubmitAsync(page, "#disburse-form", fields, "preview", "true");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK, string.Join("; ", preview.Errors));
        preview.Document.QuerySelectorAll("#preview-schedule tbody tr").Length.ShouldBe(10, string.Join("; ", preview.Errors));
        preview.Document.QuerySelector("#preview-fee")!.TextContent.ShouldBe("Rp 125.000");

        // Above the approved amount: refused beside the amount, nothing written.
        var above = await officer.SubmitAsync(page, "#disburse-form", new Dictionary<string, string>(fields) { ["Input.Amount"] = "3500000" });
        above.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        above.Document.QuerySelector("[data-valmsg-for='Input.Amount']")!.TextContent.ShouldContain("Rp 3.000.000");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Loans.AnyAsync(l => l.ProposalItemId == item)).ShouldBeFalse();
        }

        var done = await officer.SubmitAsync(page, "#disburse-form", fields);
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", done.Errors));
        Guid loanId;
        string number;
        await using (var scope = app.Scope(out var db))
        {
            var loan = await db.Loans.SingleAsync(l => l.ProposalItemId == item);
            (loanId, number) = (loan.Id, loan.Number);
            loan.Principal.ShouldBe(2_500_000m);
            loan.TenorMonths.ShouldBe(10);
        }

        done.Location.ShouldBe($"/loans/{loanId}/contract");
        var contract = await officer.GetAsync(done.Location!);
        contract.StatusCode.ShouldBe(HttpStatusCode.OK);
        contract.Document.QuerySelector("h1")!.TextContent.ShouldBe("PERJANJIAN PINJAMAN DANA KEMITRAAN");
        var amount = contract.Document.QuerySelector("#contract-amount")!.TextContent;
        amount.ShouldContain("Rp 2.500.000");
        amount.ShouldContain("dua juta lima ratus ribu rupiah");
        contract.Document.QuerySelectorAll("#contract-schedule tbody tr").Length.ShouldBe(10);
        contract.Document.QuerySelector("#party-partner")!.TextContent.ShouldContain(name);
        contract.Html.ShouldContain("Saksi, Ketua Kelompok");

        var receipt = await officer.GetAsync($"/loans/{loanId}/disbursement-receipt");
        receipt.Document.QuerySelector("#disbursed-amount")!.TextContent.ShouldBe("Rp 2.500.000");

        // The proposal now says the decision is disbursed, and a second disbursement is refused.
        var after = await officer.GetAsync($"/proposals/{decided.ProposalId}");
        after.Document.QuerySelector("#approved .disbursed")!.TextContent.ShouldContain(number);
        after.Document.QuerySelectorAll("#approved a.disburse").Length.ShouldBe(4);
        var again = await officer.GetAsync($"/loans/disburse/{item}");
        again.Document.QuerySelector("#already")!.TextContent.ShouldContain(number);
        again.Document.QuerySelector("#disburse-form").ShouldBeNull();
    }

    [Theory]
    [AllDatabases]
    public async Task Only_the_office_opens_the_disbursement_page(string provider)
    {
        var app = await TestApp.For(provider);
        var decided = await LendingData.DecidedAsync(app);
        var item = decided.Items[decided.Partners[0].Id];
        foreach (var email in new[] { Demo.Facilitator, Demo.Evaluator, Demo.Viewer })
        {
            var pages = await app.PagesAs(email);
            (await pages.GetAsync($"/loans/disburse/{item}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            (await pages.GetAsync($"/proposals/{decided.ProposalId}")).Document.QuerySelector("#approved a.disburse").ShouldBeNull();
        }

        (await (await app.PagesAs(Demo.Officer)).GetAsync($"/loans/disburse/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task The_pay_form_sent_twice_records_one_payment(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var officer = await app.PagesAs(Demo.Officer);
        var card = await officer.GetAsync($"/loans/{loanId}");
        var fields = new Dictionary<string, string> { ["Pay.Amount"] = "250000" };

        var first = await officer.SubmitAsync(card, "#pay-form", fields);
        var second = await officer.SubmitAsync(card, "#pay-form", fields);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", first.Errors));
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", second.Errors));
        second.Location.ShouldBe(first.Location, "the second press shows the first payment's receipt");

        // The old form sent again with another amount (the back button) is refused with a reason and a new key.
        var changed = await officer.SubmitAsync(card, "#pay-form", new Dictionary<string, string> { ["Pay.Amount"] = "100000" });
        changed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        changed.Document.QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("sudah pernah dikirim");
        changed.Document.QuerySelector("input[name='Pay.Key']")!.GetAttribute("value").ShouldNotBe(
            card.Document.QuerySelector("input[name='Pay.Key']")!.GetAttribute("value"));
        await using var scope = app.Scope(out var db);
        (await db.Repayments.CountAsync(r => r.LoanId == loanId)).ShouldBe(1);
        var loan = await db.Loans.SingleAsync(l => l.Id == loanId);
        (loan.PrincipalPaid + loan.FeePaid).ShouldBe(250_000m);
    }

    [Theory]
    [AllDatabases]
    public async Task Paying_on_the_card_leads_to_a_receipt_with_the_number_and_the_amount_in_words(string provider)
    {
        var app = await TestApp.For(provider);
        var (decided, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var officer = await app.PagesAs(Demo.Officer);
        var card = await officer.GetAsync($"/loans/{loanId}");
        card.StatusCode.ShouldBe(HttpStatusCode.OK);
        card.Document.QuerySelectorAll("#schedule tbody tr").Length.ShouldBe(12);
        card.Document.QuerySelector("#outstanding")!.TextContent.ShouldBe("Rp 3.000.000");

        var paid = await officer.SubmitAsync(card, "#pay-form", new Dictionary<string, string> { ["Pay.Amount"] = "1250000", ["Pay.ReceivedBy"] = "Bendahara uji" });
        paid.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", paid.Errors));
        Repayment stored;
        await using (var scope = app.Scope(out var db))
        {
            stored = await db.Repayments.Include(r => r.Allocations).SingleAsync(r => r.LoanId == loanId);
        }

        paid.Location.ShouldBe($"/loans/{loanId}/repayments/{stored.Id}/receipt");
        var receipt = await officer.GetAsync(paid.Location!);
        receipt.Document.QuerySelector("h1")!.TextContent.ShouldBe("KWITANSI");
        receipt.Document.QuerySelector("#receipt-number")!.TextContent.ShouldContain(stored.ReceiptNumber);
        receipt.Document.QuerySelector("#receipt-amount")!.TextContent.ShouldBe("Rp 1.250.000");
        receipt.Document.QuerySelector("#receipt-words")!.TextContent.ShouldContain("satu juta dua ratus lima puluh ribu rupiah");
        receipt.Document.QuerySelector("#receipt-partner")!.TextContent.ShouldContain(decided.Partners[0].Name);

        // Fee first, then principal, oldest installment first: four whole installments and part of the fifth.
        var lines = receipt.Document.QuerySelectorAll("#receipt-allocation tbody tr").Select(r => r.TextContent).ToList();
        lines.Count.ShouldBe(5);
        lines[0].ShouldContain("Rp 15.000");
        lines[0].ShouldContain("Rp 250.000");
        lines[4].ShouldContain("Rp 175.000");
        receipt.Document.QuerySelector("#outstanding-after")!.TextContent.ShouldBe("Rp 1.825.000");
        receipt.Html.ShouldContain("Bendahara uji");

        var after = await officer.GetAsync($"/loans/{loanId}");
        after.Document.QuerySelector("#outstanding")!.TextContent.ShouldBe("Rp 1.825.000");
        after.Document.QuerySelector($"#repayments tr[data-repayment='{stored.Id}']")!.TextContent.ShouldContain("Angsuran 5");
        after.Document.QuerySelectorAll("#schedule .badge").Length.ShouldBe(4);
    }

    [Theory]
    [AllDatabases]
    public async Task A_payment_above_everything_owed_is_refused_with_the_amount_and_the_loan_is_unchanged(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var officer = await app.PagesAs(Demo.Officer);
        var card = await officer.GetAsync($"/loans/{loanId}");

        var refused = await officer.SubmitAsync(card, "#pay-form", new Dictionary<string, string> { ["Pay.Amount"] = "5000000" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // 3,000,000 principal plus 12 months of 15,000 fee.
        refused.Document.QuerySelector("[data-valmsg-for='Pay.Amount']")!.TextContent.ShouldContain("Rp 3.180.000");
        ((AngleSharp.Html.Dom.IHtmlInputElement)refused.Document.QuerySelector("#Pay_Amount")!).Value.ShouldBe("5000000");

        var zero = await officer.SubmitAsync(card, "#pay-form", new Dictionary<string, string> { ["Pay.Amount"] = "0", ["Pay.PaidOn"] = "" });
        zero.Document.QuerySelector("[data-valmsg-for='Pay.Amount']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        zero.Document.QuerySelector("[data-valmsg-for='Pay.PaidOn']")!.TextContent.ShouldNotBeNullOrWhiteSpace();

        await using var scope = app.Scope(out var db);
        (await db.Repayments.CountAsync(r => r.LoanId == loanId)).ShouldBe(0);
        var loan = await db.Loans.SingleAsync(l => l.Id == loanId);
        loan.PrincipalOutstanding.ShouldBe(3_000_000m);
        loan.PrincipalPaid.ShouldBe(0m);
    }

    [Theory]
    [AllDatabases]
    public async Task A_payment_is_reversed_on_the_card_with_a_reason_and_the_reversal_prints_as_pembatalan(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var api = await app.ApiAs(Demo.Officer);
        var payment = await (await api.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments",
            new { amount = 265_000m, paidOn = LendingData.Iso(LendingData.Today), channel = "Cash", receivedBy = "Petugas" })).Json200(HttpStatusCode.Created);
        var paymentId = payment.GetProperty("id").GetGuid();
        var officer = await app.PagesAs(Demo.Officer);
        var card = await officer.GetAsync($"/loans/{loanId}");
        var form = $".reverse-form[data-repayment='{paymentId}']";

        var noReason = await officer.SubmitAsync(card, form, new Dictionary<string, string> { ["Reverse.Reason"] = " " });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noReason.Document.QuerySelector("[data-valmsg-for='Reverse.Reason']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        noReason.Document.QuerySelector("#outstanding")!.TextContent.ShouldBe("Rp 2.750.000");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Repayments.CountAsync(r => r.LoanId == loanId)).ShouldBe(1);
        }

        var reversed = await officer.SubmitAsync(card, form, new Dictionary<string, string> { ["Reverse.Reason"] = "Salah catat anggota" });
        reversed.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", reversed.Errors));
        var notice = await officer.GetAsync(reversed.Location!);
        notice.Document.QuerySelector("h1")!.TextContent.ShouldBe("PEMBATALAN PEMBAYARAN");
        notice.Document.QuerySelector("#reversal-reason")!.TextContent.ShouldBe("Salah catat anggota");
        notice.Document.QuerySelector("#outstanding-after")!.TextContent.ShouldBe("Rp 3.000.000");

        var original = await officer.GetAsync($"/loans/{loanId}/repayments/{paymentId}/receipt");
        original.Document.QuerySelector("#reversed-by")!.TextContent.ShouldContain("Salah catat anggota");
        var after = await officer.GetAsync($"/loans/{loanId}");
        after.Document.QuerySelector("#outstanding")!.TextContent.ShouldBe("Rp 3.000.000");
        after.Document.QuerySelector(form).ShouldBeNull();

        await using var check = app.Scope(out var db2);
        (await db2.Loans.SingleAsync(l => l.Id == loanId)).PrincipalPaid.ShouldBe(0m);
    }

    [Theory]
    [AllDatabases]
    public async Task A_loan_is_rescheduled_and_written_off_through_the_card_forms(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var officer = await app.PagesAs(Demo.Officer);
        var card = await officer.GetAsync($"/loans/{loanId}");

        var noReason = await officer.SubmitAsync(card, "#reschedule-form", new Dictionary<string, string> { ["Reschedule.TenorMonths"] = "24" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noReason.Document.QuerySelector("[data-valmsg-for='Reschedule.Reason']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        noReason.Document.QuerySelector("#reschedule")!.HasAttribute("open").ShouldBeTrue();
        await using (var scope = app.Scope(out var db))
        {
            (await db.Loans.SingleAsync(l => l.Id == loanId)).ScheduleVersion.ShouldBe(1);
        }

        var rescheduled = await officer.SubmitAsync(card, "#reschedule-form",
            new Dictionary<string, string> { ["Reschedule.TenorMonths"] = "24", ["Reschedule.Reason"] = "Bahan baku langka" });
        rescheduled.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", rescheduled.Errors));
        var after = await officer.GetAsync($"/loans/{loanId}");
        after.Document.QuerySelectorAll("#schedule tbody tr").Length.ShouldBe(24);
        after.Document.QuerySelectorAll("details.superseded tbody tr").Length.ShouldBe(12);
        after.Document.QuerySelector("#reschedules")!.TextContent.ShouldContain("Bahan baku langka");

        var noReference = await officer.SubmitAsync(after, "#writeoff-form", new Dictionary<string, string> { ["WriteOff.Kind"] = "Book" });
        noReference.Document.QuerySelector("[data-valmsg-for='WriteOff.Reference']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        await using (var scope = app.Scope(out var db))
        {
            (await db.Loans.SingleAsync(l => l.Id == loanId)).Status.ShouldBe(LoanStatus.Active);
        }

        var written = await officer.SubmitAsync(after, "#writeoff-form",
            new Dictionary<string, string> { ["WriteOff.Kind"] = "Book", ["WriteOff.Reference"] = "SK-DIR/017/2026" });
        written.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", written.Errors));
        var final = await officer.GetAsync($"/loans/{loanId}");
        final.Document.QuerySelector("#status")!.TextContent.ShouldBe("Dihapus");
        final.Document.QuerySelector("#writeoff")!.TextContent.ShouldContain("SK-DIR/017/2026");
        final.Document.QuerySelector("#pay-form").ShouldBeNull();
        final.Document.QuerySelector("#reschedule-form").ShouldBeNull();

        await using var check = app.Scope(out var db3);
        var loan = await db3.Loans.SingleAsync(l => l.Id == loanId);
        loan.Status.ShouldBe(LoanStatus.WrittenOff);
        loan.WriteOffKind.ShouldBe(WriteOffKind.Book);
        loan.WrittenOffPrincipal.ShouldBe(3_000_000m);
    }

    [Theory]
    [AllDatabases]
    public async Task Each_role_sees_what_it_may_and_a_partner_of_another_group_finds_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var (decided, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var api = await app.ApiAs(Demo.Officer);
        var payment = (await (await api.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments",
            new { amount = 100_000m, paidOn = LendingData.Iso(LendingData.Today), channel = "Cash" })).Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        string[] urls =
        [
            $"/loans/{loanId}", $"/loans/{loanId}/contract", $"/loans/{loanId}/disbursement-receipt",
            $"/loans/{loanId}/repayments/{payment}/receipt", $"/api/v1/loans/{loanId}/export",
        ];

        // The borrower reads their own loan, without the forms.
        var borrower = await app.PagesAs(await GroupScenario.PartnerUserAsync(app, decided.Partners[0].Id));
        foreach (var url in urls)
        {
            (await borrower.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        (await borrower.GetAsync("/loans")).Document.QuerySelectorAll("#loans tbody tr").Length.ShouldBe(1);
        (await borrower.GetAsync($"/loans/{loanId}")).Document.QuerySelector("#pay-form").ShouldBeNull();

        // A member of another group finds nothing, not even that the loan exists.
        var other = await LendingData.DecidedAsync(app);
        var stranger = await app.PagesAs(await GroupScenario.PartnerUserAsync(app, other.Partners[0].Id));
        foreach (var url in urls)
        {
            (await stranger.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        (await stranger.GetAsync("/loans")).Html.ShouldNotContain(decided.Partners[0].Name);

        // The facilitator of the village may record payments but not restructure; evaluators and viewers only read, evaluators without NIK.
        var facilitator = await (await app.PagesAs(Demo.Facilitator)).GetAsync($"/loans/{loanId}");
        facilitator.Document.QuerySelector("#pay-form").ShouldNotBeNull();
        facilitator.Document.QuerySelector("#reschedule-form").ShouldBeNull();
        facilitator.Document.QuerySelector(".reverse-form").ShouldBeNull();
        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer })
        {
            var reader = await app.PagesAs(email);
            var card = await reader.GetAsync($"/loans/{loanId}");
            card.StatusCode.ShouldBe(HttpStatusCode.OK);
            card.Document.QuerySelectorAll("form[method=post]").Where(f => f.Id is "pay-form" or "reschedule-form" or "writeoff-form").ShouldBeEmpty();
            var token = card.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            var post = await reader.Http.PostAsync($"/loans/{loanId}?handler=Pay",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Pay.Amount"] = "100000" }));
            post.StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }

        var evaluator = await app.PagesAs(Demo.Evaluator);
        (await evaluator.GetAsync($"/loans/{loanId}")).Html.ShouldNotContain("NIK", Case.Sensitive);
        (await evaluator.GetAsync($"/loans/{loanId}/contract")).Html.ShouldNotContain("NIK", Case.Sensitive);
        var xlsx = await (await evaluator.Http.GetAsync($"/api/v1/loans/{loanId}/export")).Content.ReadAsByteArrayAsync();
        Cells(xlsx, "Jadwal").ShouldNotContain("NIK");
        Cells(await (await api.GetAsync($"/api/v1/loans/{loanId}/export")).Content.ReadAsByteArrayAsync(), "Jadwal").ShouldContain("NIK");

        await using var scope = app.Scope(out var db);
        (await db.Repayments.CountAsync(r => r.LoanId == loanId)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task The_loan_card_exports_to_a_workbook_with_the_schedule_and_the_payments(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, _, loans) = await LendingData.LoansAsync(app);
        var loanId = loans[0];
        var api = await app.ApiAs(Demo.Officer);
        var payment = await (await api.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments",
            new { amount = 530_000m, paidOn = LendingData.Iso(LendingData.Today), channel = "BankTransfer", reference = "TRF-77" })).Json200(HttpStatusCode.Created);
        string number;
        await using (var scope = app.Scope(out var db))
        {
            number = await db.Loans.Where(l => l.Id == loanId).Select(l => l.Number).SingleAsync();
        }

        var response = await api.GetAsync($"/api/v1/loans/{loanId}/export");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain(number);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var stream = new MemoryStream(bytes))
        {
            MiniExcel.GetSheetNames(stream).ShouldBe(["Jadwal", "Pembayaran"]);
        }

        var schedule = Rows(bytes, "Jadwal");
        schedule[0]["B"].ShouldBe(number);
        var firstInstallment = schedule.Single(r => r["A"] is double v && v == 1 && r["B"] is double n && n == 1);
        Convert.ToDecimal(firstInstallment["D"], CultureInfo.InvariantCulture).ShouldBe(250_000m);
        Convert.ToDecimal(firstInstallment["E"], CultureInfo.InvariantCulture).ShouldBe(15_000m);
        schedule.Count(r => r["A"] is double v && v == 1).ShouldBe(12);

        var payments = Rows(bytes, "Pembayaran");
        var lines = payments.Where(r => Equals(r["A"], payment.GetProperty("receiptNumber").GetString())).ToList();
        lines.Count.ShouldBe(2);
        Convert.ToDecimal(lines[0]["D"], CultureInfo.InvariantCulture).ShouldBe(530_000m);
        lines.Sum(l => Convert.ToDecimal(l["I"], CultureInfo.InvariantCulture) + Convert.ToDecimal(l["J"], CultureInfo.InvariantCulture)).ShouldBe(530_000m);

        (await (await api.GetAsync($"/api/v1/loans/{Guid.NewGuid()}/export")).Problem(HttpStatusCode.NotFound)).ShouldNotBe(default);
    }

    private static List<IDictionary<string, object?>> Rows(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        return stream.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
    }

    private static string Cells(byte[] xlsx, string sheet) =>
        string.Join("|", Rows(xlsx, sheet).SelectMany(r => r.Values).Select(v => v?.ToString()));
}
