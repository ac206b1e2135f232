using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;

namespace CareerCompare.Web.Tests;

public sealed class FigureFormatTests
{
    [Theory]
    [InlineData(94921, "$94,921")]
    [InlineData(0, "$0")]
    [InlineData(1234567, "$1,234,567")]
    public void Money_WritesWholeDollarsWithSeparators(int dollars, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(Figure.Money(dollars)));

    // One rule for a negative number wherever it is written: the minus sign, and no sign on what is written as zero.
    [Theory]
    [InlineData(-0.5, "\u22120.5%")]
    [InlineData(-36.1, "\u221236.1%")]
    [InlineData(-0.04, "0.0%")]
    [InlineData(3.1, "3.1%")]
    public void PercentOneDecimal_NegativeWithTheMinusSign(double percent, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(Figure.PercentOneDecimal(percent)));

    [Theory]
    [InlineData(-1600, "\u22121,600")]
    [InlineData(-1200.0, "\u2212$1,200")]
    public void CountAndMoney_NegativeWithTheMinusSign(double value, string expected) =>
        Assert.Equal(expected, expected.Contains('$', StringComparison.Ordinal) ? FigureFormat.Money(value) : FigureFormat.Count(value));

    // Beyond twice the baseline a share reads wrongly ("+7,728%"): the difference says how many times as many.
    [Theory]
    [InlineData(555_800, 7_100, "+548,700 (78 times as many)")]
    [InlineData(21_000, 10_000, "+11,000 (2.1 times as many)")]
    [InlineData(30_000, 10_000, "+20,000 (3 times as many)")]
    [InlineData(20_000, 10_000, "+10,000 (+100%)")]
    [InlineData(7_100, 555_800, "\u2212548,700 (\u221299%)")]
    public void Difference_LargeRatio_SaysTimesAsMany(int value, int baseline, string expected) =>
        Assert.Equal(expected, FigureFormat.Difference(Figure.Count(value), Figure.Count(baseline)));

    // A figure that is almost nothing beside its baseline is not "−100%"; a share of a loss (a projected decline in jobs)
    // is not given: "−135,800 (+76%)" read as a gain.
    [Theory]
    [InlineData(100, 189_100, "\u2212189,000 (less than 1% as many)")]
    [InlineData(0, 166_100, "\u2212166,100 (\u2212100%)")]
    [InlineData(-313_600, -177_800, "\u2212135,800")]
    [InlineData(-313_600, -100, "\u2212313,500")]
    [InlineData(1_000, -100, "+1,100")]
    public void Difference_TinyOrNegativeBaseline_NoMisleadingShare(int value, int baseline, string expected) =>
        Assert.Equal(expected, FigureFormat.Difference(Figure.Count(value), Figure.Count(baseline)));

    [Fact]
    public void Unknown_IsNullSoViewsShowADash()
    {
        Assert.Null(FigureFormat.Format(Figure.Money(null)));
        Assert.Null(FigureFormat.Format(Figure.Words(null)));
        Assert.Null(FigureFormat.Format(Figure.Words("")));
        Assert.Null(FigureFormat.Difference(Figure.Money(null), Figure.Money(5)));
    }

    [Theory]
    [InlineData(4564, "$45.64")]
    [InlineData(3403, "$34.03")]
    [InlineData(1000, "$10.00")]
    public void MoneyCents_WritesDollarsAndCents(int cents, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(Figure.MoneyCents(cents)));

    [Theory]
    [InlineData(25.0, "25.0%")]
    [InlineData(0.7, "0.7%")]
    [InlineData(79.8, "79.8%")]
    public void PercentOneDecimal_KeepsTheDecimal(double percent, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(Figure.PercentOneDecimal(percent)));

    [Theory]
    [InlineData(94921, 70777, "+$24,144 (+34%)")]
    [InlineData(70777, 94921, "−$24,144 (−25%)")]
    [InlineData(100, 100, "Same")]
    [InlineData(5, 0, "+$5")]
    public void Difference_OfMoney_IsSignedWithTheRelativeChange(int first, int other, string expected) =>
        Assert.Equal(expected, FigureFormat.Difference(Figure.Money(first), Figure.Money(other)));

    [Theory]
    [InlineData(25.0, 20.2, "+4.8 pts")]
    [InlineData(11.5, 11.9, "−0.4 pts")]
    public void Difference_OfShares_IsInPercentagePoints(double first, double other, string expected) =>
        Assert.Equal(expected, FigureFormat.Difference(Figure.PercentOneDecimal(first), Figure.PercentOneDecimal(other)));

    [Theory]
    [InlineData(4, 6, "4-6 years")]
    [InlineData(2, 2, "2 years")]
    [InlineData(1, 1, "1 year")]
    public void YearsRange_IsWrittenAsTheCareersSiteWritesIt(int min, int max, string expected) =>
        Assert.Equal(expected, FigureFormat.YearsRange(min, max));

    [Theory]
    [InlineData("Patient Care", "patient care")]
    [InlineData("EHR Systems", "EHR systems")]
    public void Lower_KeepsAcronyms(string text, string expected) => Assert.Equal(expected, Wording.Lower(text));

    // BLS rounds the change to a whole percent (half away from zero) before it words it: each band's edges, both sides.
    [Theory]
    [InlineData(28.5, "much faster than average")]
    [InlineData(7.0, "much faster than average")]
    [InlineData(6.5, "much faster than average")]
    [InlineData(6.4, "faster than average")]
    [InlineData(5.0, "faster than average")]
    [InlineData(4.5, "faster than average")]
    [InlineData(4.4, "as fast as average")]
    [InlineData(3.1, "as fast as average")]
    [InlineData(2.5, "as fast as average")]
    [InlineData(2.4, "slower than average")]
    [InlineData(1.0, "slower than average")]
    [InlineData(0.5, "slower than average")]
    [InlineData(0.4, "little or no change")]
    [InlineData(0.0, "little or no change")]
    [InlineData(-0.4, "little or no change")]
    [InlineData(-0.5, "decline")]
    [InlineData(-1.0, "decline")]
    [InlineData(-30.4, "decline")]
    public void GrowthOutlook_UsesBlsWordsForTheWholePercent(double percent, string expected) =>
        Assert.Equal(expected, Wording.GrowthOutlook(percent));

    [Fact]
    public void GrowthOutlook_OfAnUnknownChange_IsUnknown()
    {
        Assert.Null(Wording.GrowthOutlook(null));
        Assert.Null(Wording.GrowthOutlook(double.NaN));
    }

    [Fact]
    public void GrowthOutlook_BelongsToTheProjectionsOnTheSite_AndTheAverageIsTheirTotalRow()
    {
        Assert.Equal(Wording.GrowthOutlookCycle, OfficialSources.Projections.Vintage);

        using var parser = new TextFieldParser(Path.Combine(SeedDocument.SeedDataDirectory, OfficialFiles.Projections)) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var total = parser.ReadFields()!;
        Assert.Equal("00-0000", total[Array.IndexOf(header, "2024 National Employment Matrix code")]);
        Assert.Equal(OfficialFiles.AllOccupationsGrowthPercent,
            double.Parse(total[Array.IndexOf(header, "Employment change, percent, 2024–34")], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("as fast as average", Wording.GrowthOutlook(OfficialFiles.AllOccupationsGrowthPercent));
    }

    [Fact]
    public void AllOccupationsMedian_IsTheCurrentReleasesAllOccupationsRow()
    {
        using var parser = new TextFieldParser(Path.Combine(SeedDocument.SeedDataDirectory, OfficialFiles.Oews2025)) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var total = parser.ReadFields()!;
        Assert.Equal("00-0000", total[Array.IndexOf(header, "OCC_CODE")]);
        Assert.Equal(OfficialFiles.AllOccupationsMedianYearly.ToString(System.Globalization.CultureInfo.InvariantCulture), total[Array.IndexOf(header, "A_MEDIAN")]);
    }
}
