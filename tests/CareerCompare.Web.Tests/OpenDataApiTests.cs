using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

/// <summary>The JSON API: the same answers, checks and messages as the pages, every figure with its source.</summary>
public sealed class OpenDataApiTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task List_Default_PagesEveryOccupationWithTheTotalCount()
    {
        var total = await factory.QueryAsync(db => db.Occupations.CountAsync());

        var json = await client.GetJsonAsync("/api/v1/occupations");

        Assert.Equal(total, json.GetProperty("totalCount").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        Assert.Equal((int)Math.Ceiling(total / 20.0), json.GetProperty("totalPages").GetInt32());
        Assert.Equal(20, json.GetProperty("items").GetArrayLength());
        var titles = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("q=nurse")]
    [InlineData("category=Healthcare&sort=median-desc&page=2")]
    [InlineData("min=80000&max=120000&basis=median&sort=salary")]
    [InlineData("q=engineer&min=%2490%2C000&sort=growth-desc")]
    public async Task List_GivesTheSameOccupationsInTheSameOrderAsThePage(string query)
    {
        var page = await client.GetDocumentAsync($"/occupations?{query}");

        var json = await client.GetJsonAsync($"/api/v1/occupations?{query}");

        var slugs = page.QuerySelectorAll("#occupation-list tbody tr").Select(r => r.GetAttribute("data-slug")).ToList();
        Assert.NotEmpty(slugs);
        Assert.Equal(slugs, json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.StartsWith($"{json.GetProperty("totalCount").GetInt32()} occupation", page.Find("#result-count").Folded(), StringComparison.Ordinal);
        foreach (var (row, item) in page.QuerySelectorAll("#occupation-list tbody tr").Zip(json.GetProperty("items").EnumerateArray()))
        {
            Assert.Equal(row.Find("[data-field=median]").VisibleText(), Text(item.GetProperty("medianYearlySalary")));
            Assert.Equal(row.Find("[data-field=salary]").VisibleText(), Text(item.GetProperty("meanYearlySalary")));
            Assert.Equal(row.Find("[data-field=jobs]").VisibleText(), Text(item.GetProperty("jobs")));
        }
    }

    [Fact]
    public async Task List_SalaryRangeOnTheMedian_KeepsOnlyMediansInTheRangeAndSaysWhereTheyComeFrom()
    {
        var json = await client.GetJsonAsync("/api/v1/occupations?min=80000&max=120000&basis=median&sort=median");

        Assert.Equal("median", json.GetProperty("basis").GetString());
        foreach (var item in json.GetProperty("items").EnumerateArray())
        {
            var median = item.GetProperty("medianYearlySalary");
            Assert.InRange(median.GetProperty("value").GetDouble(), 80000, 120000);
            Assert.Equal("BLS OEWS", median.GetProperty("source").GetString());
            Assert.Equal("May 2025", median.GetProperty("vintage").GetString());
            Assert.Equal("BLS Employment Projections", item.GetProperty("growth").GetProperty("source").GetString());
        }
    }

    [Fact]
    public async Task List_TheCareersSitesOccupations_AreEstimatesWithAnUnknownMedianNeverZero()
    {
        var json = await client.GetJsonAsync("/api/v1/occupations?category=Executive+management");

        var manager = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == Manager);
        Assert.False(manager.GetProperty("official").GetBoolean());
        Assert.Equal(70777, manager.GetProperty("meanYearlySalary").GetProperty("value").GetInt32());
        Assert.Equal(JsonValueKind.Null, manager.GetProperty("medianYearlySalary").GetProperty("value").ValueKind);
        Assert.Equal("unknown", manager.GetProperty("medianYearlySalary").GetProperty("status").GetString());
        Assert.StartsWith("careers-site estimate", manager.GetProperty("meanYearlySalary").GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("undated", manager.GetProperty("meanYearlySalary").GetProperty("vintage").GetString());
    }

    [Theory]
    [InlineData("min=lots", 400, "min")]
    [InlineData("min=90000&max=50000", 400, "min")]
    [InlineData("sort=cheapest", 400, "sort")]
    [InlineData("basis=mode", 400, "basis")]
    [InlineData("page=0", 400, "page")]
    [InlineData("category=Astronauts", 400, "category")]
    [InlineData("q=nurse&page=99", 404, "page")]
    public async Task List_BadInput_IsAProblemWithThePagesMessage(string query, int status, string field)
    {
        var page = await client.GetDocumentAsync($"/occupations?{query}", status);

        var problem = await client.GetJsonAsync($"/api/v1/occupations?{query}", status);

        var message = page.Find($"#{field}-error").Folded();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Occupation_Official_GivesEveryFigureOfTheProfileWithItsSourceAndVintage()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        var json = await client.GetJsonAsync("/api/v1/occupations/registered-nurses");

        Assert.Equal(page.Find("h1").Folded(), json.GetProperty("title").GetString());
        Assert.Equal(page.Find("#codes-table tr:nth-child(1) td").Folded(), json.GetProperty("socCode").GetString());
        var figures = Figures(json);
        foreach (var (label, key) in new[] { ("10th percentile", "p10"), ("25th percentile", "p25"), ("Median", "median"), ("Mean", "mean"), ("75th percentile", "p75"), ("90th percentile", "p90") })
        {
            var cells = page.Find($"#wage-table tr[data-row='{label}']").QuerySelectorAll("td");
            Assert.Equal(cells[0].VisibleText(), Text(figures[$"wages.annual.{key}"]));
            Assert.Equal(cells[1].VisibleText(), Text(figures[$"wages.hourly.{key}"]));
            Assert.Equal(DataHelpers.Money(cells[0].VisibleText()), figures[$"wages.annual.{key}"].GetProperty("value").GetDouble());
        }

        Assert.All(figures.Values, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("source").GetString())));
        Assert.All(figures.Values, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("vintage").GetString())));
        Assert.Equal("BLS Employment Projections", figures["projections.employment2034"].GetProperty("source").GetString());
        Assert.Equal("2024–34", figures["projections.employment2034"].GetProperty("vintage").GetString());
        Assert.Equal("O*NET 29.3", figures["education.jobZone"].GetProperty("source").GetString());
        Assert.Equal(page.QuerySelectorAll("#skills-chart-table tbody th[scope=row]").Select(th => th.Folded()),
            json.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("key").GetString()!.StartsWith("skills.importance.", StringComparison.Ordinal))
                .Select(f => f.GetProperty("label").GetString()!["Importance of ".Length..]));
        Assert.Equal(page.QuerySelectorAll("#responsibilities li").Select(li => li.Folded()),
            json.GetProperty("tasks").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(page.QuerySelectorAll("#compare-with li > a:first-child").Select(a => a.GetAttribute("href")),
            json.GetProperty("related").EnumerateArray().Select(r => new Uri(r.GetProperty("comparisonPage").GetString()!).PathAndQuery));
    }

    [Fact]
    public async Task Occupation_TopCodedAndWithheldWages_KeepTheirStatus()
    {
        // May 2025 has no top-coded wage: a top-coded one is in the history (anesthesiologists' median of May 2024, "#").
        const string topCoded = "anesthesiologists";
        var hourlyOnly = await factory.QueryAsync(db => db.Occupations.Where(o => o.WageBasis == Data.WageBasis.HourlyOnly).Select(o => o.Slug).FirstAsync());

        var top = Figures(await client.GetJsonAsync($"/api/v1/occupations/{topCoded}"))["wages.history.annual.median.2024"];
        var withheld = Figures(await client.GetJsonAsync($"/api/v1/occupations/{hourlyOnly}"))["wages.annual.median"];

        Assert.Equal("top-coded", top.GetProperty("status").GetString());
        Assert.Equal(239200, top.GetProperty("value").GetInt32());
        Assert.Equal("$239,200 or more", top.GetProperty("text").GetString());
        Assert.Equal("not-published", withheld.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("value").ValueKind);
        Assert.Equal("not published", withheld.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Occupation_Estimate_GivesTheDocumentsFiguresAsUndatedEstimatesAndUnknownsAsNull()
    {
        var json = await client.GetJsonAsync($"/api/v1/occupations/{Director}");

        var figures = Figures(json);
        Assert.False(json.GetProperty("official").GetBoolean());
        Assert.Equal(94921, figures["salary.average"].GetProperty("value").GetInt32());
        Assert.Equal(45.64, figures["salary.hourly"].GetProperty("value").GetDouble());
        Assert.Equal(61000, figures["salary.rangeLow"].GetProperty("value").GetInt32());
        Assert.Equal(145000, figures["salary.rangeHigh"].GetProperty("value").GetInt32());
        Assert.Equal("North Las Vegas, NV", figures["salary.highestPayingCity"].GetProperty("text").GetString());
        Assert.Equal("unknown", figures["jobs.satisfaction"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, figures["jobs.satisfaction"].GetProperty("value").ValueKind);
        Assert.All(figures.Values, f => Assert.Equal("undated", f.GetProperty("vintage").GetString()));
        Assert.All(figures.Values, f => Assert.Contains("Patient relations director vs patient account manager", f.GetProperty("source").GetString(), StringComparison.Ordinal));
        Assert.Equal(DirectorResponsibilities, json.GetProperty("tasks").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("/occupations", "?min=1&min=2")]
    [InlineData("/occupations", "?page=1&page=2&page=3")]
    public async Task List_RepeatedSetting_Is400WithThePagesMessage(string path, string query)
    {
        var page = await client.GetDocumentAsync(path + query, 400);

        var problem = await client.GetJsonAsync("/api/v1" + path + query, 400);
        var csv = await client.GetJsonAsync("/api/v1" + path + ".csv" + query, 400);

        Assert.Equal(page.Find("#status-message").Folded(), problem.GetProperty("detail").GetString());
        Assert.Equal(problem.GetProperty("detail").GetString(), csv.GetProperty("detail").GetString());
        Assert.Equal("Bad request", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("astronaut")]
    [InlineData("Not-A-Slug")]
    public async Task Occupation_Unknown_Is404WithThePagesMessage(string slug)
    {
        var page = await client.GetDocumentAsync($"/occupations/{slug}", 404);

        var problem = await client.GetJsonAsync($"/api/v1/occupations/{slug}", 404);

        Assert.Equal(page.Find("#status-message").Folded(), problem.GetProperty("detail").GetString());
        Assert.Equal("Occupation not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Comparison_GivesEachFigureSideBySideWithThePagesDifferences()
    {
        var page = await client.GetDocumentAsync(ComparisonUrl);

        var json = await client.GetJsonAsync("/api/v1/compare/patient-relations-director-vs-patient-account-manager");

        Assert.Equal(page.Find("h1").Folded(), json.GetProperty("heading").GetString());
        Assert.Equal($"{Manager}-vs-{Director}", json.GetProperty("canonicalPair").GetString());
        Assert.Equal([Director, Manager], json.GetProperty("occupations").EnumerateArray().Select(o => o.GetProperty("slug").GetString()));
        var salary = Row(json, "salary.average");
        var pageRow = page.QuerySelectorAll("#overview-table tbody tr").First(r => r.Find("th").Folded() == "Yearly salary").QuerySelectorAll("td");
        Assert.Equal([pageRow[0].VisibleText(), pageRow[1].VisibleText()], salary.GetProperty("values").EnumerateArray().Select(Text));
        Assert.Equal("+$24,144 (+34%)", salary.GetProperty("differences")[0].GetString());
        // The page of the other order writes the same difference under the director's figure.
        var reversed = await client.GetDocumentAsync($"/compare/{Manager}-vs-{Director}");
        Assert.Equal(salary.GetProperty("differences")[0].GetString(), reversed.RowCells("overview-table", "Yearly salary")[1].CellDifference());
    }

    [Fact]
    public async Task Comparison_EstimateWithOfficial_NeverSubtractsAndKeepsEachSource()
    {
        var json = await client.GetJsonAsync("/api/v1/compare/patient-account-manager-vs-medical-and-health-services-managers");

        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows.Where(r => r.GetProperty("values").EnumerateArray().All(v => v.ValueKind != JsonValueKind.Null)),
            r => Assert.Equal("Not compared: different sources", r.GetProperty("differences")[0].GetString()));
        Assert.Equal("BLS OEWS", Row(json, "wages.annual.median").GetProperty("values")[1].GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, Row(json, "wages.annual.median").GetProperty("values")[0].ValueKind);
        Assert.StartsWith("careers-site estimate", Row(json, "salary.average").GetProperty("values")[0].GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("registered-nurses-vs-astronaut", 404)]
    [InlineData("registered-nurses-vs-registered-nurses", 400)]
    [InlineData("registered-nurses", 404)]
    [InlineData("a-vs-b-vs-c-vs-d-vs-e", 404)]
    public async Task Comparison_BadAddress_IsAProblemWithThePagesMessage(string pair, int status)
    {
        var page = await client.GetDocumentAsync($"/compare/{pair}", status);

        var problem = await client.GetJsonAsync($"/api/v1/compare/{pair}", status);

        Assert.Equal(page.Find("#status-message").Folded(), problem.GetProperty("detail").GetString());
        Assert.Equal(page.Find("h1").Folded(), problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/v1/careers")]
    [InlineData("/api/v1/occupations/registered-nurses/wages")]
    public async Task UnknownApiAddress_IsAProblemNotAPage(string url)
    {
        var problem = await client.GetJsonAsync(url, 404);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("/api", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpointAndNoPage()
    {
        var json = await client.GetJsonAsync("/openapi/v1.json");

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["/api/v1/compare/{pair}", "/api/v1/compare/{pair}.csv", "/api/v1/occupations", "/api/v1/occupations.csv", "/api/v1/occupations/{slug}",
                "/api/v1/states", "/api/v1/states/{name}"],
            paths);
        Assert.All(paths, p => Assert.True(json.GetProperty("paths").GetProperty(p).TryGetProperty("get", out _), $"{p} has no GET"));
        var listParameters = json.GetProperty("paths").GetProperty("/api/v1/occupations").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(["basis", "category", "education", "experience", "exposure", "growth", "interest", "max", "min", "openings", "page", "q", "shortlist", "sort", "state", "training", "zone"],
            listParameters.Order(StringComparer.Ordinal));
        Assert.All(json.GetProperty("paths").GetProperty("/api/v1/occupations").GetProperty("get").GetProperty("parameters").EnumerateArray(),
            p => Assert.False(string.IsNullOrEmpty(p.GetProperty("description").GetString())));
        Assert.True(json.GetProperty("paths").GetProperty("/api/v1/occupations/{slug}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }

    [Fact]
    public async Task Guide_DescribesEveryEndpointOfTheOpenApiDocumentAndItsExamplesWork()
    {
        var openApi = await client.GetJsonAsync("/openapi/v1.json");
        var home = await client.GetDocumentAsync("/");

        var guide = await client.GetDocumentAsync(home.Find("#api-link").GetAttribute("href")!);

        Assert.Equal(openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            guide.QuerySelectorAll("section[data-path]").Select(s => s.GetAttribute("data-path")!).Order(StringComparer.Ordinal));
        Assert.Equal("/openapi/v1.json", guide.Find("#openapi-link").GetAttribute("href"));
        foreach (var link in guide.QuerySelectorAll("a.api-example").Select(a => a.GetAttribute("href")!))
        {
            var response = await client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{link} answered {(int)response.StatusCode}");
        }

        var bad = await client.GetAsync(new Uri(guide.Find("a.api-example-error").GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(400, (int)bad.StatusCode);
    }

    private static Dictionary<string, JsonElement> Figures(JsonElement occupation) =>
        occupation.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("figure"));

    private static JsonElement Row(JsonElement comparison, string key) =>
        comparison.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    /// <summary>What the page shows for a figure: its text, or "—" when unknown.</summary>
    private static string Text(JsonElement figure) =>
        figure.ValueKind == JsonValueKind.Null ? "—" : figure.GetProperty("text").GetString() ?? "—";
}
