using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Services;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Figures and words the site had wrong, checked against the raw files of seed-data/: O*NET knowledge areas whose
/// importance O*NET recommends suppressing, changes whose history starts after May 2019, a year's employment BLS
/// withholds, the labels of an occupation BLS no longer publishes, and what the pages say about their sources.
/// </summary>
public sealed partial class SourceTruthTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>The national OEWS files, oldest first, as the history reads them.</summary>
    private static readonly (int Year, string File)[] Releases = OfficialFiles.OewsNational.OrderBy(f => f.Year).ToArray();

    [Fact]
    public async Task Get_Occupation_KnowledgeImportanceRecommendedForSuppression_IsShownMarkedLowReliability()
    {
        var suppressed = OnetKnowledge().Where(r => r["Scale ID"] == "IM" && r["Recommend Suppress"] == "Y").ToList();
        Assert.Equal(19, suppressed.Count);
        Assert.Equal(9, suppressed.Select(r => r["O*NET-SOC Code"]).Distinct().Count());
        var socCodes = suppressed.Select(r => r["O*NET-SOC Code"][..7]).Distinct().ToList();
        var slugs = await factory.QueryAsync(db => db.Occupations.Where(o => o.SocCode != null && socCodes.Contains(o.SocCode))
            .ToDictionaryAsync(o => o.SocCode!, o => o.Slug));

        foreach (var area in suppressed)
        {
            var slug = slugs[area["O*NET-SOC Code"][..7]];
            var figures = Figures(await client.GetJsonAsync($"/api/v1/occupations/{slug}"));
            var importance = figures[$"knowledge.importance.{Slug.FromTitle(area["Element Name"])}"];
            var figure = importance.GetProperty("figure");
            Assert.Equal(double.Parse(area["Data Value"], CultureInfo.InvariantCulture), figure.GetProperty("value").GetDouble());
            Assert.Equal("low-reliability", figure.GetProperty("status").GetString());
            Assert.EndsWith("(low reliability)", figure.GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        // Writers and Authors: English Language, importance 5 (suppressed), level 4.98 (published), among what the work needs.
        var level = OnetKnowledge().Single(r => r["O*NET-SOC Code"] == "27-3043.00" && r["Element Name"] == "English Language" && r["Scale ID"] == "LV");
        var page = await client.GetDocumentAsync("/occupations/writers-and-authors");
        var row = page.Find("#skill-levels tr[data-area='English Language'][data-kind='knowledge']");
        Assert.Equal("5 of 5 (low reliability)", row.Children[1].Folded());
        Assert.Equal($"Level {Math.Round(double.Parse(level["Data Value"], CultureInfo.InvariantCulture), 1).ToString("0.#", CultureInfo.InvariantCulture)} of 7",
            row.Children[2].Folded());
        Assert.Contains("English Language", page.Find("#levels-low-reliability").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Compare_WhatAMoveTakes_MarksAnAreaWhoseImportanceIsOfLowReliability()
    {
        var page = await client.GetDocumentAsync("/compare/technical-writers-vs-writers-and-authors");
        var csv = DataHelpers.Records(await DataHelpers.ReadCsvAsync(await client.GetAsync(new Uri("/api/v1/compare/technical-writers-vs-writers-and-authors.csv", UriKind.Relative))));

        var row = page.Find("#move-1 tr[data-area='English Language']");
        Assert.Equal("English Language (knowledge; importance of low reliability)", row.Find("th").Folded());
        var importance = csv.Single(r => r["figure_key"] == "knowledge.importance.english-language" && r["occupation_slug"] == "writers-and-authors");
        Assert.Equal(("5", "low-reliability"), (importance["value"], importance["status"]));
    }

    [Fact]
    public async Task Catalogue_HistoryChanges_NameTheFirstYearTheRawFilesGiveEachOccupation()
    {
        var starts = HistoryStarts();
        // As the audit counted: 72 jobs changes and 67 median changes start after May 2019.
        Assert.Equal(72, starts.Count(s => s.Value.Jobs > 2019));
        Assert.Equal(67, starts.Count(s => s.Value.Median > 2019));
        var occupations = await AllOfficialAsync();

        foreach (var o in occupations.Where(o => starts.ContainsKey(o.SocCode!)))
        {
            var (jobsStart, medianStart) = starts[o.SocCode!];
            var figures = FigureCatalogue.For(o).ToDictionary(f => f.Key);
            var last = OfficialFiles.CurrentWagesYear;
            var jobs = figures["jobs.history.change"];
            var median = figures[o.WageBasis == WageBasis.HourlyOnly ? "wages.history.hourly.median.change" : "wages.history.annual.median.change"];
            if (jobsStart is { } j)
            {
                Assert.Equal(($"Change in jobs since May {j}", $"May {j} to May {last}"), (jobs.Label, jobs.Source.Vintage));
            }

            if (medianStart is { } m)
            {
                Assert.EndsWith($" since May {m}", median.Label, StringComparison.Ordinal);
                Assert.Equal($"May {m} to May {last}", median.Source.Vintage);
            }
        }
    }

    [Fact]
    public async Task Get_PublicRelationsManagers_ChangeInJobsSinceMay2021_OnTheProfileApiCsvComparisonAndShortAnswer()
    {
        var of2021 = Count(OfficialCatalogueTests.Row("bls-oews/history/national_M2021_dl.from-xlsx.csv", "OCC_CODE", "11-2032")["TOT_EMP"]);
        var of2025 = Count(OfficialCatalogueTests.Row(OfficialFiles.Oews2025, "OCC_CODE", "11-2032")["TOT_EMP"]);
        Assert.Throws<Xunit.Sdk.XunitException>(() => OfficialCatalogueTests.Row("bls-oews/history/national_M2019_dl.from-xlsx.csv", "occ_code", "11-2032"));
        var change = "+" + ((of2025 / of2021 - 1) * 100).ToString("N1", CultureInfo.InvariantCulture) + "%";
        Assert.Equal("+25.1%", change);

        var profile = await client.GetDocumentAsync("/occupations/public-relations-managers");
        var api = Figures(await client.GetJsonAsync("/api/v1/occupations/public-relations-managers"));
        var compare = await client.GetDocumentAsync("/compare/public-relations-managers-vs-registered-nurses");
        var csv = DataHelpers.Records(await DataHelpers.ReadCsvAsync(await client.GetAsync(new Uri("/api/v1/compare/public-relations-managers-vs-registered-nurses.csv", UriKind.Relative))));
        var apiCompare = await client.GetJsonAsync("/api/v1/compare/public-relations-managers-vs-fundraising-managers");

        Assert.Equal(change, profile.RowCells("history-change", "Change in jobs since May 2021")[0].VisibleText());
        Assert.Single(profile.RowCells("history-change", "Change in nominal median yearly wage since May 2021"));
        Assert.DoesNotContain("2019", profile.Find("#history-change").Folded(), StringComparison.Ordinal);
        Assert.Equal("Change in jobs since May 2021", api["jobs.history.change"].GetProperty("label").GetString());
        Assert.Equal("May 2021 to May 2025", api["jobs.history.change"].GetProperty("figure").GetProperty("vintage").GetString());
        Assert.Equal("Change in jobs since May 2021",
            csv.Single(r => r["figure_key"] == "jobs.history.change" && r["occupation_slug"] == "public-relations-managers")["figure"]);
        Assert.Equal("Change in jobs since May 2019",
            csv.Single(r => r["figure_key"] == "jobs.history.change" && r["occupation_slug"] == "registered-nurses")["figure"]);
        // Beside nurses (since May 2019) the row names no year, each value says its own, and the two are not subtracted.
        var cells = compare.RowCells("outlook-table", "Change in jobs since its first year");
        Assert.Equal($"{change} (since May 2021)", cells[0].VisibleText());
        Assert.EndsWith("(since May 2019)", cells[1].VisibleText(), StringComparison.Ordinal);
        Assert.Null(cells[1].CellDifference());
        Assert.Contains("since May 2021", compare.Find("dd[data-answer='pay-history']").Folded(), StringComparison.Ordinal);
        // Two occupations whose changes both start in May 2021: the API's row label names it.
        Assert.Equal("Change in jobs since May 2021", apiCompare.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("key").GetString() == "jobs.history.change").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Get_Api_FirstYearOfAChange_IsWrittenAsAYear()
    {
        var managers = Figures(await client.GetJsonAsync("/api/v1/occupations/public-relations-managers"));
        var nurses = Figures(await client.GetJsonAsync("/api/v1/occupations/registered-nurses"));

        var since = managers["wages.history.annual.median.since"].GetProperty("figure");
        Assert.Equal(("2021", 2021), (since.GetProperty("text").GetString(), since.GetProperty("value").GetInt32()));
        Assert.Equal("2019", nurses["wages.history.annual.median.since"].GetProperty("figure").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Get_FarmLaborContractors_May2020Jobs_AreNotPublished()
    {
        Assert.Equal("**", OfficialCatalogueTests.Row("bls-oews/history/national_M2020_dl.from-xlsx.csv", "OCC_CODE", "13-1074")["TOT_EMP"]);

        var page = await client.GetDocumentAsync("/occupations/farm-labor-contractors");
        var api = Figures(await client.GetJsonAsync("/api/v1/occupations/farm-labor-contractors"));

        Assert.Equal("not published", page.Find("#history-table tr[data-year='2020'] td").Folded());
        Assert.Equal("not-published", api["jobs.history.2020"].GetProperty("figure").GetProperty("status").GetString());
        Assert.Equal("May 2020", api["jobs.history.2020"].GetProperty("figure").GetProperty("vintage").GetString());
    }

    [Fact]
    public async Task Get_Legislators_LabelsAndSourcesNameTheirOwnRelease()
    {
        var of2023 = OfficialCatalogueTests.Row(OfficialFiles.Oews2023, "OCC_CODE", "11-1031");
        var of2024 = OfficialCatalogueTests.Row(OfficialFiles.Oews2024, "OCC_CODE", "11-1031");
        var change = (Count(of2024["TOT_EMP"]) / Count(of2023["TOT_EMP"]) - 1) * 100;

        var page = await client.GetDocumentAsync("/occupations/legislators");
        var api = Figures(await client.GetJsonAsync("/api/v1/occupations/legislators"));

        Assert.Equal(Count(of2024["TOT_EMP"]).ToString("N0", CultureInfo.InvariantCulture), page.RowCells("outlook-table", "Jobs in May 2024")[0].VisibleText());
        Assert.Equal((change < 0 ? "\u2212" : "+") + Math.Abs(change).ToString("N1", CultureInfo.InvariantCulture) + "%",
            page.RowCells("outlook-table", "Change in jobs since May 2023")[0].VisibleText());
        Assert.Equal(("Jobs in May 2024", "May 2024"), (api["jobs.employment"].GetProperty("label").GetString(), api["jobs.employment"].GetProperty("figure").GetProperty("vintage").GetString()));
        Assert.Equal(("Change in jobs since May 2023", "May 2023 and May 2024"),
            (api["jobs.employment.change"].GetProperty("label").GetString(), api["jobs.employment.change"].GetProperty("figure").GetProperty("vintage").GetString()));
        Assert.Equal("May 2019", api["jobs.history.2019"].GetProperty("figure").GetProperty("vintage").GetString());
        var sources = page.Find("#sources").Folded();
        Assert.Contains("change over a year: BLS OEWS, May 2023 and May 2024", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("May 2025", page.Find("#outlook-table").Folded(), StringComparison.Ordinal);
        Assert.DoesNotContain("OEWS, May 2025", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RegisteredNurses_SourceListNamesTheYearsOfTheChange()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        var sources = page.Find("#sources").Folded();
        Assert.DoesNotContain("since May 2023", sources, StringComparison.Ordinal);
        Assert.Contains("change over a year: BLS OEWS, May 2024 and May 2025", sources, StringComparison.Ordinal);
        Assert.Single(page.RowCells("outlook-table", "Change in jobs since May 2024"));
    }

    [Theory]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/compare/registered-nurses-vs-software-developers?state=TX")]
    [InlineData("/states/texas")]
    [InlineData("/occupations?state=TX")]
    [InlineData("/api")]
    public async Task Get_Page_SaysWhatIsTrueOfItsSources(string url)
    {
        var text = (await client.GetDocumentAsync(url)).Body!.Folded();

        Assert.DoesNotContain("latest year with state figures", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the latest with state figures", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BLS gives state figures as means only", text, StringComparison.Ordinal);
        Assert.DoesNotContain("newest year BLS publishes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the newest BLS has published", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_EveryYearInALabel_IsAYearOfItsSource()
    {
        var occupations = await AllOfficialAsync();
        var wrong = new List<string>();

        foreach (var o in occupations)
        {
            foreach (var figure in FigureCatalogue.For(o))
            {
                // "2024–34" is 2024 to 2034.
                var sourceYears = Years().Matches(figure.Source.Vintage).Select(m => m.Value)
                    .Concat(Span().Matches(figure.Source.Vintage).Select(m => m.Groups[1].Value + m.Groups[2].Value)).ToHashSet();
                var labelYears = Years().Matches(figure.Label).Select(m => m.Value);
                var since = Since().Match(figure.Label);
                if (labelYears.Any(y => !sourceYears.Contains(y)) || (since.Success && !figure.Source.Vintage.StartsWith("May " + since.Groups[1].Value, StringComparison.Ordinal)))
                {
                    wrong.Add($"{o.Slug} {figure.Key}: “{figure.Label}” from {figure.Source}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} labels name a year their source does not: {string.Join("; ", wrong.Take(10))}");
    }

    private async Task<List<Models.OccupationDetails>> AllOfficialAsync()
    {
        var catalogue = await factory.Services.GetRequiredService<Catalogue.CatalogueStore>().GetAsync();
        return catalogue.Occupations.Where(o => o.IsOfficial).ToList();
    }

    /// <summary>
    /// For every occupation of the current release, the first year of its history (the years whose file has its code at
    /// the detailed level) with published employment and median, where the current one is published: where a change starts.
    /// </summary>
    private static Dictionary<string, (int? Jobs, int? Median)> HistoryStarts()
    {
        var byYear = Releases.ToDictionary(r => r.Year, r => OfficialCatalogueTests.Rows(r.File)
            .Select(row => row.ToDictionary(c => c.Key.ToUpperInvariant(), c => c.Value))
            .Where(row => row["O_GROUP"] == "detailed").ToDictionary(row => row["OCC_CODE"]));
        var current = byYear[OfficialFiles.CurrentWagesYear];
        return current.Keys.ToDictionary(code => code, code =>
        {
            var points = Releases.Where(r => byYear[r.Year].ContainsKey(code)).Select(r => (r.Year, Row: byYear[r.Year][code])).ToList();
            var median = current[code]["HOURLY"].Equals("TRUE", StringComparison.OrdinalIgnoreCase) ? "H_MEDIAN" : "A_MEDIAN";
            int? Start(string column) => Number(points[^1].Row[column]) is null ? null
                : points.SkipLast(1).Where(p => Number(p.Row[column]) > 0).Select(p => (int?)p.Year).FirstOrDefault();
            return (Start("TOT_EMP"), Start(median));
        });
    }

    private static double? Number(string cell) =>
        double.TryParse(cell.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static double Count(string cell) => Number(cell) ?? throw new Xunit.Sdk.XunitException($"not a number: {cell}");

    private static List<Dictionary<string, string>> OnetKnowledge()
    {
        var lines = File.ReadAllLines(Path.Combine(SeedDocument.SeedDataDirectory, OfficialFiles.OnetKnowledge));
        var header = lines[0].Split('\t');
        return lines.Skip(1).Select(l => header.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    /// <summary>An occupation's figures by key: each with its label and its figure (value, text, status, source, vintage).</summary>
    private static Dictionary<string, JsonElement> Figures(JsonElement occupation) =>
        occupation.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(19|20)\d{2}–(\d{2})\b")]
    private static partial Regex Span();

    [GeneratedRegex(@"since (?:May )?((?:19|20)\d{2})")]
    private static partial Regex Since();
}
