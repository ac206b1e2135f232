using System.Net;
using AngleSharp.Html.Dom;
using CareerCompare.Web.Tests.Infrastructure;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

public sealed class OccupationListTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    // The careers site's two occupations are alone in their category, so these tests see exactly them.
    private const string Seed = "category=Executive+management";

    [Fact]
    public async Task Get_List_ShowsEveryOccupationWithItsFigures()
    {
        var document = await client.GetDocumentAsync($"/occupations?{Seed}");

        var manager = document.Find($"tr[data-slug='{Manager}']");
        Assert.Equal([Manager, Director], Slugs(document));
        Assert.Equal("$70,777", manager.Find("[data-field=salary]").VisibleText());
        Assert.Equal("$42,000 – $117,000", manager.Find("[data-field=range]").VisibleText());
        Assert.Equal("152,009", manager.Find("[data-field=jobs]").VisibleText());
        Assert.Equal("28%", manager.Find("[data-field=growth]").VisibleText());
        Assert.Equal("2 occupations match.", document.Find("#result-count").Folded());
        Assert.Equal("—", manager.Find("[data-field=median]").VisibleText());
    }

    [Theory]
    [InlineData("lawyers", "+4.1%", "as fast as average")]
    [InlineData("graphic designers", "+2.1%", "slower than average")]
    [InlineData("news analysts", "−3.9%", "decline")]
    public async Task Get_List_WordsOfficialGrowthAsBlsDoes_AndTheApiSaysTheSame(string search, string growth, string words)
    {
        var query = $"q={Uri.EscapeDataString(search)}";
        var document = await client.GetDocumentAsync($"/occupations?{query}");
        var json = await client.GetJsonAsync($"/api/v1/occupations?{query}");

        var cell = document.QuerySelectorAll("#occupation-list tbody tr")[0].Find("[data-field=growth]");
        var item = json.GetProperty("items")[0];

        Assert.Equal($"{growth}, {words}", cell.VisibleText());
        Assert.Equal(words, cell.Find(".outlook").Folded());
        Assert.Equal(words, item.GetProperty("growthOutlook").GetString());
        // The API's text writes a negative number as the page does, with the minus sign; only the page adds "+".
        Assert.Equal(growth.TrimStart('+'), item.GetProperty("growth").GetProperty("text").GetString());
        Assert.Contains("for all occupations (+3.1% over 2024–34)", document.Find("#outlook-words").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_List_TheCareersSitesGrowthRate_IsNotWordedAgainstBlsAverage()
    {
        var document = await client.GetDocumentAsync($"/occupations?{Seed}");
        var json = await client.GetJsonAsync($"/api/v1/occupations?{Seed}");

        Assert.Null(document.Find($"tr[data-slug='{Manager}'] [data-field=growth]").QuerySelector(".outlook"));
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal(System.Text.Json.JsonValueKind.Null, i.GetProperty("growthOutlook").ValueKind));
    }

    // The list filters on the median unless told "basis=mean" (the default before, so addresses made then keep working).
    [Theory]
    [InlineData("min=70777", new[] { Manager, Director })]
    [InlineData("min=70778", new[] { Director })]
    [InlineData("max=70777", new[] { Manager })]
    [InlineData("max=70776", new string[0])]
    [InlineData("min=94921&max=94921", new[] { Director })]
    [InlineData("min=70777&max=94920", new[] { Manager })]
    [InlineData("min=%2470%2C777", new[] { Manager, Director })]
    [InlineData("min=&max=", new[] { Manager, Director })]
    public async Task Get_List_SalaryBoundsAreInclusiveOnTheMeanWhenAskedForIt(string query, string[] expected)
    {
        var document = await client.GetDocumentAsync($"/occupations?{Seed}&basis=mean&{query}");

        Assert.Equal(expected, Slugs(document));
        if (expected.Length == 0)
        {
            Assert.Equal("No occupations match these filters. Widen the pay range, choose “Any” in a filter or clear the search.", document.Find("#no-results").Folded());
        }
    }

    [Fact]
    public async Task Get_List_KeepsTheFilterInTheFormAndPageLinks()
    {
        var document = await client.GetDocumentAsync("/occupations?min=50000&max=100000&sort=salary-desc");

        Assert.Equal("50000", ((IHtmlInputElement)document.Find("#min")).Value);
        Assert.Equal("100000", ((IHtmlInputElement)document.Find("#max")).Value);
        Assert.Equal("salary-desc", ((IHtmlSelectElement)document.Find("#sort")).Value);
        Assert.Contains("median yearly wage", document.Find("#salary-help").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_List_ReadsTheMedianFirst_ByDefaultAndInItsColumns()
    {
        var document = await client.GetDocumentAsync($"/occupations?{Seed}&min=1");
        var json = await client.GetJsonAsync($"/api/v1/occupations?{Seed}&min=1");
        var all = await client.GetDocumentAsync("/occupations?q=nurse");

        // The careers site's occupations have no median, so a salary bound on the default basis leaves them out, and says so.
        Assert.Empty(Slugs(document));
        Assert.Contains("2 occupations have no known median yearly wage", document.Find("#result-count").Folded(), StringComparison.Ordinal);
        Assert.Equal("median", ((IHtmlSelectElement)document.Find("#basis")).Value);
        Assert.Equal("median", json.GetProperty("basis").GetString());
        Assert.Equal(["median", "growth", "education", "range", "salary", "jobs", "openings"],
            all.QuerySelectorAll("#occupation-list thead th[data-column]").Select(th => th.GetAttribute("data-column")));
        Assert.Equal(["Median pay", "Growth 2024–34", "Entry education", "Pay range, 10th–90th percentile", "Mean pay"],
            all.QuerySelectorAll("#occupation-list thead th[data-column]").Take(5).Select(th => th.Folded()));
        var options = all.QuerySelectorAll("#sort option").Select(o => o.GetAttribute("value")).ToList();
        Assert.True(options.IndexOf("median-desc") < options.IndexOf("salary-desc"));
        // Links from a list on the mean keep saying so; on the median they need not.
        var onMean = await client.GetDocumentAsync("/occupations?q=nurse&basis=mean");
        Assert.Contains("basis=mean", onMean.Find("#downloads a[download]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("basis=", all.Find("#downloads a[download]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_List_ExplainsTheDashAndNotPublishedOnce_AndNamesTheCareersSitesOwnFigures()
    {
        var document = await client.GetDocumentAsync("/occupations?category=Executive+management");

        Assert.Single(document.QuerySelectorAll("#figure-legend"));
        Assert.Contains("means unknown", document.Find("#figure-legend").Folded(), StringComparison.Ordinal);
        Assert.Contains("not published means the publisher withholds the figure", document.Find("#figure-legend").Folded(), StringComparison.Ordinal);
        Assert.Equal("careers site: average yearly salary", document.Find("#occupation-list thead th[data-column=salary] .small").Folded());
    }

    [Theory]
    [InlineData("salary-desc", new[] { Director, Manager })]
    [InlineData("salary", new[] { Manager, Director })]
    [InlineData("jobs-desc", new[] { Manager, Director })]
    [InlineData("jobs", new[] { Director, Manager })]
    [InlineData("title-desc", new[] { Director, Manager })]
    public async Task Get_List_SortsByTheChosenColumn(string sort, string[] expected)
    {
        var document = await client.GetDocumentAsync($"/occupations?{Seed}&sort={sort}");

        Assert.Equal(expected, Slugs(document));
    }

    [Theory]
    [InlineData("account", new[] { Manager })]
    [InlineData("RELATIONS", new[] { Director })]
    [InlineData("executive", new[] { Manager, Director })]
    [InlineData("%", new string[0])]
    [InlineData("_", new string[0])]
    public async Task Get_List_SearchFindsTitlesAndCategories(string text, string[] expected)
    {
        var document = await client.GetDocumentAsync($"/occupations?{Seed}&sort=title&q={Uri.EscapeDataString(text)}");

        Assert.Equal(expected, Slugs(document));
    }

    [Theory]
    [InlineData("min=abc", "min", "Minimum salary must be a whole number of dollars, like 50000 (you entered \"abc\").")]
    [InlineData("max=12.5", "max", "Maximum salary must be a whole number of dollars, like 50000 (you entered \"12.5\").")]
    [InlineData("min=-5", "min", "Minimum salary cannot be negative.")]
    [InlineData("min=90000&max=50000", "min", "Minimum salary ($90,000) is above the maximum salary ($50,000).")]
    [InlineData("max=99999999999999999999", "max", "Maximum salary can be at most $10,000,000 a year.")]
    [InlineData("min=10000001", "min", "Minimum salary can be at most $10,000,000 a year.")]
    [InlineData("min=1e309", "min", "Minimum salary must be a whole number of dollars, like 50000 (you entered \"1e309\").")]
    [InlineData("sort=pay", "sort", "Unknown sort order \"pay\". Choose one of: relevance, title, title-desc, median-desc, median, salary-desc, salary, jobs-desc, jobs, growth-desc, growth, openings-desc, openings, exposure-desc, exposure, fit.")]
    [InlineData("basis=mode", "basis", "Unknown salary basis \"mode\". Choose median or mean.")]
    [InlineData("page=0", "page", "Page must be a whole number, 1 or more.")]
    [InlineData("page=-1", "page", "Page must be a whole number, 1 or more.")]
    [InlineData("page=two", "page", "Page must be a whole number, 1 or more.")]
    public async Task Get_List_BadInput_Returns400WithAClearMessage(string query, string field, string message)
    {
        var document = await client.GetDocumentAsync($"/occupations?{query}", 400);

        Assert.Equal(message, document.Find($"#{field}-error").Folded());
        Assert.Equal("alert", document.Find("#filter-errors").GetAttribute("role"));
        Assert.Empty(Slugs(document));
    }

    [Fact]
    public async Task Get_List_MarksTheWrongFieldForAssistiveTechnology()
    {
        var document = await client.GetDocumentAsync("/occupations?min=abc", 400);

        Assert.Equal("true", document.Find("#min").GetAttribute("aria-invalid"));
        Assert.Contains("min-error", document.Find("#min").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Null(document.Find("#max").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Get_List_PagePastTheEnd_Returns404WithAMessage()
    {
        var document = await client.GetDocumentAsync($"/occupations?{Seed}&page=2", 404);

        Assert.Equal("Page 2 does not exist: these results fill 1 page.", document.Find("#page-error").Folded());
    }

    [Fact]
    public async Task Get_List_ScriptInTheSearchIsShownAsTextNeverRun()
    {
        var response = await client.GetAsync(new Uri("/occupations?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));

        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", ((IHtmlInputElement)(await response.GetDocumentAsync()).Find("#q")).Value);
    }

    private static string[] Slugs(IHtmlDocument document) =>
        document.QuerySelectorAll("#occupation-list tbody tr").Select(r => r.GetAttribute("data-slug")!).ToArray();
}
