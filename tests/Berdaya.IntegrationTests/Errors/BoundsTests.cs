using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Partners;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Fund.FundScenario;

namespace Berdaya.IntegrationTests.Errors;

/// <summary>Every input has a bound that the database and every later sum can hold (docs/domain.md, Bounds on input).</summary>
public sealed class BoundsTests
{
    [Theory]
    [AllDatabases]
    public async Task A_fund_movement_above_one_trillion_is_refused_and_the_fund_keeps_working(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 20_000_000m, Today.AddDays(-30));

        foreach (var amount in new[] { 40_000_000_000_000_000_000_000_000_000m, 1_000_000_000_001m })
        {
            var refused = await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
                new { programId = s.ProgramId, kind = "BankInterest", amount, on = Iso(Today), description = "Bunga bank" });
            var problem = await refused.Problem(HttpStatusCode.BadRequest, "amount");
            problem.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ShouldContain("money.max");
            problem.GetProperty("errors").GetProperty("amount")[0].GetString().ShouldBe("Jumlah paling banyak Rp 1.000.000.000.000.");
        }

        await s.MoveAsync("BankInterest", 1_000_000_000_000m, Today);
        await using (var scope = app.Scope(out var db))
        {
            (await db.JournalEntries.CountAsync(e => e.ProgramId == s.ProgramId)).ShouldBe(2, "the refused movements wrote nothing");
        }

        (await s.GetAsync("/api/v1/fund/position")).GetProperty("available").GetDecimal().ShouldBe(1_000_020_000_000m);
        (await s.Admin.GetAsync($"/api/v1/fund/statement?programId={s.ProgramId}&from={Iso(Today.AddDays(-40))}&to={Iso(Today)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.Admin.GetAsync($"/api/v1/reports/kpis?programId={s.ProgramId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await s.AssertInvariantsAsync("bounded movements");
    }

    [Theory]
    [AllDatabases]
    public async Task Fund_movements_before_2000_or_before_the_programs_first_capital_are_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        var before = await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
            new { programId = s.ProgramId, kind = "Capital", amount = 1_000_000m, on = "1900-01-01", description = "Modal" });
        (await before.Problem(HttpStatusCode.BadRequest, "on")).GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ShouldContain("loan.date.before");

        await s.MoveAsync("Capital", 5_000_000m, Today.AddDays(-10));
        var interest = await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
            new { programId = s.ProgramId, kind = "BankInterest", amount = 10_000m, on = Iso(Today.AddDays(-11)), description = "Bunga" });
        await interest.Problem(HttpStatusCode.BadRequest, "on");
        await s.MoveAsync("BankInterest", 10_000m, Today.AddDays(-10));
        await using var scope = app.Scope(out var db);
        (await db.JournalEntries.CountAsync(e => e.ProgramId == s.ProgramId)).ShouldBe(2);
    }

    [Theory]
    [AllDatabases]
    public async Task A_text_longer_than_its_column_is_refused_naming_the_field_and_nothing_is_saved(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var megabyte = new string('a', 1024 * 1024);
        var body = PartnerRequests.Valid().With("address", megabyte);
        var problem = await (await api.PostAsJsonAsync("/api/v1/partners", body)).Problem(HttpStatusCode.BadRequest, "address");
        problem.GetProperty("errors").GetProperty("address")[0].GetString()!.ShouldContain("300");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Partners.CountAsync(p => p.OwnerName == (string)body["ownerName"]!)).ShouldBe(0);
        }

        var s = await CreateAsync(app);
        var movement = await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
            new { programId = s.ProgramId, kind = "Capital", amount = 1_000_000m, on = Iso(Today), description = megabyte });
        await movement.Problem(HttpStatusCode.BadRequest, "description");
        await using (var scope = app.Scope(out var db))
        {
            (await db.JournalEntries.CountAsync(e => e.ProgramId == s.ProgramId)).ShouldBe(0);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Every_text_column_of_the_model_has_a_length_limit(string provider)
    {
        var app = await TestApp.For(provider);
        await using var scope = app.Scope(out var db);

        // Texts the app writes itself, never a user: generated keys, stamps, the identity tables the app
        // does not use, data-protection keys and the audit trail's change record.
        string[] internalTexts =
        [
            "AppUser.PasswordHash", "AppUser.SecurityStamp", "AppUser.ConcurrencyStamp", "IdentityRole.ConcurrencyStamp",
            "IdentityRoleClaim<string>.ClaimType", "IdentityRoleClaim<string>.ClaimValue", "IdentityUserClaim<string>.ClaimType",
            "IdentityUserClaim<string>.ClaimValue", "IdentityUserLogin<string>.ProviderDisplayName", "IdentityUserLogin<string>.LoginProvider",
            "IdentityUserLogin<string>.ProviderKey", "IdentityUserToken<string>.Value", "IdentityUserToken<string>.LoginProvider",
            "IdentityUserToken<string>.Name", "DataProtectionKey.FriendlyName", "DataProtectionKey.Xml", "AuditEntry.Changes",
        ];
        var unbounded = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null && !p.IsKey() && !p.IsForeignKey())
                .Select(p => $"{t.DisplayName()}.{p.Name}"))
            .Except(internalTexts)
            .ToList();
        unbounded.ShouldBeEmpty();
    }

}
