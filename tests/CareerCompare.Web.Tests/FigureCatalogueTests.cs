using AngleSharp.Dom;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// A figure is defined once, in the catalogue: the profile, the comparison page, the JSON API and the CSV give the same
/// value and the same difference for it, and the API's keys all come from it.
/// </summary>
public sealed class FigureCatalogueTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private const string Pair = "registered-nurses-vs-software-developers";
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("salary-table", "Median yearly wage", "wages.annual.median")]
    [InlineData("salary-table", "Yearly wage, 90th percentile", "wages.annual.p90")]
    [InlineData("overview-table", "Mean hourly wage", "wages.hourly.mean")]
    [InlineData("outlook-table", "Openings a year, 2024–34", "projections.annualOpenings")]
    [InlineData("outlook-table", "Change in jobs since May 2024", "jobs.employment.change")]
    [InlineData("education-table", "Typical entry education", "education.typicalEntry")]
    [InlineData("demographics-table", "Median age", "demographics.medianAge")]
    public async Task Comparison_PageAndApi_GiveTheSameDifferenceForAFigure(string table, string label, string key)
    {
        var page = await client.GetDocumentAsync($"/compare/{Pair}");
        var json = await client.GetJsonAsync($"/api/v1/compare/{Pair}");
        // The page writes under the second occupation how it differs from the first: the API's difference the other way round.
        var reversed = await client.GetJsonAsync($"/api/v1/compare/{ComparisonAddress.Of(ComparisonAddress.Slugs(Pair).Reverse())}");

        var cells = page.RowCells(table, label);
        var row = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);
        var difference = reversed.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key).GetProperty("differences")[0].GetString();

        Assert.NotNull(difference);
        Assert.Equal(difference, cells[1].CellDifference());
        // The values too: the API's text of the figure is what each column shows (changes carry their sign on the page).
        var values = row.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("text").GetString()!).ToList();
        for (var i = 0; i < 2; i++)
        {
            Assert.EndsWith(values[i].TrimStart('-', '−'), cells[i].VisibleText(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("registered-nurses", "#outlook-table", "Openings a year, 2024–34", "projections.annualOpenings")]
    [InlineData("registered-nurses", "#outlook-table", "Jobs in May 2025", "jobs.employment")]
    [InlineData("actors", "#wage-table", "Median", "wages.hourly.median")]
    [InlineData("patient-account-manager", "#salary-table", "Hourly rate", "salary.hourly")]
    public async Task Profile_ShowsTheApisValueOfTheFigure(string slug, string table, string label, string key)
    {
        var page = await client.GetDocumentAsync($"/occupations/{slug}");
        var json = await client.GetJsonAsync($"/api/v1/occupations/{slug}");

        var figure = json.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key).GetProperty("figure");
        var row = page.QuerySelectorAll($"{table} tr").First(r => r.QuerySelector("th")?.Folded() == label);

        Assert.Contains(figure.GetProperty("text").GetString()!, row.QuerySelectorAll("td").Select(td => td.VisibleText()));
    }

    [Theory]
    [InlineData("registered-nurses")]
    [InlineData("actors")]
    [InlineData("managers-all-other")]
    [InlineData("patient-relations-director")]
    public async Task Api_EveryFigureKeyIsTheCataloguesAndGivenOnce(string slug)
    {
        var json = await client.GetJsonAsync($"/api/v1/occupations/{slug}");

        var keys = json.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("key").GetString()!).ToList();

        Assert.NotEmpty(keys);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        string[] families = ["education.required.", "demographics.gender.", "demographics.race.", "skills.importance.", "skills.postingShare.", "wages.states.",
            "skills.level.", "knowledge.importance.", "knowledge.level.", "wages.history.", "jobs.history.", "experience.related.", "training.onTheJob.", "interests.",
            "industries.jobs.", "industries.annual.", "industries.hourly."];
        Assert.All(keys, key => Assert.True(FigureCatalogue.Keys.Contains(key) || families.Any(f => key.StartsWith(f, StringComparison.Ordinal))
            || key.EndsWith(".onetCode", StringComparison.Ordinal) || key.EndsWith(".onetTitle", StringComparison.Ordinal), $"'{key}' is not in the catalogue"));
    }

    [Fact]
    public void Read_AKeyTheCatalogueDoesNotDefine_IsAMistakeNotAnUnknownFigure()
    {
        var occupation = new OccupationDetails
        {
            Slug = "x", Title = "X", Category = "Y", Source = "Z", DataSet = FigureCatalogue.Official,
            Wages = [], EducationLevels = [], Links = [], Skills = [], Responsibilities = [],
        };

        Assert.Throws<ArgumentException>(() => FigureCatalogue.Read("wages.annual.medain", occupation));
        Assert.False(FigureCatalogue.Read("salary.average", occupation).IsKnown); // an estimate's figure: unknown for an official occupation
    }

}
