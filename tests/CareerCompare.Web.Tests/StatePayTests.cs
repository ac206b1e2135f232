using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Text.Json;
using CareerCompare.Web.Tests.Browser;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Pay by state and what it buys, on the full catalogue: profile tables against the publishers' own files, the comparison
/// in a state (?state=), the state pages and their JSON, the sitemap.
/// </summary>
public sealed class StatePayTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private static readonly string SeedData = Path.Combine(BrowserFixture.RepositoryRoot, "seed-data");

    /// <summary>The raw state file: (area, SOC code) → (hourly, yearly) cells as published.</summary>
    private static readonly Lazy<Dictionary<(string Area, string Code), (string Hourly, string Yearly)>> StateFile = new(() =>
        File.ReadLines(Path.Combine(SeedData, "bls-oews", "state_M2023_dl.columns-subset.csv")).Skip(1)
            .Select(l => l.Split(';')).ToDictionary(c => (c[0].TrimStart('\uFEFF'), c[1]), c => (c[3], c[4])));

    /// <summary>The raw BEA file: state name → the 2023 all-items price parity.</summary>
    private static readonly Lazy<Dictionary<string, double>> Parities = new(() =>
        File.ReadLines(Path.Combine(SeedData, "bea-rpp", "SARPP_STATE_2008_2023.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(c => c.Length > 20 && c[4] == "5")
            .ToDictionary(c => c[1].Trim('"'), c => double.Parse(c[^1], CultureInfo.InvariantCulture)));

    public static TheoryData<string, string, string> Samples { get; } = new()
    {
        { "registered-nurses", "29-1141", "California" },
        { "registered-nurses", "29-1141", "Mississippi" },
        { "software-developers", "15-1252", "Texas" },
        { "software-developers", "15-1252", "New York" },
        { "actors", "27-2011", "New York" },
        { "cardiologists", "29-1212", "Florida" },
        { "business-teachers-postsecondary", "25-1011", "District of Columbia" },
        { "medical-and-health-services-managers", "11-9111", "Puerto Rico" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Profile_StateRow_MatchesTheRawFiles(string slug, string code, string state)
    {
        var page = await factory.CreateClient().GetDocumentAsync($"/occupations/{slug}");
        var (hourly, yearly) = StateFile.Value[(state, code)];
        var row = page.QuerySelectorAll("#state-table tbody tr").Single(tr => tr.Find("th").Folded() == state);
        var cells = row.Children.Skip(1).Select(c => c.Folded()).ToList();

        Assert.Equal(Expected(yearly, hourly: false), cells[0]);
        Assert.Equal(Expected(hourly, hourly: true), cells[1]);
        if (!Parities.Value.TryGetValue(state, out var parity))
        {
            Assert.Equal(["no price parity", "not adjusted"], cells.Skip(2).Take(2));
            return;
        }

        Assert.Equal(parity.ToString("0.0", CultureInfo.InvariantCulture), cells[2]);
        var byHour = yearly == "*";
        var mean = byHour ? hourly : yearly;
        if (mean is "*" or "#")
        {
            Assert.Equal(mean == "#" ? "or more" : "not published", mean == "#" ? cells[3][^7..] : cells[3]);
            return;
        }

        var adjusted = double.Parse(mean.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) / (parity / 100);
        Assert.Equal(byHour ? "$" + adjusted.ToString("N2", CultureInfo.InvariantCulture) : "$" + Math.Round(adjusted, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture), cells[3]);
    }

    private static string Expected(string cell, bool hourly) => cell switch
    {
        "*" => "not published",
        "#" => hourly ? "$115.00 or more" : "$239,200 or more",
        _ => "$" + cell,
    };

    [Fact]
    public async Task Profile_HighestPayAfterPrices_IsTheStateWithTheHighestMeanOverItsPriceLevel()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/occupations/registered-nurses");
        var best = Parities.Value.Where(p => StateFile.Value.ContainsKey((p.Key, "29-1141")))
            .Select(p => (State: p.Key, Adjusted: double.Parse(StateFile.Value[(p.Key, "29-1141")].Yearly.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) / (p.Value / 100)))
            .MaxBy(x => x.Adjusted);

        Assert.StartsWith($"{best.State}: ${Math.Round(best.Adjusted).ToString("N0", CultureInfo.InvariantCulture)} a year at national prices", page.Find("#highest-after-prices").Folded(), StringComparison.Ordinal);
        // The ratio is taken against the national mean of May 2023 (BLS's own, $94,480), not May 2024's $98,430.
        Assert.Contains("$94,480", page.Find("#state-pay-intro").Folded(), StringComparison.Ordinal);
        Assert.Equal("−4.5%", page.Find("#state-table tr[data-state='TX'] td:nth-of-type(5)").Folded());
    }

    [Fact]
    public async Task Profile_AgainstTheNationalMeanAfterPrices_IsTheAdjustedStateMeanOverTheNationalMeanOfItsYear()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/occupations/registered-nurses");
        var national2023 = 94_480d; // BLS's national mean of May 2023 for 29-1141, the state file's year.
        foreach (var state in new[] { "Texas", "California", "Mississippi" })
        {
            var yearly = double.Parse(StateFile.Value[(state, "29-1141")].Yearly.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var adjusted = Math.Round(yearly / (Parities.Value[state] / 100), MidpointRounding.AwayFromZero);
            var expected = Math.Round((adjusted / national2023 - 1) * 100, 1, MidpointRounding.AwayFromZero);
            var row = page.QuerySelectorAll("#state-table tbody tr").Single(tr => tr.Find("th").Folded() == state);

            Assert.Equal((expected < 0 ? "−" : "+") + Math.Abs(expected).ToString("0.0", CultureInfo.InvariantCulture) + "%", row.Children[^1].Folded());
        }

        Assert.Contains("after prices", page.Find("#state-table thead th:last-child").Folded(), StringComparison.Ordinal);
        Assert.Contains("May 2023", page.Find("#state-table thead th:last-child").Folded(), StringComparison.Ordinal);
        Assert.Equal("not adjusted", page.Find("#state-table tr[data-state='PR'] td:last-child").Folded());
        // The map says after prices first; its JSON carries both values of each state.
        Assert.Contains("after prices", page.Find("#state-map-title").Folded(), StringComparison.Ordinal);
        Assert.StartsWith("Highest after prices: ", page.Find("#state-map-summary").Folded(), StringComparison.Ordinal);
        using var map = JsonDocument.Parse(page.Find("#state-map-data").TextContent);
        var texas = map.RootElement.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Texas");
        Assert.Equal(90_210, texas.GetProperty("value").GetDouble());
        Assert.Equal(92_833, texas.GetProperty("afterPrices").GetDouble());
    }

    [Fact]
    public async Task HighestAfterPrices_IsTheStateWhosePayBuysMost_AndNamesTopCodedStates()
    {
        // What the section's one-line answer says ("Pays most after prices in …").
        var catalogue = await factory.Services.GetRequiredService<CareerCompare.Web.Catalogue.CatalogueStore>().GetAsync();
        var (leader, _, topCoded) = catalogue.Find("registered-nurses")!.HighestAfterPrices();
        var best = Parities.Value.Where(p => StateFile.Value.ContainsKey((p.Key, "29-1141")))
            .MaxBy(p => double.Parse(StateFile.Value[(p.Key, "29-1141")].Yearly.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) / (p.Value / 100));

        Assert.NotNull(leader);
        Assert.Equal(best.Key, leader.Name);
        Assert.Empty(topCoded);
        var (anesthesiologists, _, anesthesiologistsTopCoded) = catalogue.Find("anesthesiologists")!.HighestAfterPrices();
        Assert.NotNull(anesthesiologists);
        Assert.NotEmpty(anesthesiologistsTopCoded);
        var page = await factory.CreateClient().GetDocumentAsync("/occupations/registered-nurses");
        Assert.StartsWith($"Pays most after prices in {best.Key}: ", page.Find("#state-pay .section-answer").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_PaysMostAfterPrices_IsTheOccupationWhosePayThereBuysMost()
    {
        var client = factory.CreateClient();
        var texas = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers?state=TX");
        var row = texas.Find("[data-verdict=pay-state]");

        Assert.Equal("software-developers", row.GetAttribute("data-leader"));
        var yearly = double.Parse(StateFile.Value[("Texas", "15-1252")].Yearly.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var afterPrices = Math.Round(yearly / (Parities.Value["Texas"] / 100), MidpointRounding.AwayFromZero);
        Assert.Contains($"${afterPrices.ToString("N0", CultureInfo.InvariantCulture)} a year at national prices", row.Find("dd").TextContent, StringComparison.Ordinal);

        // Guam has no price level: the row says who is paid most there, not after prices.
        var guam = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers?state=GU");
        Assert.Equal("Pays most in Guam", guam.Find("[data-verdict=pay-state] dt").TextContent.Trim());
    }

    [Fact]
    public async Task Profile_OfACareersSiteOccupation_SaysItHasNoStateTable()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/occupations/" + SeedDocument.Director);

        Assert.Null(page.QuerySelector("#state-table"));
        Assert.Contains("no table of state pay", page.Find("#no-state-pay").Folded(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tx")]
    [InlineData("TX")]
    [InlineData("Tx")]
    public async Task Compare_InAState_ShowsStateAndAdjustedMeansAndSaysWhichPaysMoreThere(string code)
    {
        var page = await factory.CreateClient().GetDocumentAsync($"/compare/registered-nurses-vs-software-developers?state={code}");

        Assert.Equal("Registered Nurses vs Software Developers in Texas", page.Find("h1").Folded());
        var inState = page.RowCells("state-pay-table", "In Texas, May 2023");
        Assert.StartsWith("$90,210", inState[0].Folded(), StringComparison.Ordinal);
        Assert.StartsWith("$125,890", inState[1].Folded(), StringComparison.Ordinal);
        Assert.StartsWith("$92,833", page.RowCells("state-pay-table", "In Texas, adjusted for prices (BEA RPP 2023)")[0].Folded(), StringComparison.Ordinal);
        Assert.StartsWith("$94,480", page.RowCells("state-pay-table", "National, May 2023")[0].Folded(), StringComparison.Ordinal);
        var answer = page.Find("dd[data-answer='pay-state']");
        Assert.Equal("software-developers", answer.GetAttribute("data-leader"));
        Assert.StartsWith("In Texas, Software Developers earn more: a mean of $125,890 a year (May 2023)", answer.Folded(), StringComparison.Ordinal);
        Assert.EndsWith("/compare/registered-nurses-vs-software-developers?state=TX", page.Find("link[rel=canonical]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("TX", page.Find("#state-select option[selected]").GetAttribute("value"));
        Assert.Contains("state=TX", page.Find("a[data-remove='software-developers']").GetAttribute("href") ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("texas")]
    [InlineData("T")]
    [InlineData("<b>x</b>")]
    public async Task Compare_UnknownState_Answers400NamingTheValidCodes(string code)
    {
        var page = await factory.CreateClient().GetDocumentAsync($"/compare/registered-nurses-vs-software-developers?state={Uri.EscapeDataString(code)}", 400);

        var message = page.Find("main").Folded();
        Assert.Contains("is not a state code", message, StringComparison.Ordinal);
        Assert.Contains("AK, AL, AR, AZ, CA", message, StringComparison.Ordinal);
        Assert.Contains("VI, VT, WA, WI, WV, WY", message, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main b"));
    }

    [Fact]
    public async Task Compare_BlankState_IsTheNationalComparison()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/compare/registered-nurses-vs-software-developers?state=");

        Assert.Null(page.QuerySelector("#state-pay-table"));
        Assert.EndsWith("/compare/registered-nurses-vs-software-developers", page.Find("link[rel=canonical]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_WithTheCareersSitesOccupation_InAState_SaysEstimatesHaveNoStateFigures()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"/compare/{SeedDocument.Director}-vs-registered-nurses?state=ca");

        Assert.Contains("no state figures", page.Find("#state-pay-estimates").Folded(), StringComparison.Ordinal);
        Assert.Contains("In California, Registered Nurses have a mean of $137,690", page.Find("dd[data-answer='pay-state']").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatePage_SaysThePriceLevel_RanksOccupations_AndLinksToTheirProfiles()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/states/california");

        Assert.Equal("Pay in California", page.Find("h1").Folded());
        Assert.Equal("112.6: prices 12.6% above the national average", page.Find("#price-level").Folded());
        var highest = page.QuerySelectorAll("#highest-table tbody tr").ToList();
        Assert.Equal(CareerCompare.Web.Services.StateService.Ranked, highest.Count);
        Assert.Equal("/occupations/anesthesiologists", highest[0].Find("a").GetAttribute("href"));
        Assert.Equal("$452,930", highest[0].Children[1].Folded());
        var furthest = page.QuerySelectorAll("#furthest-table tbody tr").Select(r => double.Parse(r.Children[^1].Folded().Replace("−", "-", StringComparison.Ordinal).TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(furthest.OrderDescending(), furthest);
        Assert.Equal("/states", page.Find(".breadcrumb a[href='/states']").GetAttribute("href"));
    }

    [Fact]
    public async Task StatePage_OfATerritory_HasNoPriceRanking_AndUnknownStatesAnswer404()
    {
        var client = factory.CreateClient();
        var guam = await client.GetDocumentAsync("/states/guam");
        Assert.Equal("BEA publishes none", guam.Find("#price-level").Folded());
        Assert.NotNull(guam.QuerySelector("#no-furthest"));

        var missing = await client.GetDocumentAsync("/states/atlantis", 404);
        Assert.Contains("We have no state called \"atlantis\"", missing.Find("main").Folded(), StringComparison.Ordinal);
        var index = await client.GetDocumentAsync("/states");
        Assert.Equal(54, index.QuerySelectorAll("#states-table tbody tr").Length);
    }

    [Fact]
    public async Task StateJson_GivesEveryOccupationsMeanWithSourceAndVintage()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/states/TX"));
        var root = json.RootElement;

        Assert.Equal(97.175, root.GetProperty("state").GetProperty("priceParity").GetProperty("value").GetDouble());
        Assert.Equal("2023", root.GetProperty("state").GetProperty("priceParity").GetProperty("vintage").GetString());
        var nurses = root.GetProperty("occupations").EnumerateArray().Single(o => o.GetProperty("slug").GetString() == "registered-nurses");
        Assert.Equal(90_210, nurses.GetProperty("mean").GetProperty("value").GetDouble());
        Assert.Equal("May 2023", nurses.GetProperty("mean").GetProperty("vintage").GetString());
        Assert.Equal(92_833, nurses.GetProperty("meanAfterPrices").GetProperty("value").GetDouble());
        Assert.Equal("May 2023; RPP 2023", nurses.GetProperty("meanAfterPrices").GetProperty("vintage").GetString());
        Assert.Equal(94_480, nurses.GetProperty("nationalMean2023").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task ProfileJsonAndComparisonCsv_CarryTheStateFiguresFromTheCatalogue()
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/occupations/registered-nurses"));
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.Equal(90_210, figures["wages.states.annual.mean.texas"].GetProperty("figure").GetProperty("value").GetDouble());
        Assert.Equal("BLS OEWS state data", figures["wages.states.annual.mean.texas"].GetProperty("figure").GetProperty("source").GetString());
        Assert.Equal(92_833, figures["wages.states.annual.mean.afterPrices.texas"].GetProperty("figure").GetProperty("value").GetDouble());
        Assert.Equal(94_480, figures["wages.annual.mean.may2023"].GetProperty("figure").GetProperty("value").GetDouble());
        Assert.False(figures.ContainsKey("wages.states.annual.mean.afterPrices.puerto-rico"));

        var csv = await client.GetStringAsync("/api/v1/compare/registered-nurses-vs-actors.csv");
        var line = csv.Split('\n').Single(l => l.Contains("wages.states.hourly.mean.new-york", StringComparison.Ordinal) && l.Contains("actors", StringComparison.Ordinal));
        Assert.Contains("58.91", line, StringComparison.Ordinal);
        Assert.Contains("May 2023", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FiltersAndSortsOnAStatesMean()
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/occupations?state=tx&min=200000&max=300000&sort=salary-desc"));
        var slugs = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();
        var means = await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.StateWages.Where(w => w.StateCode == "TX").Join(db.Occupations, w => w.OccupationId, o => o.Id, (w, o) => new { o.Slug, w.MeanYearly })));
        var texas = means.ToDictionary(m => m.Slug, m => m.MeanYearly);
        var expected = texas.Where(m => m.Value is >= 200_000 and <= 300_000).OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key).Take(20).ToList();

        Assert.NotEmpty(slugs);
        Assert.Equal(expected.Select(e => texas[e]), slugs.Select(s => texas[s]));
        var page = await client.GetDocumentAsync("/occupations?state=TX&min=200000");
        Assert.Contains("mean in TX", page.Find("#state-filter-note").Folded(), StringComparison.Ordinal);

        // The list form sends its pay measure (the median by default) with the state chosen: the state's mean is read, and said.
        var fromForm = await client.GetDocumentAsync("/occupations?state=tx&basis=median&min=200000");
        Assert.Contains("The state figures this site holds are means", fromForm.Find("#state-filter-note").Folded(), StringComparison.Ordinal);
        Assert.Equal(page.Find("#result-count").Folded(), fromForm.Find("#result-count").Folded());
        Assert.Equal("TX", fromForm.QuerySelector("select#state option[selected]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("state=zz", "is not a state code. Give a two-letter code, in any case: AK, AL")]
    public async Task List_BadStateInput_Answers400(string query, string message)
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"/api/v1/occupations?{query}", UriKind.Relative));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_ListsTheStatePages()
    {
        var sitemap = await factory.CreateClient().GetStringAsync("/sitemap.xml");

        Assert.Contains("/states</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/states/new-york</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/states/puerto-rico</loc>", sitemap, StringComparison.Ordinal);
    }
}
