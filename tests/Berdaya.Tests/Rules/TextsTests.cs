using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Berdaya.Web;
using Berdaya.Web.Localization;

namespace Berdaya.Tests.Rules;

/// <summary>Every message and label the code asks for exists in Bahasa Indonesia and English.</summary>
public sealed partial class TextsTests
{
    private static readonly Texts Texts = new();

    [Fact]
    public void A_question_named_in_a_message_reads_in_the_readers_language_and_falls_back_to_Indonesian()
    {
        var id = CultureInfo.GetCultureInfo("id-ID");
        var en = CultureInfo.GetCultureInfo("en");
        Texts.Format("error.answer.required", en, new Berdaya.Domain.Common.Bilingual("Omzet bulan ini", "Turnover this month"))
            .ShouldBe("“Turnover this month” is required.");
        Texts.Format("error.answer.required", id, new Berdaya.Domain.Common.Bilingual("Omzet bulan ini", "Turnover this month"))
            .ShouldBe("“Omzet bulan ini” wajib dijawab.");
        Texts.Format("error.answer.required", en, new Berdaya.Domain.Common.Bilingual("Omzet bulan ini", null))
            .ShouldBe("“Omzet bulan ini” is required.");
    }

    [Fact]
    public void Every_error_code_thrown_has_a_message_in_both_languages()
    {
        var missing = SourceFiles("*.cs")
            .SelectMany(f => ErrorCode().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: "error." + m.Groups[1].Value)))
            .Where(x => !Texts.Has(x.Key))
            .Select(x => $"{x.Key} ({x.File})")
            .Distinct()
            .ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_text_key_used_in_a_page_exists()
    {
        var missing = SourceFiles("*.cshtml")
            .SelectMany(f => PageKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .Where(x => !Texts.Has(x.Key))
            .Select(x => $"{x.Key} ({x.File})")
            .Distinct()
            .ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_value_of_every_enum_shown_in_the_UI_has_a_name_in_both_languages()
    {
        Type[] shown =
        [
            typeof(Domain.Partners.Sex), typeof(Domain.Partners.PartnerStatus), typeof(Domain.Groups.GroupRole),
            typeof(Domain.Proposals.ProposalStatus), typeof(Domain.Proposals.DecisionOutcome), typeof(Domain.Common.FivePApproach),
            typeof(Domain.Programs.CriterionKind), typeof(Domain.Programs.EligibilityRegime),
        ];
        var missing = shown.SelectMany(t => Enum.GetNames(t).Select(n => $"enum.{t.Name}.{n}")).Where(k => !Texts.Has(k)).ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Indonesian_is_the_default_and_English_the_second()
    {
        Texts.Get("nav.partners", CultureInfo.GetCultureInfo("id-ID")).ShouldBe("Mitra binaan");
        Texts.Get("nav.partners", CultureInfo.GetCultureInfo("en-US")).ShouldBe("Partners");
        Texts.Get("no.such.key", CultureInfo.GetCultureInfo("id-ID")).ShouldBe("no.such.key");
    }

    [Fact]
    public void Rupiah_are_shown_with_Indonesian_grouping_in_both_languages()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("id-ID");
            Show.Rupiah(1_250_000m).ShouldBe("Rp 1.250.000");
            Show.Rupiah(-500m).ShouldBe("-Rp 500");
            Show.Rupiah(0.5m).ShouldBe("Rp 1");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Show.Rupiah(1_250_000m).ShouldBe("Rp 1.250.000");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Dates_are_shown_in_the_request_culture_and_carried_by_inputs_as_iso()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            var day = new DateOnly(2025, 1, 5);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("id-ID");
            Show.Date(day).ShouldBe("5 Januari 2025");
            Show.Month(day).ShouldBe("Januari 2025");
            Show.Date(new DateTimeOffset(2025, 1, 5, 7, 30, 0, TimeSpan.Zero)).ShouldBe("5 Jan 2025 14.30 WIB");
            Show.IsoDate(day).ShouldBe("2025-01-05");
            Show.IsoDate(null).ShouldBe("");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Show.Date(day).ShouldBe("5 January 2025");
            Show.Date(day, CultureInfo.GetCultureInfo("id-ID")).ShouldBe("5 Januari 2025", "a printed document keeps its own language");
            Show.IsoDate(day).ShouldBe("2025-01-05");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Messages_with_amounts_format_them_as_rupiah()
    {
        Texts.Format("error.decision.above.cap", CultureInfo.GetCultureInfo("id-ID"), 10_000_000m).ShouldContain("Rp 10.000.000");
    }

    private static IEnumerable<string> SourceFiles(string pattern, [CallerFilePath] string here = "")
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../src/Berdaya"));
        return Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    [GeneratedRegex("DomainException\\(\\s*\"([a-z0-9_.]+)\"\\s*[,)]")]
    private static partial Regex ErrorCode();

    [GeneratedRegex("T\\[\"([a-zA-Z0-9_.]+)\"[],]")]
    private static partial Regex PageKey();
}
