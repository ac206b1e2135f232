using CareerCompare.Web.Tests.Infrastructure;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

public sealed class HomePageTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Get_Home_LinksToBothProfilesAndTheirComparison_WithoutFeaturingIt()
    {
        var document = await client.GetDocumentAsync("/");

        Assert.Equal(["/occupations/patient-relations-director", "/occupations/patient-account-manager"],
            document.QuerySelectorAll("#profiles a[href^='/occupations/']").Select(a => a.GetAttribute("href")));
        Assert.Equal(ComparisonUrl, document.Find("#careers-site-comparison").GetAttribute("href"));
        Assert.Equal("Patient relations director vs patient account manager", document.Find("#careers-site-comparison").Folded());
        // Reachable, but not the example the page leads with: no popular comparison is the careers site's.
        Assert.DoesNotContain(document.QuerySelectorAll("#popular-comparisons a"), a => a.GetAttribute("href") == ComparisonUrl);
    }

    [Fact]
    public async Task Get_Home_HasASearchBoxThatSearchesTheList()
    {
        var document = await client.GetDocumentAsync("/");

        var form = document.Find("form[role=search]:has(#home-search)");
        Assert.Equal("/occupations", form.GetAttribute("action"));
        Assert.Equal("q", document.Find("#home-search").GetAttribute("name"));
        Assert.Equal("Search occupations", document.Find("label[for=home-search]").Folded());
    }

    [Fact]
    public async Task Get_Home_PickerComesFirstAndEmpty()
    {
        var document = await client.GetDocumentAsync("/");

        Assert.Equal("Compare two careers", document.Find("h1").Folded());
        Assert.All(document.QuerySelectorAll("main form input[data-suggest=pick]"), input => Assert.Null(input.GetAttribute("value")));
        Assert.Equal(4, document.QuerySelectorAll("main form input[data-suggest=pick]").Length);
        // The picker is the first form of the page's content.
        Assert.Equal(document.Find("#compare-a").Closest("form"), document.Find("main form"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/occupations")]
    [InlineData("/occupations/patient-account-manager")]
    [InlineData(ComparisonUrl)]
    public async Task Get_Page_LoadsScriptsAndStylesFromTheSiteItself(string url)
    {
        var document = await client.GetDocumentAsync(url);

        var assets = document.QuerySelectorAll("script[src], link[rel=stylesheet]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!).ToList();
        Assert.Contains(assets, a => a.StartsWith("/lib/bootstrap/bootstrap.min.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.StartsWith("/", asset, StringComparison.Ordinal);
            var response = await client.GetAsync(new Uri(asset, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500, $"{asset} is nearly empty");
        }
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/occupations", false)]
    [InlineData("/compare", false)]
    [InlineData("/occupations/patient-account-manager", true)]
    [InlineData("/occupations/registered-nurses", true)]
    [InlineData(ComparisonUrl, true)]
    [InlineData("/compare/registered-nurses-vs-software-developers", true)]
    public async Task Get_Page_LoadsChartJsOnlyWhereItDrawsCharts(string url, bool drawsCharts)
    {
        var document = await client.GetDocumentAsync(url);

        Assert.Equal(drawsCharts, document.ChartLibrary() is not null);
        // Chart.js is fetched by charts.js when a chart comes near the screen, never loaded by the page itself.
        Assert.Null(document.QuerySelector("script[src^='/lib/chart.js/']"));
        Assert.Equal(drawsCharts, document.QuerySelector("canvas[data-chart]") is not null);
    }

    // Wherever a visitor or a program meets the careers site's figures, the careers site is named and no internal name shows.
    [Theory]
    [InlineData("/", true)]
    [InlineData("/occupations?category=Executive+management", false)]
    [InlineData("/occupations/patient-relations-director", true)]
    [InlineData("/occupations/patient-account-manager", true)]
    [InlineData(ComparisonUrl, true)]
    [InlineData("/compare/patient-account-manager-vs-medical-and-health-services-managers", true)]
    [InlineData("/api", false)]
    [InlineData("/api/v1/occupations?category=Executive+management", true)]
    [InlineData("/api/v1/occupations/patient-relations-director", true)]
    [InlineData("/api/v1/compare/patient-relations-director-vs-patient-account-manager", true)]
    [InlineData("/api/v1/occupations.csv?category=Executive+management", true)]
    [InlineData("/api/v1/compare/patient-relations-director-vs-patient-account-manager.csv", true)]
    [InlineData("/openapi/v1.json", false)]
    [InlineData("/sitemap.xml", false)]
    public async Task Get_AnythingAVisitorSees_NamesTheCareersSite_NeverItsSeedDocument(string url, bool namesZippia)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.DoesNotContain("seed document", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("seed-document", body, StringComparison.OrdinalIgnoreCase);
        if (namesZippia)
        {
            Assert.Contains("careers-site estimates (Zippia)", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_Profile_JsonLdOfTheCareersSitesFigures_NamesItsSource()
    {
        var document = await client.GetDocumentAsync($"/occupations/{Director}");

        using var jsonLd = System.Text.Json.JsonDocument.Parse(document.Find("script[type='application/ld+json']").TextContent);
        var salary = jsonLd.RootElement.GetProperty("estimatedSalary")[0];

        Assert.Equal("yearly salary (average and range): careers-site estimates (Zippia), page “Patient relations director vs patient account manager”, undated",
            salary.GetProperty("description").GetString());
        Assert.Equal(94921, salary.GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Get_Page_FooterNamesTheSourceOfTheFigures()
    {
        var document = await client.GetDocumentAsync("/");

        Assert.Contains("“Patient relations director vs patient account manager”", document.Find("footer").Folded(), StringComparison.Ordinal);
        Assert.Contains("careers-site estimates (Zippia)", document.Find("footer").Folded(), StringComparison.Ordinal);
        Assert.Equal("(figures: careers-site estimates (Zippia), page “Patient relations director vs patient account manager”, transcribed figure for figure)",
            document.Find("#careers-site-source").Folded());
    }

    // "—" and "not published" are explained once on every page: beside the figures where the page has them, else in the footer.
    [Theory]
    [InlineData("/", true)]
    [InlineData(ComparisonUrl, true)]
    [InlineData("/occupations", false)]
    [InlineData("/occupations/registered-nurses", false)]
    [InlineData("/occupations/patient-account-manager", false)]
    public async Task Get_Page_ExplainsTheDashOnce(string url, bool inTheFooter)
    {
        var document = await client.GetDocumentAsync(url);

        Assert.Single(document.QuerySelectorAll("#figure-legend"));
        Assert.Equal(inTheFooter, document.Find("#figure-legend").Closest("footer") is not null);
    }
}
