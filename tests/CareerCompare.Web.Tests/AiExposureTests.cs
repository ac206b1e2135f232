using CareerCompare.Web.Data.Import;
using System.Globalization;
using CareerCompare.Web.Data;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Tests;

/// <summary>
/// The two AI-exposure studies on the whole catalogue: each measure against the published files (percentiles worked out
/// here from the raw columns, by the page's definition), the finder's bands, the profile's and the comparison's section.
/// </summary>
public sealed class AiExposureTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static string Seed(string path) => Path.Combine(SeedDocument.SeedDataDirectory, path);

    /// <summary>The study's rows by the first 7 characters of the code: the ".00" row where there is one, else the children's mean.</summary>
    internal static Dictionary<string, (double People, double Gpt4)> GptsBySoc(string file)
    {
        var lines = File.ReadAllLines(file);
        var header = Csv(lines[0]);
        int code = header.IndexOf("O*NET-SOC Code"), people = header.IndexOf("human_rating_beta"), gpt4 = header.IndexOf("dv_rating_beta");
        return lines.Skip(1).Select(Csv).GroupBy(c => c[code][..7]).ToDictionary(g => g.Key, g =>
        {
            var rows = g.Any(c => c[code].EndsWith(".00", StringComparison.Ordinal)) ? g.Where(c => c[code].EndsWith(".00", StringComparison.Ordinal)).ToList() : g.ToList();
            return (rows.Average(c => Number(c[people])), rows.Average(c => Number(c[gpt4])));
        });
    }

    internal static Dictionary<string, double> Applicability(string file) => File.ReadAllLines(file).Skip(1).Select(Csv)
        .ToDictionary(c => c[0], c => Number(c[^1]));

    /// <summary>The page's definition: the share of the other rated occupations with a lower value, ties counting half.</summary>
    internal static double Percentile(IReadOnlyCollection<double> all, double value) =>
        100.0 * (all.Count(v => v < value) + 0.5 * (all.Count(v => v == value) - 1)) / (all.Count - 1);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static List<string> Csv(string line)
    {
        // The studies' files quote only titles that hold a comma; the columns read here come before or after them.
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    [Theory]
    [InlineData("29-1141")] // Registered Nurses: its own .00 row beside four children
    [InlineData("15-1252")] // Software Developers
    [InlineData("11-9199")] // Managers, All Other: only child codes in the study
    [InlineData("25-1011")]
    [InlineData("43-9021")] // Data Entry Keyers
    public async Task Figures_MatchTheStudiesFiles_PercentilesRecomputedFromTheRawColumns(string soc)
    {
        var official = await factory.QueryAsync(db => db.Occupations.Where(o => o.DataSet == "official")
            .Select(o => new { o.SocCode, o.Slug, o.GptsHumanBeta, o.GptsHumanBetaPercentile, o.GptsModelBeta, o.GptsModelBetaPercentile, o.AiApplicabilityScore, o.AiApplicabilityPercentile })
            .ToListAsync());
        var gpts = GptsBySoc(Seed("ai-exposure/gpts-are-gpts/occ_level.csv"));
        var scores = Applicability(Seed("ai-exposure/working-with-ai/soc_ai_applicability_scores.csv"));
        var ratedPeople = official.Where(o => gpts.ContainsKey(o.SocCode!)).Select(o => gpts[o.SocCode!].People).ToList();
        var ratedGpt4 = official.Where(o => gpts.ContainsKey(o.SocCode!)).Select(o => gpts[o.SocCode!].Gpt4).ToList();
        var ratedScores = official.Where(o => scores.ContainsKey(o.SocCode!)).Select(o => scores[o.SocCode!]).ToList();
        var o = official.Single(x => x.SocCode == soc);

        Assert.Equal(gpts[soc].People, o.GptsHumanBeta!.Value, 12);
        Assert.Equal(gpts[soc].Gpt4, o.GptsModelBeta!.Value, 12);
        Assert.Equal(scores[soc], o.AiApplicabilityScore!.Value, 12);
        Assert.Equal(Percentile(ratedPeople, gpts[soc].People), o.GptsHumanBetaPercentile!.Value, 9);
        Assert.Equal(Percentile(ratedGpt4, gpts[soc].Gpt4), o.GptsModelBetaPercentile!.Value, 9);
        Assert.Equal(Percentile(ratedScores, scores[soc]), o.AiApplicabilityPercentile!.Value, 9);

        // The profile writes the same figures: the raw value to two decimals and the percentile as an ordinal.
        var page = await client.GetDocumentAsync($"/occupations/{o.Slug}");
        var row = page.Find("#ai-row-people").QuerySelectorAll("td").Select(td => td.Folded()).ToList();
        Assert.Equal(Math.Round(gpts[soc].People, 2).ToString("0.##", CultureInfo.InvariantCulture), row[0]);
        Assert.StartsWith(((int)Math.Round(Percentile(ratedPeople, gpts[soc].People), MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture), row[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finder_ExposureBands_AddUpToTheRatedOccupations_AndKeepWhatTheDatabaseSays()
    {
        var percentiles = await factory.QueryAsync(db => db.Occupations.Where(o => o.GptsHumanBetaPercentile != null).Select(o => o.GptsHumanBetaPercentile!.Value).ToListAsync());
        (string Key, double Low, double High)[] bands = [("lowest", 0, 20), ("low", 20, 40), ("middle", 40, 60), ("high", 60, 80), ("highest", 80, 100.0001)];
        var total = 0;
        foreach (var (key, low, high) in bands)
        {
            var json = await client.GetJsonAsync($"/api/v1/occupations?exposure={key}");
            var count = json.GetProperty("totalCount").GetInt32();
            Assert.Equal(percentiles.Count(p => p >= low && p < high), count);
            Assert.InRange(count, percentiles.Count / 5 - 20, percentiles.Count / 5 + 20); // fifths, give or take ties
            total += count;
        }

        Assert.Equal(percentiles.Count, total);
        Assert.InRange(total, 700, 831);
        // The form says each band's count, as it does for every filter.
        var page = await client.GetDocumentAsync("/occupations");
        var lowest = page.Find("select[name=exposure] option[value=lowest]").Folded();
        Assert.Contains(percentiles.Count(p => p < 20).ToString("N0", CultureInfo.InvariantCulture), lowest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finder_SortByExposure_PutsTheLeastExposedFirst()
    {
        var json = await client.GetJsonAsync("/api/v1/occupations?sort=exposure");
        var first = json.GetProperty("items")[0].GetProperty("slug").GetString();
        var least = await factory.QueryAsync(db => db.Occupations.Where(o => o.GptsHumanBeta != null).OrderBy(o => o.GptsHumanBeta).ThenBy(o => o.Title).Select(o => o.Slug).FirstAsync());
        Assert.Equal(least, first);
    }

    [Fact]
    public async Task Profile_ShowsEachMeasureTheJobsExposedTasksAndWhatPeopleUseAnAssistantFor()
    {
        var page = await client.GetDocumentAsync("/occupations/software-developers");
        var section = page.Find("#ai-exposure");
        Assert.Equal("Exposure to AI", page.Find("#ai-heading").Folded());
        Assert.Equal(3, section.QuerySelectorAll("#ai-table tbody tr").Length);
        Assert.Contains("GPTs are GPTs", section.Find("#ai-row-people th").Folded(), StringComparison.Ordinal);
        Assert.Contains("Working with AI", section.Find("#ai-row-assistant th").Folded(), StringComparison.Ordinal);
        Assert.NotEmpty(section.QuerySelectorAll("#ai-tasks-direct li, #ai-tasks-software li"));
        Assert.InRange(section.QuerySelectorAll("#ai-activities tbody tr").Length, 1, 5);
        Assert.Contains("replace jobs", section.Find("#ai-methods").Folded(), StringComparison.Ordinal);
        Assert.DoesNotContain("risk", section.Folded(), StringComparison.OrdinalIgnoreCase);
        // Each study links to its publication.
        Assert.Equal(2, section.QuerySelectorAll("#ai-methods dt a[href^='https://']").Length);
    }

    [Fact]
    public async Task Profile_WhereTheStudiesDisagreeByMoreThan40Points_SaysSo()
    {
        var (slug, people, assistant) = await factory.QueryAsync(async db => (await db.Occupations
                .Where(o => o.GptsHumanBetaPercentile != null && o.AiApplicabilityPercentile != null)
                .Select(o => new { o.Slug, People = o.GptsHumanBetaPercentile!.Value, Assistant = o.AiApplicabilityPercentile!.Value }).ToListAsync())
            .Where(o => Math.Abs(o.People - o.Assistant) > 40).Select(o => (o.Slug, o.People, o.Assistant)).First());
        var calm = await factory.QueryAsync(async db => (await db.Occupations
                .Where(o => o.GptsHumanBetaPercentile != null && o.AiApplicabilityPercentile != null)
                .Select(o => new { o.Slug, People = o.GptsHumanBetaPercentile!.Value, Assistant = o.AiApplicabilityPercentile!.Value }).ToListAsync())
            .First(o => Math.Abs(o.People - o.Assistant) < 10).Slug);

        var page = await client.GetDocumentAsync($"/occupations/{slug}");
        Assert.Contains($"by {Math.Round(Math.Abs(people - assistant))} percentile points", page.Find("#ai-disagree").Folded(), StringComparison.Ordinal);
        Assert.Null((await client.GetDocumentAsync($"/occupations/{calm}")).QuerySelector("#ai-disagree"));
    }

    [Fact]
    public async Task Compare_HasARowPerMeasureAndAShortAnswer()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers");
        var rows = page.QuerySelectorAll("#ai-table tbody tr").Select(r => r.QuerySelector("th")!.Folded()).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Contains(rows, r => r.Contains("rated by people", StringComparison.Ordinal) && r.Contains("percentile", StringComparison.Ordinal));
        // Registered Nurses: 65th and 39th; Software Developers: 74th and 83rd: least exposed by both.
        var answer = page.Find("[data-answer=ai]").Folded();
        Assert.StartsWith("Least exposed by both measures: Registered Nurses", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_CarriesEachMeasureWithItsSourceAndVintage()
    {
        var json = await client.GetJsonAsync("/api/v1/occupations/registered-nurses");
        var text = json.GetRawText();
        var figures = json.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("figure"));
        var gpts = GptsBySoc(Seed("ai-exposure/gpts-are-gpts/occ_level.csv"))["29-1141"];
        var score = Applicability(Seed("ai-exposure/working-with-ai/soc_ai_applicability_scores.csv"))["29-1141"];
        foreach (var (key, expected, vintage) in new[] { ("ai.gpts.people.beta", gpts.People, OfficialSources.GptsAreGpts.Vintage), ("ai.gpts.gpt4.beta", gpts.Gpt4, OfficialSources.GptsAreGpts.Vintage), ("ai.workingWithAi.score", score, OfficialSources.WorkingWithAi.Vintage) })
        {
            Assert.Equal(expected, figures[key].GetProperty("value").GetDouble(), 9);
            Assert.Equal(vintage, figures[key].GetProperty("vintage").GetString());
        }

        foreach (var key in new[] { "ai.gpts.people.percentile", "ai.workingWithAi.percentile" })
        {
            Assert.InRange(figures[key].GetProperty("value").GetDouble(), 0, 100);
        }

        Assert.Contains("GPTs are GPTs", text, StringComparison.Ordinal);
        Assert.Contains("Working with AI", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_ListsEveryDataSetWithItsLicenceAndCitation_LinkedFromTheFooter()
    {
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("/sources", home.Find("#sources-link").GetAttribute("href"));

        var page = await client.GetDocumentAsync("/sources");
        foreach (var id in new[] { "oews", "projections", "cps", "rpp", "onet", "gpts-are-gpts", "working-with-ai", "careers-site" })
        {
            Assert.NotNull(page.QuerySelector($"#source-{id}"));
        }

        // The MIT notice word for word, with OpenAI's copyright line; the CC BY 4.0 attribution and the NOTICE of Working with AI.
        var mit = page.Find("#source-gpts-are-gpts pre").TextContent;
        Assert.Equal(File.ReadAllText(Seed("ai-exposure/gpts-are-gpts/LICENSE")).Trim(), mit);
        Assert.Contains("Copyright (c) 2024 OpenAI", mit, StringComparison.Ordinal);
        var working = page.Find("#source-working-with-ai").Folded();
        Assert.Contains("CC BY 4.0", working, StringComparison.Ordinal);
        Assert.Contains("Kiran Tomlinson", working, StringComparison.Ordinal);
        Assert.Contains("NOTICES", page.Find("#source-working-with-ai pre").TextContent, StringComparison.Ordinal);
        Assert.Contains("O*NET® is a trademark of USDOL/ETA", page.Find("#source-onet").Folded(), StringComparison.Ordinal);
        // Releases come from the figures' own sources.
        Assert.Contains(CareerCompare.Web.Data.Import.OfficialSources.Projections.Vintage, page.Find("#source-projections").Folded(), StringComparison.Ordinal);
    }
}

/// <summary>The import of the studies on the test extract: child codes combined, an occupation not rated, a task without a label.</summary>
public sealed class AiExposureImportTests : IDisposable
{
    private readonly CareerCompareFactory factory = new();
    private readonly string data;

    public AiExposureImportTests()
    {
        data = factory.NewSeedFolder(CareerCompareFactory.OfficialExtract);
        factory.SeedDirectory = data;
        _ = factory.Server;
    }

    public void Dispose() => factory.Dispose();

    private Task<Occupation> OccupationAsync(string soc) => factory.QueryAsync(db => db.Occupations.SingleAsync(o => o.SocCode == soc));

    [Fact]
    public async Task Import_StudyRatesOnlyChildCodes_TakesTheirMeanWeightedEquallyAndSaysWhich()
    {
        var managers = await OccupationAsync("11-9199");
        var raw = File.ReadAllLines(Path.Combine(data, "ai-exposure/gpts-are-gpts/occ_level.csv")).Where(l => l.StartsWith("11-9199.", StringComparison.Ordinal)).ToList();
        Assert.True(raw.Count > 1);
        Assert.DoesNotContain(raw, l => l.StartsWith("11-9199.00", StringComparison.Ordinal));
        Assert.Equal(raw.Average(l => double.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture)), managers.GptsHumanBeta!.Value, 12);
        Assert.Equal(string.Join(", ", raw.Select(l => l[..10]).Order(StringComparer.Ordinal)), managers.GptsCodesCombined);

        var page = await factory.CreateClient().GetDocumentAsync($"/occupations/{managers.Slug}");
        Assert.Contains("mean of their ratings, each weighted equally", page.Find("#ai-combined").Folded(), StringComparison.Ordinal);
        Assert.Contains("11-9199.01", page.Find("#ai-combined").Folded(), StringComparison.Ordinal);
        // The nurses' own .00 row is used, not averaged with its children.
        Assert.Null((await OccupationAsync("29-1141")).GptsCodesCombined);
    }

    [Fact]
    public async Task Import_OccupationAStudyDoesNotRate_SaysNotRatedByThisStudy()
    {
        var buyers = await OccupationAsync("13-1020");
        Assert.Null(buyers.GptsHumanBeta);
        Assert.Null(buyers.GptsHumanBetaPercentile);
        Assert.NotNull(buyers.AiApplicabilityScore);

        var page = await factory.CreateClient().GetDocumentAsync($"/occupations/{buyers.Slug}");
        Assert.Equal("not rated by this study", page.Find("#ai-row-people td").Folded());
        Assert.NotEqual("not rated by this study", page.Find("#ai-row-assistant td").Folded());
    }

    [Fact]
    public async Task Import_TaskWithoutALabel_IsLeftOutAndCounted()
    {
        var prosthodontists = await OccupationAsync("29-1024");
        Assert.Equal(prosthodontists.Responsibilities.Count - 1, prosthodontists.TaskExposures.Count);
        Assert.All(prosthodontists.TaskExposures, t => Assert.Contains(t.Task, prosthodontists.Responsibilities));

        var page = await factory.CreateClient().GetDocumentAsync($"/occupations/{prosthodontists.Slug}");
        Assert.Contains("1 task has no rating in the study", page.Find("#ai-tasks-summary").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Percentiles_AreAmongTheRatedOccupationsOfTheCatalogue()
    {
        var rated = await factory.QueryAsync(db => db.Occupations.Where(o => o.AiApplicabilityScore != null).Select(o => new { o.AiApplicabilityScore, o.AiApplicabilityPercentile }).ToListAsync());
        var all = rated.Select(r => r.AiApplicabilityScore!.Value).ToList();
        Assert.Equal(12, all.Count);
        Assert.All(rated, r => Assert.Equal(AiExposureTests.Percentile(all, r.AiApplicabilityScore!.Value), r.AiApplicabilityPercentile!.Value, 9));
        Assert.Contains(rated, r => r.AiApplicabilityPercentile == 0);
        Assert.Contains(rated, r => r.AiApplicabilityPercentile == 100);
    }
}
