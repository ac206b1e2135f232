using System.Globalization;
using System.Text.Json;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualBasic.FileIO;

namespace CareerCompare.Web.Tests;

/// <summary>The full catalogue built from seed-data/: coverage as the data README measured it, and figures checked against the files.</summary>
public sealed class OfficialCatalogueTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task FullImport_CoversWhatTheDataReadmeMeasured()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();
        var official = db.Occupations.Where(o => o.DataSet == "official");
        // The rows kept in JSON columns are counted here, not in SQL.
        var stored = await official.Select(o => new { o.Skills, o.Responsibilities, o.EducationLevels, o.Gender }).ToListAsync();

        Assert.Equal(831, await official.CountAsync());
        Assert.Equal(819, await official.CountAsync(o => o.OnetCode == o.SocCode + ".00"));
        Assert.Equal(753, stored.Count(o => o.Skills.Count > 0));
        Assert.Equal(784, stored.Count(o => o.Responsibilities.Count > 0));
        Assert.Equal(784, await official.CountAsync(o => o.JobZone != null));
        Assert.Equal(742, stored.Count(o => o.EducationLevels.Count > 0));
        Assert.Equal(831, await official.CountAsync(o => o.ProjectedEmployment2024 != null));
        Assert.Equal(831, await official.CountAsync(o => o.DemographicsSourceRow != null));
        Assert.Equal(401, await official.CountAsync(o => o.DemographicsRowShared));
        // 561 in the data README, plus 13-1020, which now takes its largest published component row instead of a suppressed one.
        Assert.Equal(562, stored.Count(o => o.Gender.Any(d => d.Group == "Women" && d.Percent != null)));
        // 825 by their annual mean, and the 5 hourly-only occupations by their hourly mean.
        Assert.Equal(830, await official.CountAsync(o => o.HighestPayingState != null));
        // May 2025 has no "#": wages above the old top code are published as numbers.
        Assert.Equal(0, await official.CountAsync(o => o.MedianYearlyTopCoded));
        Assert.Equal(830, await official.CountAsync(o => o.WagesYear == 2025));
        Assert.Equal("11-1031", await official.Where(o => o.WagesYear == 2024).Select(o => o.SocCode).SingleAsync());
        // The audit's counts: 16 occupations with top-coded state means, 188 education shares O*NET recommends suppressing.
        Assert.Equal(16, await official.CountAsync(o => o.StatesTopCoded != null));
        Assert.Equal(188, stored.Sum(o => o.EducationLevels.Count(e => e.LowPrecision)));
        Assert.Equal(5, await official.CountAsync(o => o.WageBasis == WageBasis.HourlyOnly && o.PreviousMedianHourlyCents != null));
        Assert.Equal(5, await official.CountAsync(o => o.WageBasis == WageBasis.HourlyOnly));
        Assert.Equal(59, await official.CountAsync(o => o.WageBasis == WageBasis.AnnualOnly));
        Assert.Equal(833, await db.Occupations.Select(o => o.Slug).Distinct().CountAsync());
    }

    [Theory]
    [InlineData("11-9111", "medical-and-health-services-managers")]
    [InlineData("29-1141", "registered-nurses")]
    [InlineData("15-1252", "software-developers")]
    [InlineData("35-2014", "cooks-restaurant")]
    [InlineData("53-3032", "heavy-and-tractor-trailer-truck-drivers")]
    public async Task Profile_ShowsTheFiguresOfTheSourceFiles(string code, string slug)
    {
        var oews = Row(OfficialFiles.Oews2025, "OCC_CODE", code);
        var projections = Row("bls-ep/occupation_table_1_2.from-xlsx.csv", "2024 National Employment Matrix code", code);

        var page = await client.GetDocumentAsync($"/occupations/{slug}");

        Assert.Equal(oews["OCC_TITLE"], page.Find("h1").Folded());
        Assert.Equal(Dollars(oews["A_MEDIAN"]), page.Find("#wage-table tr[data-row='Median'] td").Folded());
        Assert.Equal(Dollars(oews["A_MEAN"]), page.Find("#wage-table tr[data-row='Mean'] td").Folded());
        Assert.Equal(Dollars(oews["A_PCT10"]), page.Find("#wage-table tr[data-row='10th percentile'] td").Folded());
        Assert.Equal(Dollars(oews["A_PCT90"]), page.Find("#wage-table tr[data-row='90th percentile'] td").Folded());
        Assert.Equal(Cents(oews["H_MEDIAN"]), page.Find("#wage-table tr[data-row='Median'] td:nth-child(3)").Folded());
        Assert.Equal(Count(oews["TOT_EMP"]), Value(page, "outlook-table", "Jobs in May 2025"));
        Assert.Equal(Thousands(projections["Employment, 2034"]), Value(page, "outlook-table", "Employment, 2034 (projected)"));
        Assert.Equal(Thousands(projections["Occupational openings, 2024–34 annual average"]), Value(page, "outlook-table", "Openings a year, 2024–34"));
        Assert.Equal(projections["Typical education needed for entry"], Value(page, "education-table", "Typical entry education"));
        Assert.Contains(CareerCompare.Web.Data.Import.OfficialFiles.WagesSource, page.Find("#wage-table caption").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_DemographicsMatchTheCpsRow()
    {
        var cps = Row("bls-cps/cpsaat11_2025.csv", "occupation", "Registered nurses");
        var ages = Row("bls-cps/cpsaat11b.from-xlsx.csv", "occupation", "Registered nurses");

        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        Assert.Equal(cps["pct_women"] + "%", page.Find("#demographics-table tr[data-row='Women'] td").Folded());
        Assert.Equal(cps["pct_hispanic_or_latino"] + "%", page.Find("#demographics-table tr[data-row='Hispanic or Latino'] td").Folded());
        Assert.Equal(ages["median_age"], Value(page, "demographics-table", "Median age"));
        Assert.Null(page.QuerySelector("#demographics-row")); // its own row, not shared
    }

    [Fact]
    public async Task Profile_WagesAboveTheOldTopCodeArePublishedNumbersInMay2025()
    {
        var cardiologists = Row(OfficialFiles.Oews2025, "OCC_CODE", "29-1212");

        var page = await client.GetDocumentAsync("/occupations/cardiologists");

        Assert.Equal("496010", cardiologists["A_MEDIAN"]); // the data README's figure: no "#" in May 2025
        Assert.Equal("$496,010", page.Find("#wage-table tr[data-row='Median'] td").Folded());
        Assert.Equal(Cents(cardiologists["H_MEDIAN"]), page.Find("#wage-table tr[data-row='Median'] td:nth-child(3)").Folded());
        Assert.Equal(Dollars(cardiologists["A_PCT90"]), page.Find("#wage-table tr[data-row='90th percentile'] td").Folded());
        Assert.Contains("May 2025 publishes wages above the old top code as numbers", page.Find("#salary-heading").ParentElement!.Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legislators_NotInMay2025_KeepTheirAddressWithTheirMay2024FiguresLabelledSo()
    {
        var may2024 = Row(OfficialFiles.Oews2024, "OCC_CODE", "11-1031");
        Assert.DoesNotContain(Rows(OfficialFiles.Oews2025), r => r["OCC_CODE"] == "11-1031");

        var page = await client.GetDocumentAsync("/occupations/legislators");
        var api = await client.GetJsonAsync("/api/v1/occupations/legislators");
        var list = await client.GetDocumentAsync("/occupations?q=legislators");

        Assert.Contains("BLS no longer publishes this occupation", page.Find("#no-longer-published").Folded(), StringComparison.Ordinal);
        Assert.Equal(Dollars(may2024["A_MEDIAN"]), page.Find("#wage-table tr[data-row='Median'] td").Folded());
        Assert.Contains("BLS OEWS, May 2024", page.Find("#wage-table caption").Folded(), StringComparison.Ordinal);
        Assert.Equal(Count(may2024["TOT_EMP"]), Value(page, "outlook-table", "Jobs in May 2024"));
        var median = api.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "wages.annual.median");
        Assert.Equal("May 2024", median.GetProperty("figure").GetProperty("vintage").GetString());
        // Its change over a year is from May 2023 to May 2024, labelled so: its figures are May 2024's.
        var change = api.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "wages.annual.mean.change");
        Assert.Equal("Change in mean yearly wage since May 2023", change.GetProperty("label").GetString());
        Assert.Equal("May 2023 and May 2024", change.GetProperty("figure").GetProperty("vintage").GetString());
        using var ld = JsonDocument.Parse(page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).First(t => t.Contains("lastReviewed", StringComparison.Ordinal)));
        Assert.Contains("\"lastReviewed\":\"2025-04-02\"", ld.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("no longer published by BLS: pay and jobs of May 2024", list.Find("#occupation-list").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_History_MatchesTheRawFilesAndItsChartDrawsWhatItsTableSays()
    {
        var of2019 = Row("bls-oews/history/national_M2019_dl.from-xlsx.csv", "occ_code", "29-1141");
        var of2022 = Row("bls-oews/history/national_M2022_dl.from-xlsx.csv", "OCC_CODE", "29-1141");
        var of2025 = Row(OfficialFiles.Oews2025, "OCC_CODE", "29-1141");

        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        var rows = page.QuerySelectorAll("#history-table tbody tr");
        Assert.Equal(["2019", "2020", "2021", "2022", "2023", "2024", "2025"], rows.Select(r => r.GetAttribute("data-year")));
        Assert.Equal([Count(of2019["tot_emp"]), Dollars(of2019["a_pct10"]), Dollars(of2019["a_median"]), Dollars(of2019["a_mean"]), Dollars(of2019["a_pct90"])],
            rows[0].QuerySelectorAll("td").Select(c => c.Folded()));
        Assert.Contains("(hybrid code)", rows[0].Find("th").Folded(), StringComparison.Ordinal);
        Assert.DoesNotContain("hybrid", rows[2].Find("th").Folded(), StringComparison.Ordinal);
        Assert.Equal(Dollars(of2022["A_MEDIAN"]), rows[3].QuerySelectorAll("td")[2].Folded());
        Assert.Equal(Dollars(of2025["A_MEDIAN"]), rows[6].QuerySelectorAll("td")[2].Folded());
        var change = (double.Parse(of2025["A_MEDIAN"], CultureInfo.InvariantCulture) / double.Parse(of2019["a_median"], CultureInfo.InvariantCulture) - 1) * 100;
        Assert.Equal("+" + change.ToString("N1", CultureInfo.InvariantCulture) + "%", page.Find("#history-change tr td").Folded().Split(' ')[0]);
        Assert.Contains("Nominal dollars", page.Find("#history-note").Folded(), StringComparison.Ordinal);
        Assert.Contains("less useful for comparing two or more points in time", page.Find("#history-note").Folded(), StringComparison.Ordinal);

        // The chart draws one line of the medians, and its table holds the same numbers.
        using var chart = JsonDocument.Parse(page.Find("#history-chart-data").TextContent);
        var drawn = chart.RootElement.GetProperty("datasets")[0].GetProperty("data").EnumerateArray().Select(v => v.GetInt32()).ToList();
        Assert.Equal("line", chart.RootElement.GetProperty("datasets")[0].GetProperty("kind").GetString());
        Assert.Equal(int.Parse(of2019["a_median"], CultureInfo.InvariantCulture), drawn[0]);
        Assert.Equal(drawn.Select(v => Dollars(v.ToString(CultureInfo.InvariantCulture))),
            page.QuerySelectorAll("#history-chart-table tbody tr td").Select(c => c.Folded()));
    }

    [Fact]
    public async Task Compare_OverlaysTheHistories_AndSaysTheChangeSinceTheFirstYear()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers");

        using var chart = JsonDocument.Parse(page.Find("#history-chart-data").TextContent);
        var datasets = chart.RootElement.GetProperty("datasets");
        Assert.Equal(2, datasets.GetArrayLength());
        // Software developers' code (15-1252) starts in May 2021: May 2019 and 2020 used the hybrid 15-1256.
        Assert.Equal(JsonValueKind.Null, datasets[1].GetProperty("data")[0].ValueKind);
        Assert.Equal(JsonValueKind.Number, datasets[1].GetProperty("data")[2].ValueKind);
        // Their changes start in different years: the row names none, each value its own.
        var row = page.RowCells("salary-table", "Median pay change since its first year");
        Assert.StartsWith("+", row[0].VisibleText(), StringComparison.Ordinal);
        Assert.EndsWith("(since May 2019)", row[0].VisibleText(), StringComparison.Ordinal);
        Assert.EndsWith("(since May 2021)", row[1].VisibleText(), StringComparison.Ordinal);
    }

    internal static string Dollars(string raw) => "$" + double.Parse(raw.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

    internal static string Cents(string raw) => "$" + double.Parse(raw, CultureInfo.InvariantCulture).ToString("N2", CultureInfo.InvariantCulture);

    internal static string Count(string raw) => double.Parse(raw.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Profile_LinksRelatedOccupationsAsComparisons()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        var links = page.QuerySelectorAll("#compare-with a[href^='/compare/registered-nurses-vs-']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.InRange(links.Count, 3, 10);
        foreach (var link in links.Take(3))
        {
            var comparison = await client.GetDocumentAsync(link);
            Assert.StartsWith("Registered Nurses vs ", comparison.Find("h1").Folded(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EstimateProfile_PointsToTheNearestOfficialOccupation()
    {
        var page = await client.GetDocumentAsync("/occupations/patient-account-manager");

        var note = page.Find("#nearest-official");
        Assert.Equal("/occupations/medical-and-health-services-managers", note.Find("a").GetAttribute("href"));
        Assert.NotNull(note.QuerySelector("a[href='/compare/patient-account-manager-vs-medical-and-health-services-managers']"));
        Assert.Contains("not an official match", note.Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_EstimateWithOfficial_ShowsBothButNeverSubtractsThem()
    {
        var page = await client.GetDocumentAsync("/compare/patient-account-manager-vs-medical-and-health-services-managers");

        var salary = page.QuerySelectorAll("#overview-table tbody tr").First(r => r.Find("th").Folded() == "Yearly pay (average or mean)").QuerySelectorAll("td");
        Assert.Equal("$70,777", salary[0].VisibleText());
        Assert.Equal(Dollars(Row(OfficialFiles.Oews2025, "OCC_CODE", "11-9111")["A_MEAN"]), salary[1].VisibleText());
        Assert.Equal(2, salary.Length);
        Assert.Null(salary[1].CellDifference());
        Assert.Equal("Careers-site estimate", salary[0].Find(".cell-source").Folded());
        Assert.Equal("BLS OEWS", salary[1].Find(".cell-source").Folded());
        Assert.Empty(page.QuerySelectorAll(".higher-mark"));
        // Said once a table, not once a row.
        Assert.Equal(page.QuerySelectorAll(".compare-table").Length, page.QuerySelectorAll(".mixed-note").Length);
        // Rows that say the same thing share one row, each value with its source; none is empty for both.
        var growth = page.RowCells("overview-table", "Growth (rate or 2024–34 projection)");
        Assert.Equal("28%", growth[0].VisibleText());
        Assert.Equal("BLS Employment Projections", growth[1].Find(".cell-source").Folded());
        Assert.Equal("47", page.RowCells("demographics-table", "Age (average or median)")[0].VisibleText());
        Assert.DoesNotContain(page.QuerySelectorAll("#overview-table tbody th"), th => th.Folded() is "Growth rate" or "Projected growth, 2024–34" or "Median age");
        Assert.Contains("never subtracted", page.Find("#introduction").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_FourOfficialOccupations_HasAColumnEachAndLinksToRemoveOne()
    {
        const string four = "registered-nurses-vs-software-developers-vs-actors-vs-cardiologists";

        var page = await client.GetDocumentAsync($"/compare/{four}");

        Assert.Equal(["Registered Nurses", "Software Developers", "Actors", "Cardiologists"],
            page.QuerySelectorAll("#salary-table thead th[data-occupation]").Select(th => th.Folded()));
        Assert.Equal(5, page.QuerySelectorAll("#salary-table thead th").Length); // no difference columns
        var median = page.QuerySelectorAll("#salary-table tbody tr").First(r => r.Find("th").Folded() == "Median yearly wage").QuerySelectorAll("td");
        Assert.Equal("not published", median[2].Folded()); // actors: hourly wages only
        Assert.Equal(Dollars(Row(OfficialFiles.Oews2025, "OCC_CODE", "29-1212")["A_MEDIAN"]), median[3].VisibleText());
        Assert.Equal("▲ Highest", median[3].Find(".higher-mark").Folded());
        Assert.Null(median[1].QuerySelector(".higher-mark"));
        Assert.Equal("/compare/software-developers-vs-actors-vs-cardiologists",
            page.Find("#overview-table th[data-occupation=registered-nurses] .remove-occupation").GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#outlook-table"));
        using var chart = JsonDocument.Parse(page.Find("#salary-chart-data").TextContent);
        Assert.Equal(JsonValueKind.Null, chart.RootElement.GetProperty("datasets")[0].GetProperty("data")[2].ValueKind);
        // The median of all occupations drawn last, for reference, and in the chart's table.
        Assert.Equal("All occupations (median, for reference)", chart.RootElement.GetProperty("labels")[4].GetString());
        Assert.Equal(50980, chart.RootElement.GetProperty("datasets")[2].GetProperty("data")[4].GetInt32());
        Assert.Contains("All occupations (median, for reference) — — $50,980 — —", page.QuerySelectorAll("#salary-chart-table tbody tr").Select(r => r.RowText(HtmlHelpers.VisibleText)));
        Assert.Contains("Actors are paid by the hour (median $29.05), so BLS publishes no yearly figure.", page.Find("[data-answer=pay]").Folded(), StringComparison.Ordinal);
        Assert.Equal("What do Actors do?", page.Find(".description[data-occupation=actors] h3").Folded());
    }

    [Fact]
    public async Task Compare_OccupationsONetHasNotRated_GetASentenceNotAColumnOfDashes()
    {
        // O*NET 29.3 rates the skills of neither Software Developers nor Cardiologists, and has no education
        // distribution for Software Developers.
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists");

        Assert.Equal(["Registered Nurses", "Actors"], page.QuerySelectorAll("#skills-table thead th[data-occupation]").Select(th => th.VisibleText()));
        Assert.DoesNotContain(page.QuerySelectorAll("#skills-table tbody td"), td => td.QuerySelector(".unknown") is not null);
        var summary = page.Find("#skills-summary").Folded();
        Assert.Contains("O*NET has not rated the skills of Software Developers yet", summary, StringComparison.Ordinal);
        Assert.Contains("O*NET has not rated the skills of Cardiologists yet", summary, StringComparison.Ordinal);
        using var skills = JsonDocument.Parse(page.Find("#skills-chart-data").TextContent);
        Assert.Equal(["Registered Nurses", "Actors"], skills.RootElement.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()));
        Assert.StartsWith("O*NET has not yet asked workers what education Software Developers", page.Find("#education-not-rated").Folded(), StringComparison.Ordinal);
        using var education = JsonDocument.Parse(page.Find("#education-chart-data").TextContent);
        Assert.DoesNotContain("Software Developers", education.RootElement.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()));

        // None rated: the section is the sentences alone.
        var none = await client.GetDocumentAsync("/compare/software-developers-vs-cardiologists");
        Assert.Null(none.QuerySelector("#skills-table"));
        Assert.Null(none.QuerySelector("#skills-chart"));
    }

    [Fact]
    public async Task Compare_WithheldSurveyFigures_ReadNotPublished()
    {
        var page = await client.GetDocumentAsync("/compare/marriage-and-family-therapists-vs-registered-nurses");

        var women = page.QuerySelectorAll("#demographics-table tbody tr").First(r => r.Find("th").Folded() == "Women").QuerySelectorAll("td");
        Assert.Equal("not published", women[0].Folded());
        Assert.EndsWith("%", women[1].VisibleText(), StringComparison.Ordinal);
        Assert.Null(women[1].CellDifference()); // nothing to subtract
    }

    [Fact]
    public async Task Profile_HourlyOnlyOccupation_DrawsTheHourlyDistribution()
    {
        var page = await client.GetDocumentAsync("/occupations/actors");

        Assert.Equal("Where hourly pay lies", page.Find("#salary-chart-title").Folded());
        using var chart = JsonDocument.Parse(page.Find("#salary-chart-data").TextContent);
        Assert.Equal("hourly", chart.RootElement.GetProperty("unit").GetString());
        Assert.Equal(2905, chart.RootElement.GetProperty("datasets")[2].GetProperty("data")[0].GetInt32()); // median $29.05 (May 2025), in cents
    }

    [Fact]
    public async Task Profile_EducationDistributionKeepsImpreciseSharesAndAddsUp()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        var shares = page.QuerySelectorAll("#education-chart-table tbody td")
            .Select(c => double.Parse(c.Folded().Replace(" (low reliability)", string.Empty, StringComparison.Ordinal).TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(shares.Sum(), 99, 101);
        Assert.Equal("Bachelor's Degree (56%, low reliability)", Value(page, "education-table", "Education most often required (O*NET)"));
    }

    [Theory]
    [InlineData("/compare?a=registered-nurses", 200, "Registered Nurses")]
    [InlineData("/compare?a=nurse+aide&b=Registered+Nurses", 302, null)]
    public async Task ComparePicker_TakesAProfileLinkAndOtherNamesForTheJob(string url, int status, string? firstBox)
    {
        using var noRedirects = factory.CreateClientWithoutRedirects();

        var response = await noRedirects.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, (int)response.StatusCode);
        if (firstBox is not null)
        {
            Assert.Equal(firstBox, (await response.GetDocumentAsync()).Find("#compare-a").GetAttribute("value"));
        }
        else
        {
            Assert.Equal("/compare/nursing-assistants-vs-registered-nurses", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task ComparePicker_AmbiguousText_OffersMatches()
    {
        var page = await client.GetDocumentAsync("/compare?a=nurs&b=Actors", 400);

        Assert.StartsWith("\"nurs\" is not one occupation. Did you mean ", page.Find("#picker-error").Folded(), StringComparison.Ordinal);
        Assert.Contains("Nurse Practitioners", page.Find("#picker-error").Folded(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nurse", "registered-nurses")]
    [InlineData("software", "software-developers")]
    [InlineData("acto", "actors")]
    [InlineData("account manager", null)]
    public async Task Search_FindsTitlesAndOtherNames(string text, string? expected)
    {
        var page = await client.GetDocumentAsync($"/occupations?q={Uri.EscapeDataString(text)}");

        var slugs = page.QuerySelectorAll("#occupation-list tbody tr").Select(r => r.GetAttribute("data-slug")).ToList();
        Assert.NotEmpty(slugs);
        if (expected is not null)
        {
            Assert.Contains(expected, slugs.Take(5)); // a title match ranks near the top
        }
        else
        {
            // No title says "account manager": the matches come from O*NET's other names for the job.
            Assert.Contains("patient-account-manager", slugs);
            Assert.True(slugs.Count > 1);
        }
    }

    [Fact]
    public async Task Suggest_ReturnsWhatPeopleMeanFirst_AndSaysWhichOtherNameMatched()
    {
        var response = await client.GetAsync(new Uri("/occupations/suggest?q=nurse", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var titles = json.RootElement.EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
        Assert.Equal("Registered Nurses", titles[0]);
        Assert.Contains("Nurse Practitioners", titles);
        Assert.Equal("/occupations/" + json.RootElement[0].GetProperty("slug").GetString(), json.RootElement[0].GetProperty("url").GetString());

        using var other = JsonDocument.Parse(await client.GetStringAsync(new Uri("/occupations/suggest?q=cna", UriKind.Relative)));
        Assert.Equal("CNA", other.RootElement[0].GetProperty("alsoCalled").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    public async Task Suggest_WithoutText_Returns400ProblemDetails(string query)
    {
        var response = await client.GetAsync(new Uri($"/occupations/suggest?{query}", UriKind.Relative));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_FiltersOnTheMedianWhenAskedAndSaysHowTopCodedMediansCount()
    {
        var page = await client.GetDocumentAsync("/occupations?basis=median&min=239200&sort=median-desc");

        var rows = page.QuerySelectorAll("#occupation-list tbody tr");
        // May 2025 publishes these medians as numbers: the occupations at $239,200 or above, by the raw file.
        var expected = Rows(OfficialFiles.Oews2025).Count(r => r["O_GROUP"] == "detailed" && double.TryParse(r["A_MEDIAN"], CultureInfo.InvariantCulture, out var m) && m >= 239_200);
        Assert.Equal(expected, rows.Length);
        Assert.All(rows, r => Assert.True(int.Parse(r.Find("[data-field=median]").Folded().TrimStart('$').Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 239_200));
        Assert.Null(page.QuerySelector("#top-coded-note"));
        Assert.Contains("median yearly wage", page.Find("#salary-help").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_PagesAndSortsOverTheWholeCatalogue()
    {
        var first = await client.GetDocumentAsync("/occupations?sort=salary-desc");
        var second = await client.GetDocumentAsync("/occupations?sort=salary-desc&page=2");

        static List<int> Salaries(AngleSharp.Html.Dom.IHtmlDocument d) => d.QuerySelectorAll("#occupation-list [data-field=salary]")
            .Select(c => int.Parse(c.Folded().TrimStart('$'), NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        var salaries = Salaries(first).Concat(Salaries(second)).ToList();
        Assert.Equal(40, salaries.Count);
        Assert.Equal(salaries.OrderByDescending(s => s), salaries);
        Assert.Equal("833 occupations · page 1 of 42.", first.Find("#result-count").Folded());
    }

    [Fact]
    public async Task List_WithheldWagesReadNotPublished()
    {
        var page = await client.GetDocumentAsync("/occupations?q=actors&sort=title");

        var actors = page.Find("#occupation-list tr[data-slug=actors]");
        Assert.Equal("not published", actors.Find("[data-field=median]").Folded());
        Assert.Equal("not published", actors.Find("[data-field=salary]").Folded());
    }

    [Fact]
    public async Task List_BrowsesOneCategory()
    {
        var page = await client.GetDocumentAsync("/occupations?category=Healthcare");

        Assert.Matches(@"^\d+ occupations match", page.Find("#result-count").Folded());
        Assert.All(page.QuerySelectorAll("#occupation-list tbody th .small"), c => Assert.StartsWith("Healthcare ·", c.Folded(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Footer_CarriesTheOnetAttribution()
    {
        var page = await client.GetDocumentAsync("/");

        Assert.Equal("This site incorporates information from O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training "
            + "Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.", page.Find("#onet-attribution").Folded());
    }

    private static string Value(AngleSharp.Dom.IDocument page, string table, string label) =>
        page.QuerySelectorAll($"#{table} tbody tr").First(r => r.QuerySelector("th")?.Folded() == label).Find("td").VisibleText();

    private static string Thousands(string value) =>
        (double.Parse(value, CultureInfo.InvariantCulture) * 1000).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A row of a seed-data CSV, read with the framework's own parser (not the importer's).</summary>
    internal static List<Dictionary<string, string>> Rows(string file)
    {
        using var parser = new TextFieldParser(Path.Combine(SeedDocument.SeedDataDirectory, file)) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.Select(h => h.TrimStart('\uFEFF')).ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            rows.Add(header.Zip(parser.ReadFields()!).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }

    internal static Dictionary<string, string> Row(string file, string keyColumn, string key)
    {
        using var parser = new TextFieldParser(Path.Combine(SeedDocument.SeedDataDirectory, file)) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.Select(h => h.TrimStart('\uFEFF')).ToArray();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            if (fields[Array.IndexOf(header, keyColumn)] == key)
            {
                return header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
            }
        }

        throw new Xunit.Sdk.XunitException($"{file} has no row {key}");
    }
}
