using Berdaya.Domain.Common;

namespace Berdaya.Tests.Common;

public sealed class TerbilangTests
{
    [Theory]
    [InlineData(0, "nol")]
    [InlineData(1, "satu")]
    [InlineData(10, "sepuluh")]
    [InlineData(11, "sebelas")]
    [InlineData(12, "dua belas")]
    [InlineData(19, "sembilan belas")]
    [InlineData(20, "dua puluh")]
    [InlineData(21, "dua puluh satu")]
    [InlineData(99, "sembilan puluh sembilan")]
    [InlineData(100, "seratus")]
    [InlineData(101, "seratus satu")]
    [InlineData(111, "seratus sebelas")]
    [InlineData(250, "dua ratus lima puluh")]
    [InlineData(1_000, "seribu")]
    [InlineData(1_001, "seribu satu")]
    [InlineData(1_100, "seribu seratus")]
    [InlineData(2_000, "dua ribu")]
    [InlineData(11_000, "sebelas ribu")]
    [InlineData(100_000, "seratus ribu")]
    [InlineData(101_000, "seratus satu ribu")]
    [InlineData(1_000_000, "satu juta")]
    [InlineData(1_001_000, "satu juta seribu")]
    [InlineData(2_000_000_000, "dua miliar")]
    [InlineData(1_000_000_000_000, "satu triliun")]
    [InlineData(-5, "minus lima")]
    public void Numbers_are_spelled_the_Indonesian_way(long n, string words) => Terbilang.Words(n).ShouldBe(words);

    [Fact]
    public void A_receipt_amount_reads_in_rupiah() =>
        Terbilang.Rupiah(1_250_000m).ShouldBe("satu juta dua ratus lima puluh ribu rupiah");

    [Fact]
    public void An_odd_amount_keeps_every_part() =>
        Terbilang.Rupiah(3_516_667m).ShouldBe("tiga juta lima ratus enam belas ribu enam ratus enam puluh tujuh rupiah");

    [Fact]
    public void Fractions_and_amounts_beyond_the_scale_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Terbilang.Rupiah(10.5m));
        Should.Throw<ArgumentOutOfRangeException>(() => Terbilang.Words(Terbilang.Max + 1));
    }
}
