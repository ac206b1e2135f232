using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Figures an audit found wrong, each checked on the extract of the real files (TestData/README.md) where it is
/// shown: the profile, the API and, where the figure is listed, the list page and the CSV file.
/// </summary>
public sealed class OfficialFigureTests(OfficialFigureTests.ExtractFactory factory) : IClassFixture<OfficialFigureTests.ExtractFactory>
{
    /// <summary>The site on the extract (and the seed document), imported once for the class.</summary>
    public sealed class ExtractFactory : CareerCompareFactory
    {
        public ExtractFactory() => SeedDirectory = NewSeedFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "official-extract"));
    }

    private readonly HttpClient client = factory.CreateClient();

    private const string AnesthesiologistsTopCoded =
        "Connecticut, Hawaii, Iowa, Maine, Maryland, Minnesota, New Jersey, Oklahoma, Pennsylvania, South Dakota";

    [Fact]
    public async Task HighestPayingState_WithTopCodedStates_IsNotNamedAsCertain()
    {
        // 10 states' May 2023 means are "#"; the highest published is Nebraska's $455,850.
        var page = await client.GetDocumentAsync("/occupations/anesthesiologists");
        var figures = Figures(await client.GetJsonAsync("/api/v1/occupations/anesthesiologists"));

        Assert.Equal($"top-coded in 10 states ({AnesthesiologistsTopCoded}: mean $239,200 or more); highest published: Nebraska ($455,850 mean)",
            Value(page, "salary-table", "Highest-paying state or territory (May 2023)"));
        var state = figures["wages.highestPayingState"];
        Assert.Equal("top-coded", state.GetProperty("status").GetString());
        Assert.Equal($"top-coded in 10 states ({AnesthesiologistsTopCoded}: mean $239,200 or more); highest published: Nebraska",
            state.GetProperty("text").GetString());
        var mean = figures["wages.highestPayingState.mean"];
        Assert.Equal(("top-coded", 455_850, "$455,850 or more"),
            (mean.GetProperty("status").GetString(), mean.GetProperty("value").GetInt32(), mean.GetProperty("text").GetString()));
        Assert.Equal(AnesthesiologistsTopCoded, figures["wages.highestPayingState.topCodedStates"].GetProperty("text").GetString());
    }

    [Fact]
    public async Task HighestPayingState_WithoutTopCodedStates_StaysAPublishedFigure()
    {
        var figures = Figures(await client.GetJsonAsync("/api/v1/occupations/registered-nurses"));

        Assert.Equal(("published", "California"),
            (figures["wages.highestPayingState"].GetProperty("status").GetString(), figures["wages.highestPayingState"].GetProperty("text").GetString()));
        Assert.Equal("published", figures["wages.highestPayingState.mean"].GetProperty("status").GetString());
        Assert.Equal("none", figures["wages.highestPayingState.topCodedStates"].GetProperty("text").GetString());
    }

    [Fact]
    public async Task MergedCode_TakesTheLargestPublishedComponentRowAndNamesTheRows()
    {
        // 13-1020 covers the CPS rows of 13-1021 (10 thousand workers, "-"), 13-1022 (179) and 13-1023 (296).
        const string group = "Purchasing agents, except wholesale, retail, and farm products, chosen as the largest published of the 3 survey groups "
            + "this occupation's code covers: Purchasing agents, except wholesale, retail, and farm products (296,000 workers); "
            + "Wholesale and retail buyers, except farm products (179,000 workers); Buyers and purchasing agents, farm products (10,000 workers, not published)";

        var page = await client.GetDocumentAsync("/occupations/buyers-and-purchasing-agents");
        var figures = Figures(await client.GetJsonAsync("/api/v1/occupations/buyers-and-purchasing-agents"));

        Assert.Equal("50.0%", page.Find("#demographics-table tr[data-row='Women'] td").Folded());
        Assert.Equal("Figures for: " + group + ".", page.Find("#demographics-row").Folded());
        Assert.Equal(group, figures["demographics.surveyGroup"].GetProperty("text").GetString());
        Assert.Equal(50.0, figures["demographics.gender.women"].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task HourlyOnlyOccupation_ShowsTheChangeInItsHourlyMedian()
    {
        // Actors' H_MEDIAN: 23.33 in May 2024, 29.05 in May 2025.
        var page = await client.GetDocumentAsync("/occupations/actors");
        var actors = Figures(await client.GetJsonAsync("/api/v1/occupations/actors"));
        var nurses = Figures(await client.GetJsonAsync("/api/v1/occupations/registered-nurses"));

        Assert.Equal("+24.5%", Value(page, "salary-table", "Change in median hourly wage since May 2024"));
        Assert.Equal(24.5, actors["wages.hourly.median.change"].GetProperty("value").GetDouble());
        Assert.False(actors.ContainsKey("wages.annual.median.change"));
        Assert.Equal("published", nurses["wages.annual.median.change"].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("managers-all-other", "skills", "11-9199.01", "Regulatory Affairs Managers", "one of the more specific occupations O*NET lists under this code")]
    [InlineData("buyers-and-purchasing-agents", "skills", "13-1021.00", "Buyers and Purchasing Agents, Farm Products", "which the BLS crosswalk matches to this code")]
    [InlineData("managers-all-other", "tasks", "11-9199.01", "Regulatory Affairs Managers", "one of the more specific occupations O*NET lists under this code")]
    [InlineData("managers-all-other", "education", "11-9199.01", "Regulatory Affairs Managers", "one of the more specific occupations O*NET lists under this code")]
    public async Task OnetFigures_NameTheOnetOccupationTheyDescribe(string slug, string section, string code, string title, string how)
    {
        var page = await client.GetDocumentAsync($"/occupations/{slug}");
        var figures = Figures(await client.GetJsonAsync($"/api/v1/occupations/{slug}"));

        Assert.Equal($"O*NET occupation {code}, {title}, {how}", page.Find($"#{section}-onet").Folded());
        var key = section == "education" ? "education.required" : section;
        Assert.Equal(code, figures[$"{key}.onetCode"].GetProperty("text").GetString());
        Assert.Equal(title, figures[$"{key}.onetTitle"].GetProperty("text").GetString());
    }

    [Fact]
    public async Task EducationShare_OnetRecommendsSuppressing_IsMarkedOnThePageTheChartTableAndTheApi()
    {
        // Registered Nurses: Bachelor's Degree 55.92%, "Recommend Suppress = Y".
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");
        var figures = Figures(await client.GetJsonAsync("/api/v1/occupations/registered-nurses"));

        Assert.Equal("55.9% (low reliability)", page.Find("#education-chart-table").QuerySelectorAll("tr")
            .Single(r => r.QuerySelector("th")!.Folded() == "Bachelor's Degree").Find("td").Folded());
        Assert.Equal("Bachelor's Degree (56%, low reliability)", Value(page, "education-table", "Education most often required (O*NET)"));
        Assert.Contains("O*NET recommends suppressing these shares", page.Find("#education-low-reliability").Folded(), StringComparison.Ordinal);
        var bachelors = figures["education.required.6"];
        Assert.Equal(("low-reliability", 55.92, "55.9% (low reliability)"),
            (bachelors.GetProperty("status").GetString(), bachelors.GetProperty("value").GetDouble(), bachelors.GetProperty("text").GetString()));
        Assert.Equal("published", figures["education.required.1"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task HourlyOnlyOccupation_ListAndProfileAgreeTheYearlyRangeIsNotPublished()
    {
        var list = await client.GetJsonAsync("/api/v1/occupations?q=actors");
        var profile = Figures(await client.GetJsonAsync("/api/v1/occupations/actors"));
        var page = await client.GetDocumentAsync("/occupations?q=actors");

        var actors = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "actors");
        Assert.Equal("not-published", profile["wages.annual.p10"].GetProperty("status").GetString());
        Assert.Equal("not-published", actors.GetProperty("salaryRangeLow").GetProperty("status").GetString());
        Assert.Equal("not-published", actors.GetProperty("salaryRangeHigh").GetProperty("status").GetString());
        Assert.Equal("not published", page.Find("#occupation-list tr[data-slug='actors'] td[data-field='range']").Folded());
    }

    [Theory]
    [InlineData("growth-desc", "")]
    [InlineData("salary-desc", "")]
    [InlineData("title", "&basis=mean&min=50000")]
    public async Task List_SortedOrFilteredOnAFigure_ListsEstimatesAfterEveryOfficialOccupation(string sort, string filter)
    {
        var url = $"/occupations?sort={sort}{filter}";
        var page = await client.GetDocumentAsync(url);
        var json = await client.GetJsonAsync($"/api/v1{url}");
        using var csv = await client.GetAsync(new Uri($"/api/v1/occupations.csv?sort={sort}{filter}", UriKind.Relative));
        var records = DataHelpers.Records(await DataHelpers.ReadCsvAsync(csv));

        var official = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("official").GetBoolean()).ToList();
        Assert.Equal(2, official.Count(o => !o));
        Assert.Equal(official.OrderByDescending(o => o), official); // every official occupation first
        Assert.Equal(2, json.GetProperty("estimatesListedAfter").GetInt32());
        Assert.Equal(official, records.Select(r => r["figures"] == "official statistics"));
        var rows = page.QuerySelectorAll("#occupation-list tbody tr[data-slug]").ToList();
        Assert.Equal(official, rows.Select(r => r.Find("th .small").Folded().Contains("official statistics", StringComparison.Ordinal)));
        Assert.Contains("listed after every official occupation", page.Find("#estimates-apart-note").Folded(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#occupation-list tr.estimates-apart th[scope='rowgroup']"));
    }

    [Fact]
    public async Task List_ByTitle_KeepsEstimatesInTheirPlaceAndSaysNothing()
    {
        var page = await client.GetDocumentAsync("/occupations");
        var json = await client.GetJsonAsync("/api/v1/occupations");

        Assert.Null(page.QuerySelector("#estimates-apart-note"));
        Assert.Equal(0, json.GetProperty("estimatesListedAfter").GetInt32());
        var titles = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
    }

    private static Dictionary<string, JsonElement> Figures(JsonElement occupation) =>
        occupation.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("figure"));

    private static string Value(AngleSharp.Html.Dom.IHtmlDocument page, string table, string row) =>
        page.Find($"#{table}").QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.Folded() == row).Find("td").Folded();
}
