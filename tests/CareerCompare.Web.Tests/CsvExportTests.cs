using System.Text.Json;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Tests.Infrastructure;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

/// <summary>The CSV files of the list and of comparisons: named, UTF-8, the same figures as the API, safe in a spreadsheet.</summary>
public sealed class CsvExportTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    private readonly HttpClient client = factory.CreateClient();

    // The columns and keys clients read: the same names as always, now all from the catalogue's list figures.
    [Fact]
    public async Task ListCsvAndJson_NameTheirFiguresAsTheyAlwaysHave_FromTheCatalogue()
    {
        string[] columns =
        [
            "slug", "title", "category", "figures", "median_yearly_salary_usd", "median_yearly_salary_status", "mean_yearly_salary_usd",
            "mean_yearly_salary_status", "salary_range_low_usd", "salary_range_high_usd", "salary_range_high_status", "pay_source", "pay_vintage",
            "jobs", "jobs_source", "jobs_vintage", "growth_percent", "growth_source", "growth_vintage", "profile_url",
        ];
        var response = await client.GetAsync(new Uri("/api/v1/occupations.csv?q=nurse", UriKind.Relative));
        var json = await client.GetJsonAsync("/api/v1/occupations?q=nurse");

        var header = (await DataHelpers.ReadCsvAsync(response))[0];
        var keys = json.GetProperty("items")[0].EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(columns, header);
        Assert.Equal(columns, Web.Services.ListFigures.CsvHeader);
        Assert.Equal(["slug", "title", "category", "official", "alsoCalled", "medianYearlySalary", "meanYearlySalary", "salaryRangeLow", "salaryRangeHigh",
            "jobs", "growth", "growthOutlook", "links"], keys);
        Assert.Equal(Web.Services.ListFigures.All.Select(f => f.JsonKey), keys.Skip(5).Take(6));
    }

    [Fact]
    public async Task ListCsv_HoldsEveryOccupationTheFiltersKeep_AcrossPages()
    {
        const string query = "category=Healthcare&sort=median-desc";
        var json = await client.GetJsonAsync($"/api/v1/occupations?{query}");

        var response = await client.GetAsync(new Uri($"/api/v1/occupations.csv?{query}", UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("careercompare-occupations-healthcare.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var records = DataHelpers.Records(await DataHelpers.ReadCsvAsync(response));
        Assert.True(json.GetProperty("totalPages").GetInt32() > 1);
        Assert.Equal(json.GetProperty("totalCount").GetInt32(), records.Count);
        foreach (var (item, record) in json.GetProperty("items").EnumerateArray().Zip(records))
        {
            Assert.Equal(item.GetProperty("slug").GetString(), record["slug"]);
            var median = item.GetProperty("medianYearlySalary");
            Assert.Equal(median.GetProperty("value").ValueKind == JsonValueKind.Null ? string.Empty : median.GetProperty("value").GetRawText(), record["median_yearly_salary_usd"]);
            Assert.Equal(median.GetProperty("status").GetString(), record["median_yearly_salary_status"]);
            Assert.Equal("BLS OEWS", record["pay_source"]);
            Assert.Equal("May 2025", record["pay_vintage"]);
            Assert.Equal("BLS Employment Projections", record["growth_source"]);
            Assert.Equal("2024–34", record["growth_vintage"]);
            Assert.EndsWith($"/occupations/{record["slug"]}", record["profile_url"], StringComparison.Ordinal);
        }

        // May 2025 has no "#": wages above the old top code are published numbers.
        Assert.DoesNotContain(records, r => r["median_yearly_salary_status"] == "top-coded");
    }

    [Fact]
    public async Task ListCsv_NoCellStartsLikeAFormula_NegativeGrowthIncluded()
    {
        var response = await client.GetAsync(new Uri("/api/v1/occupations.csv?sort=growth", UriKind.Relative));

        var rows = await DataHelpers.ReadCsvAsync(response);

        Assert.Equal(await factory.QueryAsync(db => Task.FromResult(db.Occupations.Count())), rows.Count - 1);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Length > 0 && FormulaStarts.Contains(cell[0]));
        var growth = DataHelpers.Records(rows)[0]["growth_percent"];
        Assert.StartsWith("'-", growth, StringComparison.Ordinal);
        Assert.True(double.Parse(growth[1..], System.Globalization.CultureInfo.InvariantCulture) < 0);
    }

    [Fact]
    public async Task ListCsv_TheCareersSitesOccupations_KeepTheirOwnSourceAndUnknownsEmpty()
    {
        var response = await client.GetAsync(new Uri("/api/v1/occupations.csv?category=Executive+management", UriKind.Relative));

        var records = DataHelpers.Records(await DataHelpers.ReadCsvAsync(response));

        var director = records.Single(r => r["slug"] == Director);
        Assert.Equal("94921", director["mean_yearly_salary_usd"]);
        Assert.Equal(string.Empty, director["median_yearly_salary_usd"]);
        Assert.Equal("unknown", director["median_yearly_salary_status"]);
        Assert.Equal("61000", director["salary_range_low_usd"]);
        Assert.Equal("145000", director["salary_range_high_usd"]);
        Assert.Equal("91308", director["jobs"]);
        Assert.Equal("careers-site estimates", director["figures"]);
        Assert.StartsWith("careers-site estimate", director["pay_source"], StringComparison.Ordinal);
        Assert.Equal("undated", director["pay_vintage"]);
    }

    [Fact]
    public async Task ListCsv_BadInput_IsTheListsProblem()
    {
        var problem = await client.GetJsonAsync("/api/v1/occupations.csv?max=-5", 400);

        Assert.Equal("Maximum salary cannot be negative.", problem.GetProperty("errors").GetProperty("max")[0].GetString());
    }

    [Fact]
    public async Task ComparisonCsv_HasOneRowPerFigureAndOccupationWithSourceAndVintage()
    {
        const string pair = "registered-nurses-vs-nurse-practitioners";
        var json = await client.GetJsonAsync($"/api/v1/compare/{pair}");

        var response = await client.GetAsync(new Uri($"/api/v1/compare/{pair}.csv", UriKind.Relative));

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal($"careercompare-{pair}.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var rows = await DataHelpers.ReadCsvAsync(response);
        Assert.Equal(["section", "figure_key", "figure", "occupation_slug", "occupation", "value", "unit", "status", "text", "source", "vintage"], rows[0]);
        var records = DataHelpers.Records(rows);
        var figures = json.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("values").EnumerateArray().Count(v => v.ValueKind != JsonValueKind.Null));
        Assert.Equal(figures, records.Count);
        Assert.All(records, r => Assert.NotEqual(string.Empty, r["source"]));
        Assert.All(records, r => Assert.NotEqual(string.Empty, r["vintage"]));
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Length > 0 && FormulaStarts.Contains(cell[0]));
        var median = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "wages.annual.median").GetProperty("values");
        var nurses = records.Single(r => r["figure_key"] == "wages.annual.median" && r["occupation_slug"] == "registered-nurses");
        Assert.Equal(median[0].GetProperty("value").GetRawText(), nurses["value"]);
        Assert.Equal(median[0].GetProperty("text").GetString(), nurses["text"]);
        Assert.Equal(("BLS OEWS", "May 2025"), (nurses["source"], nurses["vintage"]));
    }

    [Fact]
    public async Task ComparisonCsv_OfTheSeedDocument_KeepsItsFiguresAndUnknownsAsUnknown()
    {
        var response = await client.GetAsync(new Uri("/api/v1/compare/patient-relations-director-vs-patient-account-manager.csv", UriKind.Relative));

        var records = DataHelpers.Records(await DataHelpers.ReadCsvAsync(response));

        string Value(string key, string slug) => records.Single(r => r["figure_key"] == key && r["occupation_slug"] == slug)["value"];
        Assert.Equal("94921", Value("salary.average", Director));
        Assert.Equal("70777", Value("salary.average", Manager));
        Assert.Equal("34.03", Value("salary.hourly", Manager));
        var satisfaction = records.Single(r => r["figure_key"] == "jobs.satisfaction" && r["occupation_slug"] == Director);
        Assert.Equal((string.Empty, "unknown", string.Empty), (satisfaction["value"], satisfaction["status"], satisfaction["text"]));
        Assert.All(records, r => Assert.Equal("undated", r["vintage"]));
    }

    [Theory]
    [InlineData("registered-nurses-vs-registered-nurses", 400)]
    [InlineData("registered-nurses-vs-astronaut", 404)]
    public async Task ComparisonCsv_BadAddress_IsAProblem(string pair, int status)
    {
        var problem = await client.GetJsonAsync($"/api/v1/compare/{pair}.csv", status);

        Assert.Equal(status, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/occupations?category=Healthcare&min=90000&sort=median-desc&page=2", "careercompare-occupations-healthcare.csv")]
    [InlineData("/occupations?q=nurse", "careercompare-occupations-nurse.csv")]
    [InlineData("/compare/registered-nurses-vs-nurse-practitioners", "careercompare-registered-nurses-vs-nurse-practitioners.csv")]
    public async Task Pages_LinkToTheirOwnCsvFileAndJson(string url, string fileName)
    {
        var page = await client.GetDocumentAsync(url);

        var csv = await client.GetAsync(new Uri(page.Find("#downloads a[download]").GetAttribute("href")!, UriKind.Relative));
        var json = await client.GetJsonAsync(page.QuerySelectorAll("#downloads a").Single(a => a.TextContent == "JSON").GetAttribute("href")!);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, csv.Content.Headers.ContentDisposition?.FileNameStar);
        var records = DataHelpers.Records(await DataHelpers.ReadCsvAsync(csv));
        if (url.StartsWith("/occupations", StringComparison.Ordinal))
        {
            Assert.Equal(json.GetProperty("totalCount").GetInt32(), records.Count);
            Assert.Equal(page.QuerySelectorAll("#occupation-list tbody tr").Select(r => r.GetAttribute("data-slug")),
                json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        }
        else
        {
            Assert.Equal(page.Find("h1").Folded(), json.GetProperty("heading").GetString());
            Assert.Equal(["nurse-practitioners", "registered-nurses"], records.Select(r => r["occupation_slug"]).Distinct().Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task ComparisonCsv_WithAState_HoldsThatStatesFiguresOnly_AsThePageDoes()
    {
        var all = DataHelpers.Records(await DataHelpers.ReadCsvAsync(await client.GetAsync(new Uri("/api/v1/compare/registered-nurses-vs-actors.csv", UriKind.Relative))));
        using var response = await client.GetAsync(new Uri("/api/v1/compare/registered-nurses-vs-actors.csv?state=tx", UriKind.Relative));
        var inTexas = DataHelpers.Records(await DataHelpers.ReadCsvAsync(response));

        var stateKeys = inTexas.Select(r => r["figure_key"]).Where(k => k.StartsWith("wages.states.", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Contains(all, r => r["figure_key"] == "wages.states.annual.mean.new-york");
        Assert.Contains("wages.states.annual.mean.texas", stateKeys);
        Assert.All(stateKeys, k => Assert.EndsWith(".texas", k, StringComparison.Ordinal));
        Assert.Equal("90210", inTexas.Single(r => r["figure_key"] == "wages.states.annual.mean.texas" && r["occupation_slug"] == "registered-nurses")["value"]);
        Assert.Equal(all.Count(r => !r["figure_key"].StartsWith("wages.states.", StringComparison.Ordinal)),
            inTexas.Count(r => !r["figure_key"].StartsWith("wages.states.", StringComparison.Ordinal)));
        Assert.Contains("registered-nurses-vs-actors-in-texas.csv", (response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName) ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparisonCsvAndJson_UnknownState_Answer400NamingTheCodes()
    {
        using var csv = await client.GetAsync(new Uri("/api/v1/compare/registered-nurses-vs-actors.csv?state=ZZ", UriKind.Relative));
        using var problem = JsonDocument.Parse(await csv.Content.ReadAsStringAsync());
        var json = await client.GetJsonAsync("/api/v1/compare/registered-nurses-vs-actors?state=ZZ", 400);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Equal("Unknown state", problem.RootElement.GetProperty("title").GetString());
        Assert.StartsWith("\"ZZ\" is not a state code.", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(problem.RootElement.GetProperty("detail").GetString(), json.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-3.2", "'-3.2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("plain", "plain")]
    [InlineData(null, "")]
    public void Cell_NeutralisesFormulasAndQuotesWhereNeeded(string? value, string expected) =>
        Assert.Equal(expected, Csv.Cell(value));
}
