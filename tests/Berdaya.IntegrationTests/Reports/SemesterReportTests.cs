using System.Globalization;
using System.Net;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Reports;
using Berdaya.IntegrationTests.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Berdaya.IntegrationTests.Fund.FundScenario;

namespace Berdaya.IntegrationTests.Reports;

/// <summary>docs/domain.md, Semester report: the workbook against the demo's ledger, bad semesters, a ledger that disagrees, who downloads it.</summary>
public sealed class SemesterReportTests
{
    private static async Task<Guid> DemoProgramAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        return await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
    }

    /// <summary>The figures of a semester read straight from the journal lines, as an accountant would add them up.</summary>
    private sealed record LedgerFigures(decimal Disbursed, decimal DisbursedToEnd, decimal Receivable, decimal Opening, decimal PrincipalRepaid, decimal Fees,
        decimal BankInterest, decimal Closing);

    private static async Task<LedgerFigures> LedgerAsync(TestApp app, Guid programId, Semester s)
    {
        await using var scope = app.Scope(out var db);
        var lines = await (from l in db.JournalLines
                           join e in db.JournalEntries on l.EntryId equals e.Id
                           where e.ProgramId == programId && l.EntryDate <= s.End
                           select new { l.EntryDate, l.Account, e.Kind, l.Debit, l.Credit }).ToListAsync();
        var inSemester = lines.Where(l => l.EntryDate >= s.Start).ToList();
        return new LedgerFigures(
            inSemester.Where(l => l.Kind == EntryKind.Disbursement && l.Account == LedgerAccount.LoansReceivable).Sum(l => l.Debit),
            lines.Where(l => l.Kind == EntryKind.Disbursement && l.Account == LedgerAccount.LoansReceivable).Sum(l => l.Debit),
            lines.Where(l => l.Account == LedgerAccount.LoansReceivable).Sum(l => l.Debit - l.Credit),
            lines.Where(l => l.EntryDate < s.Start && l.Account == LedgerAccount.Cash).Sum(l => l.Debit - l.Credit),
            inSemester.Where(l => l.Kind is EntryKind.Repayment or EntryKind.RepaymentReversal && l.Account == LedgerAccount.LoansReceivable)
                .Sum(l => l.Credit - l.Debit),
            inSemester.Where(l => l.Account == LedgerAccount.FeeIncome).Sum(l => l.Credit - l.Debit),
            inSemester.Where(l => l.Account == LedgerAccount.BankInterest).Sum(l => l.Credit - l.Debit),
            lines.Where(l => l.Account == LedgerAccount.Cash).Sum(l => l.Debit - l.Credit));
    }

    private static List<IDictionary<string, object>> Sheet(Stream book, string name) =>
        book.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>().ToList();

    private static decimal Money(object? v) => Convert.ToDecimal(v, CultureInfo.InvariantCulture);

    private static decimal Item(List<IDictionary<string, object>> rows, string item) =>
        Money(rows.Single(r => string.Equals(r["Uraian"]?.ToString()?.Trim(), item, StringComparison.Ordinal))["Jumlah (Rp)"]);

    [Theory]
    [AllDatabases]
    public async Task Citra_saris_semesters_open_as_a_workbook_whose_totals_are_the_ledgers(string provider)
    {
        var app = await TestApp.For(provider);
        var program = await DemoProgramAsync(app);
        var officer = await app.ApiAs(Demo.Officer, "en");
        foreach (var semester in new[] { new Semester(2006, 1), new Semester(2006, 2), new Semester(2007, 1) })
        {
            var ledger = await LedgerAsync(app, program, semester);
            var response = await officer.GetAsync($"/api/v1/reports/semester?programId={program}&year={semester.Year}&semester={semester.Half}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, semester.ToString());
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"laporan-semester-{semester}.xlsx");
            using var book = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

            // Bahasa Indonesia headers, whatever the reader's language.
            book.GetSheetNames().ShouldBe(["Keterangan", "Penyaluran per Sektor", "Penyaluran per Provinsi", "Jumlah Mitra", "Kolektibilitas", "Posisi Dana"]);

            var sectors = Sheet(book, "Penyaluran per Sektor");
            var sectorTotal = sectors[^1];
            sectorTotal["Sektor Usaha"].ShouldBe("Jumlah");
            Money(sectorTotal["Dana Disalurkan Semester (Rp)"]).ShouldBe(ledger.Disbursed, semester.ToString());
            Money(sectorTotal["Dana Disalurkan Kumulatif (Rp)"]).ShouldBe(ledger.DisbursedToEnd, semester.ToString());
            sectors.ShouldContain(r => Equals(r["Sektor Usaha"], "Makanan ringan (emping/opak)"));

            var provinces = Sheet(book, "Penyaluran per Provinsi");
            Money(provinces[^1]["Dana Disalurkan Semester (Rp)"]).ShouldBe(ledger.Disbursed);
            Money(provinces[^1]["Dana Disalurkan Kumulatif (Rp)"]).ShouldBe(ledger.DisbursedToEnd);
            var westJava = provinces.Single(r => Equals(r["Kode Provinsi"], "32"));
            Money(westJava["Dana Disalurkan Kumulatif (Rp)"]).ShouldBe(ledger.DisbursedToEnd);

            // Every loan of 2006–2007 is Citra Sari's, paid by the 5th or within the month: all Lancar, the whole receivable.
            var classes = Sheet(book, "Kolektibilitas");
            classes.Select(r => r["Kolektibilitas"]?.ToString()).Take(5).ShouldBe(["Lancar", "Kurang Lancar", "Diragukan", "Macet", "Jumlah"]);
            Money(classes[0]["Sisa Pokok (Rp)"]).ShouldBe(ledger.Receivable);
            Money(classes[4]["Sisa Pokok (Rp)"]).ShouldBe(ledger.Receivable);
            ledger.Receivable.ShouldBeGreaterThan(0m);
            Money(classes[5]["Nilai Tertimbang (Rp)"]).ShouldBe(100m);

            var fund = Sheet(book, "Posisi Dana");
            Item(fund, "Saldo awal kas dan bank").ShouldBe(ledger.Opening);
            Item(fund, "Pengembalian pokok pinjaman").ShouldBe(ledger.PrincipalRepaid);
            Item(fund, "Jasa administrasi pinjaman").ShouldBe(ledger.Fees);
            Item(fund, "Jasa giro / bunga bank").ShouldBe(ledger.BankInterest);
            Item(fund, "Penyaluran pinjaman kemitraan").ShouldBe(ledger.Disbursed);
            Item(fund, "Saldo akhir kas dan bank").ShouldBe(ledger.Closing);
            Item(fund, "Saldo kas dan bank menurut buku besar").ShouldBe(ledger.Closing);

            var partners = Sheet(book, "Jumlah Mitra");
            Convert.ToInt32(partners[1]["Semester Ini"], CultureInfo.InvariantCulture).ShouldBe(10, "Citra Sari's ten members owe at the end");
        }

        // The first semester has the disbursement of 3 February 2006 and its first repayments; the second the bank interest of 2006.
        (await LedgerAsync(app, program, new Semester(2006, 1))).Disbursed.ShouldBeGreaterThan(0m);
        (await LedgerAsync(app, program, new Semester(2006, 2))).BankInterest.ShouldBe(1_150_000m);
    }

    [Theory]
    [AllDatabases]
    public async Task A_semester_not_ended_before_the_ledger_or_malformed_is_refused_by_its_field(string provider)
    {
        var app = await TestApp.For(provider);
        var program = await DemoProgramAsync(app);
        var api = await app.ApiAs(Demo.Officer, "en");
        string Url(string query) => $"/api/v1/reports/semester?programId={program}&{query}";

        var current = Semester.Of(Today);
        var notEnded = current.End > Today ? current : new Semester(Today.Year + 1, 1);
        if (notEnded.Year == Today.Year)
        {
            var future = await (await api.GetAsync(Url($"year={notEnded.Year}&semester={notEnded.Half}"))).Problem(HttpStatusCode.BadRequest, "semester");
            future.GetProperty("errors").GetProperty("semester")[0].GetString()!.ShouldContain("has not ended");
        }

        await (await api.GetAsync(Url($"year={Today.Year + 1}&semester=1"))).Problem(HttpStatusCode.BadRequest, "year");
        await (await api.GetAsync(Url("year=2012&semester=3"))).Problem(HttpStatusCode.BadRequest, "semester");
        await (await api.GetAsync(Url("year=2012&semester=II"))).Problem(HttpStatusCode.BadRequest, "semester");
        await (await api.GetAsync(Url("year=dua&semester=1"))).Problem(HttpStatusCode.BadRequest, "year");
        await (await api.GetAsync(Url("year=1999&semester=1"))).Problem(HttpStatusCode.BadRequest, "year");
        var both = await (await api.GetAsync(Url(""))).Problem(HttpStatusCode.BadRequest, "year");
        both.GetProperty("errors").TryGetProperty("semester", out _).ShouldBeTrue(both.ToString());

        // The demo's ledger starts on 2 January 2006.
        var before = await (await api.GetAsync(Url("year=2005&semester=2"))).Problem(HttpStatusCode.BadRequest, "year");
        before.GetProperty("errors").GetProperty("year")[0].GetString()!.ShouldContain("2006-S1");

        // A program without any ledger entry has nothing to report.
        var s = await CreateAsync(app);
        await (await s.Admin.GetAsync($"/api/v1/reports/semester?programId={s.ProgramId}&year=2012&semester=2")).Problem(HttpStatusCode.BadRequest, "semester");

        // The page shows the refusal beside the field and keeps what was entered.
        var pages = await app.PagesAs(Demo.Officer);
        var page = await pages.GetAsync($"/reports/semester?handler=Download&programId={program}&year=2012&semester=3");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.Document.QuerySelector("#semester-error")!.TextContent.ShouldContain("Semester harus 1");
        page.Document.QuerySelector("input[name=year]")!.GetAttribute("value").ShouldBe("2012");
    }

    [Theory]
    [AllDatabases]
    public async Task A_ledger_that_disagrees_with_the_loans_refuses_the_report_with_each_difference(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        var semester = Semester.LatestEnded(Today);
        await s.MoveAsync("Capital", 20_000_000m, semester.Start);
        var loans = await s.LoansAsync((3_000_000m, semester.Start.AddDays(10)), (2_000_000m, semester.Start.AddDays(20)));
        var url = $"/api/v1/reports/semester?programId={s.ProgramId}&year={semester.Year}&semester={semester.Half}";
        (await s.Admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A second disbursement entry for the first loan, written straight to the books: the ledger now says 3,000,000 more.
        await using (var scope = app.Scope(out var db))
        {
            var loan = await db.Loans.AsNoTracking().SingleAsync(l => l.Id == loans[0]);
            db.JournalEntries.Add(JournalEntry.ForDisbursement(loan, "test", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        var english = await app.ApiAs(Demo.Admin, "en");
        var refused = await (await english.GetAsync(url)).Problem(HttpStatusCode.Conflict, "semester");
        var messages = refused.GetProperty("errors").GetProperty("semester").EnumerateArray().Select(m => m.GetString()!).ToList();
        messages.ShouldBe([
            "Disbursed in the semester, by sector does not match the ledger: report Rp 5.000.000, ledger Rp 8.000.000, difference -Rp 3.000.000.",
            "Disbursed in the semester, by province does not match the ledger: report Rp 5.000.000, ledger Rp 8.000.000, difference -Rp 3.000.000.",
            "Disbursed to date does not match the ledger: report Rp 5.000.000, ledger Rp 8.000.000, difference -Rp 3.000.000.",
            "Outstanding principal by class does not match the ledger: report Rp 5.000.000, ledger Rp 8.000.000, difference -Rp 3.000.000.",
        ], string.Join("\n", messages));
        refused.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["semester.mismatch"]);

        // The page shows the same refusal beside the semester, in the reader's language, and no file.
        var page = await (await app.PagesAs(Demo.Admin)).GetAsync(
            $"/reports/semester?handler=Download&programId={s.ProgramId}&year={semester.Year}&semester={semester.Half}");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var beside = page.Document.QuerySelector("#semester-error")!.TextContent;
        beside.ShouldContain("Sisa pokok per kolektibilitas tidak cocok dengan buku besar: laporan Rp 5.000.000, buku besar Rp 8.000.000, selisih -Rp 3.000.000.");
    }

    [Theory]
    [AllDatabases]
    public async Task The_office_and_viewers_download_it_and_evaluators_and_field_roles_do_not(string provider)
    {
        var app = await TestApp.For(provider);
        var program = await DemoProgramAsync(app);
        var url = $"/api/v1/reports/semester?programId={program}&year=2007&semester=1";
        foreach (var email in new[] { Demo.Admin, Demo.Officer, Demo.Viewer })
        {
            var response = await (await app.ApiAs(email)).GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, email);
            using var book = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            book.GetSheetNames().Count.ShouldBe(6, email);
        }

        foreach (var email in new[] { Demo.Evaluator, Demo.Facilitator, Demo.Chair, Demo.Treasurer })
        {
            (await (await app.ApiAs(email)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            var denied = await (await app.PagesAs(email)).GetAsync("/reports/semester");
            denied.StatusCode.ShouldBe(HttpStatusCode.Redirect, email);
            denied.Location!.ShouldContain("/denied", Case.Insensitive, email);
        }

        // Another program's semester is outside the viewer's scope.
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 1_000_000m, new DateOnly(2012, 1, 2));
        (await (await app.ApiAs(Demo.Viewer)).GetAsync($"/api/v1/reports/semester?programId={s.ProgramId}&year=2012&semester=1")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await s.Admin.GetAsync($"/api/v1/reports/semester?programId={s.ProgramId}&year=2012&semester=1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await (await app.PagesAs(Demo.Viewer)).GetAsync("/reports/semester");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var latest = Semester.LatestEnded(Today);
        page.Document.QuerySelector("input[name=year]")!.GetAttribute("value").ShouldBe(latest.Year.ToString(CultureInfo.InvariantCulture));
        page.Document.QuerySelector("select[name=semester] option[selected]")!.GetAttribute("value").ShouldBe(latest.Half.ToString(CultureInfo.InvariantCulture));
    }
}
