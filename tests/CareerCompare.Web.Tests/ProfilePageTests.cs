using System.Text.Json;
using AngleSharp.Dom;
using CareerCompare.Web.Tests.Infrastructure;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

public sealed class ProfilePageTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData(Director, "overview-table", "Average yearly salary", "$94,921")]
    [InlineData(Director, "overview-table", "Hourly rate", "$45.64")]
    [InlineData(Director, "overview-table", "Growth rate", "28%")]
    [InlineData(Director, "overview-table", "Number of jobs", "91,308")]
    [InlineData(Director, "overview-table", "Most common degree", "Bachelor's Degree, 55%")]
    [InlineData(Director, "overview-table", "Average age", "47")]
    [InlineData(Director, "overview-table", "Years of experience", "6")]
    [InlineData(Director, "overview-table", "Years to become one", "4-6 years")]
    [InlineData(Director, "salary-table", "Salary range", "$61,000 – $145,000")]
    [InlineData(Director, "salary-table", "Highest paying city", "North Las Vegas, NV")]
    [InlineData(Director, "salary-table", "Highest paying state", "Nevada")]
    [InlineData(Director, "salary-table", "Best paying company", "AstraZeneca")]
    [InlineData(Director, "salary-table", "Best paying industry", "Health Care")]
    [InlineData(Director, "education-table", "Most common major", "Nursing")]
    [InlineData(Director, "education-table", "Most common college", "University of Pennsylvania")]
    [InlineData(Director, "demographics-table", "Male", "25.0%")]
    [InlineData(Director, "demographics-table", "Female", "75.0%")]
    [InlineData(Director, "demographics-table", "Hispanic or Latino", "15.1%")]
    [InlineData(Director, "demographics-table", "LGBT percentage", "12%")]
    [InlineData(Manager, "overview-table", "Average yearly salary", "$70,777")]
    [InlineData(Manager, "overview-table", "Hourly rate", "$34.03")]
    [InlineData(Manager, "overview-table", "Number of jobs", "152,009")]
    [InlineData(Manager, "salary-table", "Salary range", "$42,000 – $117,000")]
    [InlineData(Manager, "education-table", "Most common major", "Business")]
    [InlineData(Manager, "demographics-table", "Female", "79.8%")]
    [InlineData(Manager, "demographics-table", "Black or African American", "11.9%")]
    [InlineData(Manager, "demographics-table", "White", "61.1%")]
    public async Task Get_Profile_ShowsItsOwnFigures(string slug, string table, string row, string expected)
    {
        var document = await client.GetDocumentAsync($"/occupations/{slug}");

        Assert.Equal(expected, Value(document, table, row).VisibleText());
    }

    [Theory]
    [InlineData(Director, "overview-table", "Job satisfaction")]
    [InlineData(Manager, "overview-table", "Job satisfaction")]
    [InlineData(Manager, "salary-table", "Highest paying city")]
    [InlineData(Manager, "salary-table", "Highest paying state")]
    [InlineData(Manager, "salary-table", "Best paying company")]
    [InlineData(Manager, "salary-table", "Best paying industry")]
    public async Task Get_Profile_ShowsADashWhereTheDocumentHasADash(string slug, string table, string row)
    {
        var document = await client.GetDocumentAsync($"/occupations/{slug}");

        var cell = Value(document, table, row);

        Assert.Equal("—", cell.VisibleText());
        Assert.Equal("unknown", cell.Find(".visually-hidden").TextContent);
    }

    [Fact]
    public async Task Get_Profile_ListsResponsibilitiesAndSkillsInTheDocumentsOrder()
    {
        var document = await client.GetDocumentAsync($"/occupations/{Manager}");

        Assert.Equal(ManagerResponsibilities, document.QuerySelectorAll("#responsibilities li").Select(li => li.Folded()));
        // The skills are the chart's table (no list repeating it before the chart).
        Assert.Equal(ManagerSkills.Select(s => $"{s.Skill} {s.Share}"), document.QuerySelectorAll("#skills-chart-table tbody tr").Select(r => r.RowText(HtmlHelpers.VisibleText)));
        Assert.Null(document.QuerySelector("#skills li"));
    }

    [Fact]
    public async Task Get_Profile_SaysWhereItsFiguresComeFrom()
    {
        var document = await client.GetDocumentAsync($"/occupations/{Director}");

        Assert.Equal("Patient relations director", document.Find("h1").Folded());
        Assert.Equal("Source: careers-site estimates (Zippia), page “Patient relations director vs patient account manager”, transcribed figure "
            + "for figure (the page dates none of them).", document.Find("#source-note").Folded());
        Assert.Contains("Executive management", document.Find("main").Folded(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Director)]
    [InlineData(Manager)]
    public async Task Get_EstimateProfile_PointsToTheOfficialCounterpartWithAReadyComparison(string slug)
    {
        var document = await client.GetDocumentAsync($"/occupations/{slug}");

        var note = document.Find("#nearest-official");
        var official = await client.GetDocumentAsync(note.Find("a[href^='/occupations/']").GetAttribute("href")!);
        var comparison = await client.GetDocumentAsync(document.Find("#compare-official").GetAttribute("href")!);

        Assert.StartsWith("These figures are careers-site estimates (Zippia).", note.Folded(), StringComparison.Ordinal);
        Assert.Contains("Medical and Health Services Managers (SOC 11-9111; our judgement, not an official match)", note.Folded(), StringComparison.Ordinal);
        Assert.Equal("Medical and Health Services Managers", official.Find("h1").Folded());
        Assert.Equal("11-9111", official.RowCells("codes-table", "SOC code (2018)")[0].Folded());
        Assert.Equal($"/compare/{slug}-vs-medical-and-health-services-managers", document.Find("#compare-official").GetAttribute("href"));
        Assert.EndsWith("vs Medical and Health Services Managers", comparison.Find("h1").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Profile_HasChartsWithSummariesAndTables()
    {
        var document = await client.GetDocumentAsync($"/occupations/{Director}");

        Assert.Equal(["salary-chart", "gender-chart", "race-chart", "skills-chart"], document.QuerySelectorAll("canvas[role=img]").Select(c => c.Id));
        Assert.Equal("Salary range and average salary", document.Find("#salary-chart-title").Folded());
        Assert.Equal("Average $94,921 a year; salaries range from $61,000 to $145,000.", document.Find("#salary-chart-summary").Folded());
        Assert.Equal("Patients 21%", document.QuerySelectorAll("#skills-chart-table tbody tr")[0].RowText());
        Assert.StartsWith("/lib/chart.js/chart.umd.min.", document.ChartLibrary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Profile_LinksToComparisonsWithOtherOccupations()
    {
        var document = await client.GetDocumentAsync($"/occupations/{Director}");

        Assert.Equal($"/compare?a={Director}", document.Find("a.btn-primary[href^='/compare']").GetAttribute("href"));
        Assert.Equal($"/compare/{Director}-vs-{Manager}", document.QuerySelectorAll("#compare-with a[href^='/compare/']")[0].GetAttribute("href"));
    }

    // One occupation per band, with its 2024–34 change as the projections table prints it.
    [Theory]
    [InlineData("information-security-analysts", "+28.5%", "much faster than average")]
    [InlineData("accountants-and-auditors", "+4.6%", "faster than average")]
    [InlineData("lawyers", "+4.1%", "as fast as average")]
    [InlineData("graphic-designers", "+2.1%", "slower than average")]
    [InlineData("paralegals-and-legal-assistants", "+0.2%", "little or no change")]
    [InlineData("news-analysts-reporters-and-journalists", "−3.9%", "decline")]
    public async Task Get_OfficialProfile_WordsItsProjectedGrowthAsBlsDoes(string slug, string growth, string words)
    {
        var document = await client.GetDocumentAsync($"/occupations/{slug}");
        var json = await client.GetJsonAsync($"/api/v1/occupations/{slug}");

        var cell = Value(document, "outlook-table", "Projected growth, 2024–34");
        var figures = json.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("figure"));

        Assert.Equal($"{growth}, {words}", cell.VisibleText());
        Assert.Equal(words, cell.Find(".outlook").Folded());
        Assert.Equal(words, figures["projections.outlook"].GetProperty("text").GetString());
        Assert.Equal(growth.Replace("−", "-", StringComparison.Ordinal).TrimStart('+').TrimEnd('%'),
            figures["projections.changePercent"].GetProperty("value").GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("for all occupations (+3.1% over 2024–34)", document.Find("#outlook-words").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OfficialProfile_SpeaksOneVocabulary()
    {
        var document = await client.GetDocumentAsync("/occupations/registered-nurses");
        var json = await client.GetJsonAsync("/api/v1/occupations/registered-nurses");
        var figures = json.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f);

        // The median before the mean wherever both are named, as BLS gives them.
        var labels = document.QuerySelectorAll("main th[scope=row]").Select(th => th.Folded()).ToList();
        Assert.True(labels.FindIndex(l => l.StartsWith("Median", StringComparison.Ordinal)) < labels.FindIndex(l => l.StartsWith("Mean", StringComparison.Ordinal)));
        Assert.True(labels.IndexOf("Change in median yearly wage since May 2024") < labels.IndexOf("Change in mean yearly wage since May 2024"));

        // One number of jobs (OEWS); the projections' own 2024 count only in the projections, labelled as such.
        var jobs = figures["jobs.employment"].GetProperty("figure").GetProperty("text").GetString()!;
        var baseYear = figures["projections.employment2024"].GetProperty("figure").GetProperty("text").GetString()!;
        var projections = document.Find("#projections");
        var main = document.Find("main");
        Assert.Equal("3,379,720", jobs);
        Assert.Equal("3,391,000", baseYear);
        Assert.Equal(main.TextContent.Split(baseYear).Length - 1, projections.TextContent.Split(baseYear).Length - 1);
        Assert.Equal(baseYear, Value(document, "outlook-table", figures["projections.employment2024"].GetProperty("label").GetString()!).VisibleText());
        Assert.Contains("self-employed", document.Find("#projections-base").Folded(), StringComparison.Ordinal);
        Assert.Equal(jobs, Value(document, "outlook-table", "Jobs in May 2025").VisibleText());

        // The same label as the API gives, and "—" and "not published" explained once.
        Assert.Contains(figures["wages.annual.median"].GetProperty("label").GetString(), labels);
        Assert.Single(document.QuerySelectorAll("#figure-legend"));
        Assert.DoesNotContain("“not published” marks", main.Folded(), StringComparison.Ordinal);
    }

    // An ordinary occupation, one paid by the hour only (no yearly wages) and one whose median is top-coded.
    [Theory]
    [InlineData("registered-nurses")]
    [InlineData("actors")]
    [InlineData("anesthesiologists")]
    public async Task Get_OfficialProfile_LeadsWithQuickFacts_TheFiguresFurtherDownWithTheirSources(string slug)
    {
        var document = await client.GetDocumentAsync($"/occupations/{slug}");
        var json = await client.GetJsonAsync($"/api/v1/occupations/{slug}");

        var facts = document.QuerySelectorAll("#quick-facts tbody tr").ToDictionary(r => r.GetAttribute("data-key")!);
        string Fact(string key) => facts[key].Find(".fact-value").VisibleText();
        var median = document.Find("#wage-table tr[data-row='Median']").QuerySelectorAll("td");

        Assert.Equal("quick-facts-heading", document.Find("main h2").Id);
        Assert.Equal(["wages.annual.median", "wages.hourly.median", "jobs.employment", "projections.changePercent", "projections.annualOpenings",
            "education.typicalEntry", "education.workExperience", "education.onTheJobTraining"], facts.Keys);
        var api = json.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("figure"));
        Assert.All(facts.Keys.Where(k => k != "projections.changePercent"), key => Assert.Equal(api[key].GetProperty("text").GetString(), Fact(key)));
        Assert.Equal(median[0].VisibleText(), Fact("wages.annual.median"));
        Assert.Equal(median[1].VisibleText(), Fact("wages.hourly.median"));
        Assert.Equal(Value(document, "outlook-table", "Jobs in May 2025").VisibleText(), Fact("jobs.employment"));
        Assert.Equal(Value(document, "outlook-table", "Projected growth, 2024–34").VisibleText(), Fact("projections.changePercent"));
        Assert.Equal(Value(document, "outlook-table", "Openings a year, 2024–34").VisibleText(), Fact("projections.annualOpenings"));
        foreach (var (key, label) in new[] { ("education.typicalEntry", "Typical entry education"), ("education.workExperience", "Work experience in a related occupation"),
            ("education.onTheJobTraining", "On-the-job training") })
        {
            Assert.Equal(Value(document, "education-table", label).VisibleText(), Fact(key));
            Assert.Equal(label, facts[key].Find("th").Folded());
        }

        Assert.Equal("BLS OEWS, May 2025", facts["wages.annual.median"].Find(".fact-source").Folded());
        Assert.Equal("BLS OEWS, May 2025", facts["jobs.employment"].Find(".fact-source").Folded());
        Assert.Equal("BLS Employment Projections, 2024–34; all occupations: +3.1%", facts["projections.changePercent"].Find(".fact-source").Folded());
        Assert.Equal("BLS Employment Projections, 2024–34", facts["education.typicalEntry"].Find(".fact-source").Folded());

        // The codes are in the sources part, not among the facts.
        Assert.DoesNotContain("code", document.Find("#quick-facts").Folded(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(json.GetProperty("socCode").GetString(), document.RowCells("codes-table", "SOC code (2018)")[0].Folded());
        Assert.Equal(json.GetProperty("onetCode").GetString(), document.RowCells("codes-table", "O*NET-SOC code")[0].Folded());
    }

    [Fact]
    public async Task Get_OfficialProfile_ChartsSayOneLine_GenderIsOneWholeBar_SkillsUseOnetsScale()
    {
        var document = await client.GetDocumentAsync("/occupations/registered-nurses");

        // One line before each chart, not the table again: the salary chart's summary leaves the outer percentiles to the table.
        var p10 = document.Find("#wage-table tr[data-row='10th percentile'] td").VisibleText();
        var salary = document.Find("#salary-chart-summary").Folded();
        Assert.Equal($"Median {document.Find("#wage-table tr[data-row='Median'] td").VisibleText()} a year; the middle half earn "
            + $"{document.Find("#wage-table tr[data-row='25th percentile'] td").VisibleText()} to {document.Find("#wage-table tr[data-row='75th percentile'] td").VisibleText()}; all occupations: median $50,980.", salary);
        Assert.DoesNotContain(p10, salary, StringComparison.Ordinal);
        Assert.Equal("details", document.Find("#salary-chart-table").Closest("details")?.LocalName);
        Assert.All(document.QuerySelectorAll(".chart-summary"), p =>
            Assert.Single(p.Folded().Split(". ", StringSplitOptions.RemoveEmptyEntries), x => !x.StartsWith("The survey", StringComparison.Ordinal)));

        // Gender: one bar, women and the rest, 100% in all.
        using var gender = JsonDocument.Parse(document.Find("#gender-chart-data").TextContent);
        var women = Value(document, "demographics-table", "Women").VisibleText();
        var datasets = gender.RootElement.GetProperty("datasets").EnumerateArray().ToList();
        Assert.True(gender.RootElement.GetProperty("stacked").GetBoolean());
        Assert.Equal(["Registered Nurses"], gender.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["Women", "Men"], datasets.Select(d => d.GetProperty("label").GetString()));
        Assert.Equal(100, datasets.Sum(d => d.GetProperty("data")[0].GetDouble()), 6);
        Assert.Equal(women, document.RowCells("gender-chart-table", "Women")[0].VisibleText());
        Assert.Equal(women.TrimEnd('%'), datasets[0].GetProperty("data")[0].GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));

        // Skills: importance on O*NET's scale, the axis from its minimum.
        using var skills = JsonDocument.Parse(document.Find("#skills-chart-data").TextContent);
        Assert.Equal(1, skills.RootElement.GetProperty("min").GetDouble());
        Assert.Equal(5, skills.RootElement.GetProperty("max").GetDouble());
    }

    [Fact]
    public async Task Get_EstimateProfile_GenderIsOneWholeBarOfTheCareersSitesShares()
    {
        var document = await client.GetDocumentAsync($"/occupations/{Director}");

        using var gender = JsonDocument.Parse(document.Find("#gender-chart-data").TextContent);
        var datasets = gender.RootElement.GetProperty("datasets").EnumerateArray().ToList();

        Assert.Equal("quick-facts-heading", document.Find("main h2").Id);
        Assert.Equal(["Female", "Male"], datasets.Select(d => d.GetProperty("label").GetString()));
        Assert.Equal([75.0, 25.0], datasets.Select(d => d.GetProperty("data")[0].GetDouble()));
        Assert.Equal("Female 75.0%, male 25.0%.", document.Find("#gender-chart-summary").Folded());
        Assert.Equal(100, gender.RootElement.GetProperty("max").GetDouble());
        Assert.False(JsonDocument.Parse(document.Find("#skills-chart-data").TextContent).RootElement.TryGetProperty("min", out _));
    }

    [Fact]
    public async Task Get_Profile_UnknownSlug_Returns404WithAFriendlyPage()
    {
        var document = await client.GetDocumentAsync("/occupations/astronaut", 404);

        Assert.Equal("Occupation not found", document.Find("h1").Folded());
        Assert.Contains("\"astronaut\"", document.Find("#status-message").Folded(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/occupations']"));
    }

    [Fact]
    public async Task Get_UnknownAddress_Returns404WithTheSiteLayout()
    {
        var document = await client.GetDocumentAsync("/no/such/page", 404);

        Assert.Equal("Page not found", document.Find("h1").Folded());
        Assert.NotNull(document.QuerySelector("nav[aria-label=Main]"));
    }

    private static IElement Value(IDocument document, string table, string label) =>
        document.QuerySelectorAll($"#{table} tbody tr").FirstOrDefault(r => r.QuerySelector("th[scope=row]")?.Folded() == label)?.QuerySelector("td")
        ?? throw new Xunit.Sdk.XunitException($"No row '{label}' in #{table}");
}
