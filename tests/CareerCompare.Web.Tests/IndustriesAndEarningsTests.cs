using System.Globalization;
using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Pay by industry sector (BLS OEWS May 2024) and the pay of men and women (CPS Table 39, 2025), imported from the
/// extract of the real files (TestData/README.md): the markers, the reliability rule of the best-paying industry, the
/// profile, the comparison, its short answer, the API and the CSV.
/// </summary>
public sealed class IndustriesAndEarningsTests(OfficialFigureTests.ExtractFactory factory) : IClassFixture<OfficialFigureTests.ExtractFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static Dictionary<string, JsonElement> Figures(JsonElement occupation) => occupation.GetProperty("figures").EnumerateArray()
        .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("figure"));

    [Fact]
    public async Task Profile_Industries_KeepTheMarkersAndNameTheBestPayingSectorByTheRule()
    {
        // 11-9111 in May 2024: Information (51) has "**" jobs and error, a median of 149,040; Arts (71) pays 154,500 on 90
        // jobs, above Retail's 154,390 but under the 1,000-job rule; Manufacturing (31-33) pays 205,580 on 2,220 jobs.
        var page = await client.GetDocumentAsync("/occupations/medical-and-health-services-managers");
        var figures = Figures(await client.GetJsonAsync("/api/v1/occupations/medical-and-health-services-managers"));

        var information = page.Find("#industries-table tr[data-naics='51']").QuerySelectorAll("td").Select(c => c.Folded()).ToList();
        Assert.Equal(["$149,040", "not published", "No: jobs not published", "$192,800", "not published"], information);
        Assert.Equal("No: fewer than 1,000 jobs", page.Find("#industries-table tr[data-naics='71'] td:nth-child(4)").Folded());
        Assert.Equal("Yes: best-paying", page.Find("#industries-table tr[data-naics='31-33'] td:nth-child(4)").Folded());
        // Most of its jobs are in Health Care (445,150), said beside the best-paying sector.
        Assert.Contains("Most jobs are in Health Care and Social Assistance (445,150, median $108,040).", page.Find("#industries-best").Folded(), StringComparison.Ordinal);
        Assert.Equal("31-33", page.QuerySelectorAll("#industries-table tbody tr")[0].GetAttribute("data-naics"));
        Assert.StartsWith("Best-paying industry: Manufacturing, a median of $205,580 (2,220 jobs), the highest median among the 11 sectors with at least 1,000 jobs",
            page.Find("#industries-best").Folded(), StringComparison.Ordinal);
        Assert.Contains("BLS OEWS industry-sector estimates, May 2024, the newest figures by industry this site holds: older than the national figures above (BLS OEWS, May 2025)",
            page.Find("#industries-note").Folded(), StringComparison.Ordinal);

        Assert.Equal("Manufacturing", figures["industries.best"].GetProperty("text").GetString());
        Assert.Equal("May 2024", figures["industries.best"].GetProperty("vintage").GetString());
        Assert.Equal(205_580, figures["industries.best.annual.median"].GetProperty("value").GetInt32());
        Assert.Equal("not-published", figures["industries.jobs.51"].GetProperty("status").GetString());
        Assert.Equal(149_040, figures["industries.annual.median.51"].GetProperty("value").GetInt32());
        Assert.Equal(7.6, figures["industries.jobs.error.31-33"].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Industries_TopCodedAndHourlyOnly_AreSaidAsSuch()
    {
        // Anesthesiologists: Health Care (62) "#" on 40,890 jobs ranks above Education's published 217,170 (680 jobs, not ranked).
        var anesthesiologists = Figures(await client.GetJsonAsync("/api/v1/occupations/anesthesiologists"));
        Assert.Equal("Health Care and Social Assistance", anesthesiologists["industries.best"].GetProperty("text").GetString());
        Assert.Equal(("top-coded", "$239,200 or more"), (anesthesiologists["industries.best.annual.median"].GetProperty("status").GetString(),
            anesthesiologists["industries.best.annual.median"].GetProperty("text").GetString()));

        // Actors are paid by the hour: sectors by the hourly median; Arts (71) has "*" for every wage, so it is not ranked.
        var page = await client.GetDocumentAsync("/occupations/actors");
        var actors = Figures(await client.GetJsonAsync("/api/v1/occupations/actors"));
        Assert.Equal("Professional, Scientific, and Technical Services", actors["industries.best"].GetProperty("text").GetString());
        Assert.Equal(29.44, actors["industries.best.hourly.median"].GetProperty("value").GetDouble());
        Assert.False(actors.ContainsKey("industries.best.annual.median"));
        Assert.Equal("not-published", actors["industries.hourly.median.71"].GetProperty("status").GetString());
        Assert.Equal(["not published", "16,460", "No: median not published", "not published", "10.3%"],
            page.Find("#industries-table tr[data-naics='71']").QuerySelectorAll("td").Select(c => c.Folded()));
        Assert.Contains("a median of $29.44 an hour", page.Find("#industries-best").Folded(), StringComparison.Ordinal);
        // The sector that meets the rule but has no median is said, not silently left out of the count.
        Assert.Contains("the highest median among the 3 sectors with at least 1,000 jobs and a relative standard error of the employment estimate under 25% and a published median. "
            + "BLS does not publish the median in Arts, Entertainment, and Recreation (16,460 jobs), so it is not ranked.", page.Find("#industries-best").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EarningsBySex_PublishedWithheldAndShared()
    {
        // Table 39: "Registered nurses" 1,563 / men 1,900 / women 1,517; "Legislators" – throughout; "Postsecondary teachers" shared.
        var nurses = Figures(await client.GetJsonAsync("/api/v1/occupations/registered-nurses"));
        Assert.Equal((1_563, 1_900, 1_517), (nurses["earnings.weekly.median"].GetProperty("value").GetInt32(),
            nurses["earnings.weekly.men"].GetProperty("value").GetInt32(), nurses["earnings.weekly.women"].GetProperty("value").GetInt32()));
        Assert.Equal(79.8, nurses["earnings.weekly.womenShareOfMen"].GetProperty("value").GetDouble(), 1);
        Assert.Equal("2025 annual averages", nurses["earnings.weekly.women"].GetProperty("vintage").GetString());

        var page = await client.GetDocumentAsync("/occupations/legislators");
        Assert.Equal(["not published", "not published", "not published", "not published"],
            page.QuerySelectorAll("#earnings-table td").Select(c => c.Folded()));
        // Its national figures are May 2024's too: the industry note does not call them newer.
        Assert.StartsWith("Best-paying industry: Government, except state and local schools and hospitals and the Postal Service, a median of $44,810 (26,510 jobs), the only sector with",
            page.Find("#industries-best").Folded(), StringComparison.Ordinal);
        Assert.DoesNotContain("older than the national figures", page.Find("#industries-note").Folded(), StringComparison.Ordinal);
        var legislators = Figures(await client.GetJsonAsync("/api/v1/occupations/legislators"));
        Assert.Equal("not-published", legislators["earnings.weekly.womenShareOfMen"].GetProperty("status").GetString());

        var teachers = await client.GetDocumentAsync("/occupations/business-teachers-postsecondary");
        Assert.Contains("(row “Postsecondary teachers”, a broader group than this occupation)", teachers.Find("#earnings-note").Folded(), StringComparison.Ordinal);
        Assert.Equal("$1,739", teachers.Find("#earnings-table tr[data-key='earnings.weekly.women'] td").Folded());
    }

    [Fact]
    public async Task SeedComparison_SaysTheOfficialBestPayingIndustryUnderTheTableNotInIt()
    {
        var page = await client.GetDocumentAsync("/compare/patient-relations-director-vs-patient-account-manager");

        var rows = page.QuerySelectorAll("#salary-table tbody tr").ToList();
        Assert.Contains(rows, r => r.Find("th").Folded() == "Best paying industry");
        // The careers site's table holds its own estimates only; the nearest official occupation's sector is a sentence below it.
        Assert.DoesNotContain("Manufacturing", page.Find("#salary-table").Folded(), StringComparison.Ordinal);
        var note = page.Find(".counterpart-industry").Folded();
        Assert.Contains("Medical and Health Services Managers, the best-paying industry sector is Manufacturing: median $205,580 (2,220 jobs); most of their jobs (445,150) are in "
            + "Health Care and Social Assistance (median $108,040)", note, StringComparison.Ordinal);
        Assert.Contains("BLS OEWS industry-sector estimates, May 2024", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_RowsShortAnswerAndCsv_SayIndustriesAndThePayOfMenAndWomen()
    {
        const string pair = "registered-nurses-vs-medical-and-health-services-managers-vs-actors";
        var page = await client.GetDocumentAsync($"/compare/{pair}");

        // One row names each best-paying sector with its median; hourly-only actors say so.
        var best = page.QuerySelectorAll("#salary-table tbody tr").First(r => r.Find("th").Folded() == "Best-paying industry (May 2024)");
        var cells = best.QuerySelectorAll("td").Select(c => c.VisibleText()).ToList();
        Assert.Equal("Manufacturing: median $205,580 (2,220 jobs)", cells[1]);
        Assert.Equal("Professional, Scientific, and Technical Services: median $29.44 an hour (7,670 jobs)", cells[2]);

        var industry = page.Find("dd[data-answer='industry']").Folded();
        Assert.Contains("Medical and Health Services Managers in Manufacturing (median $205,580)", industry, StringComparison.Ordinal);
        Assert.Contains("Actors in Professional, Scientific, and Technical Services (median $29.44 an hour)", industry, StringComparison.Ordinal);
        Assert.Equal("medical-and-health-services-managers", page.Find("dd[data-answer='industry']").GetAttribute("data-leader"));

        var sexes = page.Find("dd[data-answer='men-women']").Folded();
        Assert.StartsWith("Among Registered Nurses, women working full time earn 79.8% of what men earn ($1,517 a week against $1,900), against 77.3% among Medical and Health Services Managers.", sexes, StringComparison.Ordinal);
        Assert.Contains("BLS does not publish men's and women's medians for Actors", sexes, StringComparison.Ordinal);
        var share = page.QuerySelectorAll("#demographics-table tbody tr").First(r => r.Find("th").Folded() == "Women's median as a share of men's");
        var shares = share.QuerySelectorAll("td").Select(c => c.VisibleText()).ToList();
        Assert.StartsWith("79.8%", shares[0], StringComparison.Ordinal);
        Assert.StartsWith("77.3%", shares[1], StringComparison.Ordinal);
        Assert.StartsWith("not published", shares[2], StringComparison.Ordinal);

        var response = await client.GetAsync(new Uri($"/api/v1/compare/{pair}.csv", UriKind.Relative));
        var records = DataHelpers.Records(await DataHelpers.ReadCsvAsync(response));
        var bestCsv = records.Single(r => r["figure_key"] == "industries.best" && r["occupation_slug"] == "medical-and-health-services-managers");
        Assert.Equal(("Manufacturing", "BLS OEWS industry-sector estimates", "May 2024"), (bestCsv["text"], bestCsv["source"], bestCsv["vintage"]));
        var women = records.Single(r => r["figure_key"] == "earnings.weekly.women" && r["occupation_slug"] == "registered-nurses");
        Assert.Equal(("1517", "USD per week", "BLS Current Population Survey, Table 39", "2025 annual averages"), (women["value"], women["unit"], women["source"], women["vintage"]));
        var withheld = records.Single(r => r["figure_key"] == "earnings.weekly.womenShareOfMen" && r["occupation_slug"] == "actors");
        Assert.Equal("not-published", withheld["status"]);
    }
}

/// <summary>The industry and earnings figures of the full catalogue against the raw seed-data files, read with the framework's own CSV parser.</summary>
public sealed class IndustriesAndEarningsRawFileTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("15-1252", "software-developers")]
    [InlineData("29-1141", "registered-nurses")]
    [InlineData("11-9111", "medical-and-health-services-managers")]
    [InlineData("53-2011", "airline-pilots-copilots-and-flight-engineers")]
    public async Task BestPayingIndustry_IsTheRawFilesHighestRankedMedian(string code, string slug)
    {
        var sectors = OfficialCatalogueTests.Rows("bls-oews/natsector_M2024_dl.from-xlsx.csv").Where(r => r["OCC_CODE"] == code).ToList();
        var ranked = sectors.Where(r => double.TryParse(r["TOT_EMP"], CultureInfo.InvariantCulture, out var jobs) && jobs >= 1000
                && double.TryParse(r["EMP_PRSE"], CultureInfo.InvariantCulture, out var error) && error < 25 && r["A_MEDIAN"] != "*").ToList();
        // A "#" median is at or above the top code, above every published one.
        var best = ranked.OrderByDescending(r => r["A_MEDIAN"] == "#" ? double.MaxValue : double.Parse(r["A_MEDIAN"], CultureInfo.InvariantCulture)).First();

        var figures = (await client.GetJsonAsync($"/api/v1/occupations/{slug}")).GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("figure"));

        Assert.Equal(best["NAICS_TITLE"], figures["industries.best"].GetProperty("text").GetString());
        if (best["A_MEDIAN"] != "#")
        {
            Assert.Equal(double.Parse(best["A_MEDIAN"], CultureInfo.InvariantCulture), figures["industries.best.annual.median"].GetProperty("value").GetDouble());
        }

        Assert.Equal(sectors.Count, figures.Keys.Count(k => k.StartsWith("industries.jobs.", StringComparison.Ordinal) && !k.StartsWith("industries.jobs.error.", StringComparison.Ordinal)));
        var page = await client.GetDocumentAsync($"/occupations/{slug}");
        Assert.Equal(sectors.Count, page.QuerySelectorAll("#industries-table tbody tr").Length);
    }

    [Theory]
    [InlineData("registered-nurses", "Registered nurses")]
    [InlineData("software-developers", "Software developers")]
    [InlineData("medical-and-health-services-managers", "Medical and health services managers")]
    public async Task EarningsBySex_AreTable39sRow(string slug, string title)
    {
        using var parser = new TextFieldParser(Path.Combine(SeedDocument.SeedDataDirectory, "bls-cps/cpsaat39_2025.from-xlsx.csv")) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        string[]? row = null;
        while (!parser.EndOfData && row is null)
        {
            var fields = parser.ReadFields()!;
            row = fields[0] == title ? fields : null;
        }

        Assert.NotNull(row);
        var figures = (await client.GetJsonAsync($"/api/v1/occupations/{slug}")).GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("figure"));
        Assert.Equal(int.Parse(row[2], CultureInfo.InvariantCulture), figures["earnings.weekly.median"].GetProperty("value").GetInt32());
        Assert.Equal(int.Parse(row[4], CultureInfo.InvariantCulture), figures["earnings.weekly.men"].GetProperty("value").GetInt32());
        Assert.Equal(int.Parse(row[6], CultureInfo.InvariantCulture), figures["earnings.weekly.women"].GetProperty("value").GetInt32());
        Assert.Equal(Math.Round(double.Parse(row[6], CultureInfo.InvariantCulture) * 100 / double.Parse(row[4], CultureInfo.InvariantCulture), 1),
            Math.Round(figures["earnings.weekly.womenShareOfMen"].GetProperty("value").GetDouble(), 1));
    }
}
