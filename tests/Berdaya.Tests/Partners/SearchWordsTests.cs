using Berdaya.Domain.Partners;

namespace Berdaya.Tests.Partners;

public sealed class SearchWordsTests
{
    [Fact]
    public void Words_of_owner_and_business_are_upper_case_distinct_and_in_order()
    {
        SearchWords.Of("Eti Rohaeti", "Emping Citra Rasa", "eti").ShouldBe(["ETI", "ROHAETI", "EMPING", "CITRA", "RASA"]);
    }

    [Fact]
    public void Accents_are_folded_apostrophes_joined_and_punctuation_splits()
    {
        SearchWords.Of("Ma'ruf Amin-Nur", "Café  Déwi/2", null, "  ").ShouldBe(["MARUF", "AMIN", "NUR", "CAFE", "DEWI", "2"]);
    }

    [Fact]
    public void Words_longer_than_the_limit_are_cut()
    {
        SearchWords.Of(new string('a', 60)).Single().Length.ShouldBe(SearchWords.MaxLength);
    }

    [Theory]
    [InlineData("ROHAE", "ROHAETI", true)]
    [InlineData("ROHAE", "ROHAE", true)]
    [InlineData("ROHAE", "ROHAE9", true)]
    [InlineData("ROHAE", "ROHAF", false)]
    [InlineData("ROHAE", "ROHAD", false)]
    [InlineData("ROHAE", "ROHA", false)]
    [InlineData("ROHAZ", "ROHAZZZ", true)]
    public void The_prefix_range_holds_exactly_the_words_that_start_with_the_prefix(string prefix, string word, bool inside)
    {
        var (from, to) = SearchWords.PrefixRange(prefix);
        var within = string.CompareOrdinal(word, from) >= 0 && string.CompareOrdinal(word, to) <= 0;
        within.ShouldBe(inside);
        word.StartsWith(prefix, StringComparison.Ordinal).ShouldBe(inside);
    }

    [Fact]
    public void A_full_length_word_is_inside_its_own_range()
    {
        var word = new string('Z', SearchWords.MaxLength);
        var (from, to) = SearchWords.PrefixRange(word);
        (string.CompareOrdinal(word, from) >= 0 && string.CompareOrdinal(word, to) <= 0).ShouldBeTrue();
    }
}
