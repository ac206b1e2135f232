using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Numbers people misread: a gap many times the smaller figure said as "N times as many", not "+7,728%"; the "higher"
/// badge only where more is better; negative numbers with one sign, the minus, on pages and in the API's text.
/// </summary>
public sealed partial class ReadableNumbersTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Get_Compare_OpeningsManyTimesAsMany_SaysHowManyTimesNotAPercentage()
    {
        var page = await client.GetDocumentAsync("/compare/cardiologists-vs-registered-nurses");

        var cells = page.RowCells("outlook-table", "Openings a year, 2024–34");
        var cardiologists = double.Parse(cells[0].VisibleText(), NumberStyles.Number, Us);
        var nurses = double.Parse(cells[1].VisibleText(), NumberStyles.Number, Us);
        Assert.True(nurses > 10 * cardiologists, $"the test needs a large ratio: {nurses} against {cardiologists}");
        var times = Math.Round(nurses / cardiologists, MidpointRounding.AwayFromZero).ToString("N0", Us);
        var gap = (nurses - cardiologists).ToString("N0", Us);

        // The table's difference under Registered Nurses, and the short answer, say the same ratio in words.
        Assert.Equal($"+{gap} ({times} times as many)", cells[1].CellDifference());
        var openings = page.Find("[data-answer=openings]").Folded();
        Assert.Contains($"{gap} more than Cardiologists ({cells[0].VisibleText()}): {times} times as many", openings, StringComparison.Ordinal);
        Assert.DoesNotMatch(Percentage(), openings);
        Assert.DoesNotMatch(Percentage(), cells[1].CellDifference()!);
    }

    [Fact]
    public async Task Get_Compare_TwoProjectedLosses_DifferenceHasNoShareOfALoss()
    {
        var page = await client.GetDocumentAsync("/compare/office-clerks-general-vs-cashiers");

        var cells = page.RowCells("outlook-table", "Change in employment, 2024–34");
        var clerks = double.Parse(cells[0].VisibleText().Replace('\u2212', '-'), NumberStyles.Number, Us);
        var cashiers = double.Parse(cells[1].VisibleText().Replace('\u2212', '-'), NumberStyles.Number, Us);
        Assert.True(clerks < 0 && cashiers < clerks, $"the test needs two losses, the second larger: {clerks}, {cashiers}");

        // A larger loss is not "+76%": the difference is the number of jobs alone.
        Assert.Equal($"\u2212{clerks - cashiers:N0}", cells[1].CellDifference());
    }

    [Fact]
    public async Task Get_Compare_AlmostNothingBesideTheFirst_IsNotMinus100Percent()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-astronomers");

        var cells = page.RowCells("outlook-table", "Openings a year, 2024–34");
        var nurses = double.Parse(cells[0].VisibleText(), NumberStyles.Number, Us);
        var astronomers = double.Parse(cells[1].VisibleText(), NumberStyles.Number, Us);
        Assert.True(astronomers > 0 && astronomers < nurses / 200, $"the test needs a figure under 0.5% of the first: {astronomers}, {nurses}");

        Assert.Equal($"\u2212{nurses - astronomers:N0} (less than 1% as many)", cells[1].CellDifference());
    }

    [Fact]
    public async Task Get_Compare_HourlyChangeBesideYearly_SaysHourlyAndItsPeriodInOneParenthesis()
    {
        // Actors are paid by the hour (their changes are of the hourly median and mean); Legislators' last release is a
        // year older than the newest, so each change over a year says its own start.
        var page = await client.GetDocumentAsync("/compare/actors-vs-legislators");

        List<string> Cells(string labelStart) => page.QuerySelectorAll("#salary-table tbody tr")
            .Single(r => r.QuerySelector("th[scope=row]")!.Folded().StartsWith(labelStart, StringComparison.Ordinal))
            .QuerySelectorAll("td").Select(c => c.VisibleText()).ToList();

        var overAYear = Cells("Change in mean pay");
        Assert.Matches(@"^[+\u2212]\d+(\.\d)?% \(hourly, since May \d{4}\)$", overAYear[0]);
        Assert.Matches(@"^[+\u2212]\d+(\.\d)?% \(since May \d{4}\)$", overAYear[1]);

        // The change over the history is of the hourly median for Actors too, and says so.
        var overTheHistory = Cells("Median pay change");
        Assert.Matches(@"^[+\u2212]\d+(\.\d)?% \(hourly\)$", overTheHistory[0]);
        Assert.Matches(@"^[+\u2212]\d+(\.\d)?%$", overTheHistory[1]);
    }

    [Fact]
    public async Task Get_Compare_LessThanTwiceAsMuch_KeepsThePercentage()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers");

        var cells = page.RowCells("salary-table", "Median yearly wage");
        var nurses = double.Parse(cells[0].VisibleText().TrimStart('$'), NumberStyles.Number, Us);
        var developers = double.Parse(cells[1].VisibleText().TrimStart('$'), NumberStyles.Number, Us);
        Assert.Equal($"+${developers - nurses:N0} (+{(developers - nurses) / nurses * 100:N0}%)", cells[1].CellDifference());
    }

    [Theory]
    [InlineData("demographics-table", "Median age")]
    [InlineData("demographics-table", "Women")]
    [InlineData("demographics-table", "White")]
    public async Task Get_Compare_NoHigherBadgeWhereHigherIsNotBetter(string table, string row)
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists");

        var cells = page.RowCells(table, row);

        // The values differ (so a badge would have been given), and none carries it.
        Assert.True(cells.Select(c => c.VisibleText()).Distinct().Count() > 1);
        Assert.All(cells, cell => Assert.Null(cell.QuerySelector(".higher-mark")));
        Assert.All(cells, cell => Assert.DoesNotContain("is-highest", cell.ClassName ?? string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("salary-table", "Median yearly wage")]
    [InlineData("outlook-table", "Openings a year, 2024–34")]
    public async Task Get_Compare_HigherBadgeWhereMoreIsBetter(string table, string row)
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists");

        var cells = page.RowCells(table, row);

        Assert.Single(cells, cell => cell.QuerySelector(".higher-mark") is not null);
    }

    [Fact]
    public async Task Get_DecliningOccupation_WritesNegativeNumbersWithTheMinusSignOnItsPageAndInTheApi()
    {
        const string slug = "word-processors-and-typists";
        var json = await client.GetJsonAsync($"/api/v1/occupations/{slug}");

        // Every figure the API gives with a negative value writes it with the minus sign, as the pages do.
        var negatives = Figures(json).Where(f => f.Value < 0).ToList();
        Assert.NotEmpty(negatives);
        Assert.All(negatives, f => Assert.StartsWith("\u2212", f.Text, StringComparison.Ordinal));
        Assert.Contains(negatives, f => f.Key == "projections.changePercent" && f.Text == $"\u2212{-f.Value:N1}%");

        var page = await client.GetDocumentAsync($"/occupations/{slug}");
        var text = page.Find("main").Folded();
        Assert.Contains($"\u2212{-negatives.First(f => f.Key == "projections.changePercent").Value:N1}%", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(HyphenMinus(), text);

        var comparison = await client.GetDocumentAsync($"/compare/registered-nurses-vs-{slug}");
        Assert.DoesNotMatch(HyphenMinus(), comparison.Find("main").Folded());
    }

    private static IEnumerable<(string Key, double Value, string Text)> Figures(JsonElement occupation) =>
        occupation.GetProperty("figures").EnumerateArray()
            .Select(f => (Key: f.GetProperty("key").GetString()!, Figure: f.GetProperty("figure")))
            .Where(f => f.Figure.GetProperty("value").ValueKind == JsonValueKind.Number && f.Figure.GetProperty("text").ValueKind == JsonValueKind.String)
            .Select(f => (f.Key, f.Figure.GetProperty("value").GetDouble(), f.Figure.GetProperty("text").GetString()!));

    /// <summary>A number written with a hyphen for its sign ("-36.1%", "-$1,200"), not a range such as "4-6 years".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])-\$?\d")]
    private static partial Regex HyphenMinus();

    [GeneratedRegex(@"\d%")]
    private static partial Regex Percentage();
}
