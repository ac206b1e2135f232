using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Tests;

public sealed class FigureFormatTests
{
    [Theory]
    [InlineData(94921, "$94,921")]
    [InlineData(0, "$0")]
    [InlineData(1234567, "$1,234,567")]
    public void Money_WritesWholeDollarsWithSeparators(int dollars, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(Figure.Money(dollars)));

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
}
