using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using Berdaya.Features.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// A phone coming back online (docs/performance.md; decision 0025): 200 filled forms, each with a 1280-px photo's worth of JPEG
/// (150 KB), sent in one <c>POST /api/v1/field/sync</c> by a facilitator of the <c>generate-fostering</c> data, against a
/// published version of the demo's field questionnaire given to them; then the same 200 sent again (each answers as a repeat).
/// Through the app's HTTP pipeline in-process (JSON, authorization, the handler, the database), as the phone's request.
/// </summary>
public static class SyncBenchmark
{
    private const int Forms = 200;
    private const int PhotoBytes = 150 * 1024;
    private const string Title = "Monitoring lapangan (bench)";

    public static async Task RunAsync(Options o)
    {
        await using var app = o.App();
        Guid versionId;
        List<Guid> partners;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var email = FosteringGenerator.FacilitatorEmail(0);
            var facilitator = await db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstOrDefaultAsync()
                              ?? throw new InvalidOperationException("run generate-fostering first: no " + email);
            var program = await db.Programs.Where(p => p.Code == FosteringGenerator.ProgramCode).Select(p => p.Id).FirstAsync();
            var version = await db.QuestionnaireVersions.AsNoTracking()
                .Where(v => v.ProgramId == program && v.State == VersionState.Published && db.Questionnaires.Any(q => q.Id == v.QuestionnaireId && q.Title == Title))
                .FirstOrDefaultAsync();
            if (version is null)
            {
                // The demo's newest published field questionnaire, asked in the bench program and given to the facilitator.
                var demo = await db.QuestionnaireVersions.AsNoTracking().Where(v => v.State == VersionState.Published)
                    .OrderByDescending(v => v.Number).FirstAsync();
                var now = DateTimeOffset.UtcNow;
                var q = new Questionnaire(program, Title, LoanGenerator.AdminEmail, now);
                version = QuestionnaireVersion.Draft(q, 1, demo.Form, null, LoanGenerator.AdminEmail, now);
                version.Publish(LoanGenerator.AdminEmail, now);
                db.Questionnaires.Add(q);
                db.QuestionnaireVersions.Add(version);
                db.QuestionnaireAssignments.Add(new QuestionnaireAssignment(program, q.Id, facilitator, LoanGenerator.AdminEmail, now));
                await db.SaveChangesAsync();
            }

            versionId = version.Id;
            var villages = db.UserVillages.Where(v => v.UserId == facilitator).Select(v => v.VillageCode);
            partners = await db.Partners.Where(p => p.ProgramId == program && villages.Contains(p.VillageCode)).OrderBy(p => p.Id).Select(p => p.Id)
                .Take(Forms).ToListAsync();
            Console.WriteLine($"provider {o.Provider}: {await db.Partners.CountAsync()} partners, {await db.FilledForms.CountAsync()} filled forms before; " +
                              $"version {versionId} ({version.Form.Sections.Sum(s => s.Questions.Count)} questions); " +
                              $"{partners.Count} partners in the facilitator's {await villages.CountAsync()} villages");
        }

        using var http = app.CreateClient();
        http.Timeout = TimeSpan.FromMinutes(10);
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = FosteringGenerator.FacilitatorEmail(0), password = FosteringGenerator.FacilitatorPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var photo = new byte[PhotoBytes];
        new Random(o.Seed).NextBytes(photo);
        (photo[0], photo[1], photo[2], photo[^2], photo[^1]) = ((byte)0xFF, (byte)0xD8, (byte)0xFF, (byte)0xFF, (byte)0xD9);
        var base64 = Convert.ToBase64String(photo);
        var today = TimeProvider.System.Today();

        // A small sync first, so the measured ones do not pay for the first compilation of the path.
        await SendAsync(http, Body(5), "warm-up, 5 forms");
        using var memory = new PeakWorkingSet();
        for (var round = 1; round <= Math.Max(1, Math.Min(o.Queries, 5)); round++)
        {
            var body = Body(Forms);
            await SendAsync(http, body, $"round {round}, {Forms} forms, first send");
            await SendAsync(http, body, $"round {round}, the same {Forms} sent again");
            Console.WriteLine("  " + memory.Report());
        }

        byte[] Body(int count)
        {
            var forms = Enumerable.Range(0, count).Select(i =>
            {
                var file = $"foto-{i:000}.jpg";
                return new FillForms.Submission
                {
                    Id = Guid.CreateVersion7(),
                    VersionId = versionId,
                    PartnerId = partners[i % partners.Count],
                    VisitDate = today.AddDays(-(i % 30)),
                    Answers = new Dictionary<string, string?>
                    {
                        ["produksi_kg"] = (50 + (i % 80)).ToString(CultureInfo.InvariantCulture),
                        ["omzet_bulan"] = (2_000_000 + (i * 25_000)).ToString(CultureInfo.InvariantCulture),
                        ["bahan_baku"] = i % 2 == 0 ? "pasar" : "petani_lokal",
                        ["pembukuan"] = "yes",
                        ["pembukuan_rutin"] = (1 + (i % 5)).ToString(CultureInfo.InvariantCulture),
                        ["tanggal_panen"] = today.AddDays(-60 - (i % 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        ["pasar"] = i % 3 == 0 ? "warung pasar toko_oleh" : "warung",
                        ["kemasan"] = (1 + (i % 5)).ToString(CultureInfo.InvariantCulture),
                        ["kendala"] = "Harga bahan baku naik sesudah panen.",
                        ["foto_produksi"] = file,
                        ["pirt"] = i % 4 == 0 ? "yes" : "no",
                    },
                    Photos = new Dictionary<string, string> { [file] = base64 },
                };
            }).ToList();
            return JsonSerializer.SerializeToUtf8Bytes(new { Forms = forms }, JsonSerializerOptions.Web);
        }
    }

    private static async Task SendAsync(HttpClient http, byte[] body, string label)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync("/api/v1/field/sync", content);
        var text = await response.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{label}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 2000)]}");
        }

        var results = JsonDocument.Parse(text).RootElement.GetProperty("results").EnumerateArray().ToList();
        var statuses = results.GroupBy(r => r.GetProperty("status").GetString()).Select(g => $"{g.Key} {g.Count()}");
        var refused = results.FirstOrDefault(r => r.GetProperty("status").GetString() == "refused");
        Console.WriteLine($"{label}: {elapsed:F2} s (app CPU {used:F2} s), {body.Length / 1048576.0:F1} MB sent; {string.Join(", ", statuses)}" +
                          (refused.ValueKind == JsonValueKind.Undefined ? "" : "; first refusal: " + refused.GetProperty("errors")));
    }
}
