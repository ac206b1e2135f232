using System.Globalization;
using System.Text.Json;
using CareerCompare.Web.Data;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Skills and knowledge with O*NET's levels, technologies, and the gap between two occupations, checked against the raw
/// O*NET files of the test extract (TestData/official-extract/onet-29.3).
/// </summary>
public sealed class SkillMovesTests(SkillMovesTests.ExtractFactory factory) : IClassFixture<SkillMovesTests.ExtractFactory>
{
    public sealed class ExtractFactory : CareerCompareFactory
    {
        public ExtractFactory() => SeedDirectory = NewSeedFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "official-extract"));
    }

    private readonly HttpClient client = factory.CreateClient();

    private const string Nurses = "29-1141.00";
    private const string Managers = "11-9111.00";

    [Fact]
    public async Task Profile_ListsEveryImportantAreaWithItsRawLevelAndAnchor()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");
        var rows = page.Find("#skill-levels").QuerySelectorAll("tbody tr").ToList();
        var expected = Important(Nurses);

        Assert.Equal(expected.Count, rows.Count);
        Assert.True(expected.Count > 20, $"only {expected.Count} important areas");
        var importances = rows.Select(r => double.Parse(r.Children[1].Folded().Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(importances.OrderByDescending(i => i), importances);
        foreach (var row in rows)
        {
            var name = row.GetAttribute("data-area")!;
            var kind = row.GetAttribute("data-kind")!;
            var rating = expected.Single(e => e.Name == name && e.Kind == kind);
            Assert.Equal($"Level {Math.Round(rating.Level!.Value, 1).ToString("0.#", CultureInfo.InvariantCulture)} of 7", row.Children[2].Folded());
            // The anchor closest to the level, from Level Scale Anchors.
            var anchor = Anchors().Where(a => a.Kind == kind && a.Name == name)
                .OrderBy(a => Math.Abs(a.Level - rating.Level.Value)).ThenBy(a => a.Level).First();
            Assert.Equal($"Near level {anchor.Level.ToString("0.#", CultureInfo.InvariantCulture)}: {anchor.Description}", row.Children[3].Folded());
        }
    }

    [Fact]
    public async Task Profile_ListsTechnologies_InDemandFirst_WithTheCount()
    {
        var page = await client.GetDocumentAsync("/occupations/medical-and-health-services-managers");
        var shown = page.Find("#tools").QuerySelectorAll("li").Select(li => li.GetAttribute("data-tool")!).ToList();
        var raw = Tools(Managers);

        Assert.Equal(raw.Take(40).Select(t => t.Name), shown);
        Assert.Contains(FormattableString.Invariant($"{raw.Count}"), page.Find("#tools-intro").Folded(), StringComparison.Ordinal);
        var first = page.Find("#tools li").Folded();
        Assert.Equal(raw[0].InDemand, first.Contains("in demand", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Comparison_GapRowsAreTheRawLevels_SortedByTheGap()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-medical-and-health-services-managers");
        var move = page.Find("#move-1");
        Assert.Equal(("registered-nurses", "medical-and-health-services-managers"), (move.GetAttribute("data-from"), move.GetAttribute("data-to")));

        var from = Ratings(Nurses);
        var to = Important(Managers);
        var build = move.QuerySelectorAll("#move-1-build tbody tr").ToList();
        var have = move.QuerySelectorAll("#move-1-have tbody tr").ToList();
        // Every area that matters in the target, once, in one of the two lists.
        Assert.Equal(to.Count, build.Count + have.Count);

        // The gap as written, between the levels as written ("+1.0" beside "5.0" and "4.0"), and the rows in that order.
        var gaps = build.Select(r => double.Parse(r.GetAttribute("data-gap")!, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(gaps);
        Assert.Equal(gaps.OrderByDescending(g => g), gaps);
        Assert.All(gaps, g => Assert.True(g >= 0.5, $"gap {g} below half a level"));
        var anchors = Anchors();
        string NearestAnchor(string kind, string name, double level) => anchors.Where(a => a.Kind == kind && a.Name == name)
            .OrderBy(a => Math.Abs(a.Level - level)).ThenBy(a => a.Level)
            .Select(a => $"Near level {a.Level.ToString("0.#", CultureInfo.InvariantCulture)}: {a.Description}").First();
        foreach (var row in build.Concat(have))
        {
            var name = row.GetAttribute("data-area")!;
            var kind = row.Find("th span").Folded().Trim('(', ')').Split(';')[0];
            var target = to.Single(t => t.Name == name && t.Kind == kind);
            var source = from.Single(f => f.Name == name && f.Kind == kind);
            // A level O*NET recommends suppressing is marked.
            Assert.Equal(Written(source.Level ?? 0) + (source.LevelImprecise ? " (low reliability)" : string.Empty), row.Children[1].Find(".level-figure").Folded());
            Assert.Equal(Written(target.Level ?? 0) + (target.LevelImprecise ? " (low reliability)" : string.Empty), row.Children[2].Find(".level-figure").Folded());
            // Each level with O*NET's words for it, as the profile gives them.
            Assert.Equal(NearestAnchor(kind, name, source.Level ?? 0), row.Children[1].Find(".level-anchor").Folded());
            Assert.Equal(NearestAnchor(kind, name, target.Level ?? 0), row.Children[2].Find(".level-anchor").Folded());
            Assert.Equal(build.Contains(row), (target.Level ?? 0) - (source.Level ?? 0) >= 0.5);
            if (build.Contains(row))
            {
                var shown = Math.Round(target.Level ?? 0, 1) - Math.Round(source.Level ?? 0, 1);
                Assert.Equal("+" + shown.ToString("0.0", CultureInfo.InvariantCulture), row.Children[3].Folded());
                Assert.Equal(shown.ToString("0.0", CultureInfo.InvariantCulture), row.GetAttribute("data-gap"));
            }
        }

        // Titles above the tables, in the page's order, not drawn under them (their side is the style sheet's: see the browser tests).
        Assert.StartsWith("To build (", move.Find("#move-1-build caption").Folded(), StringComparison.Ordinal);

        // The chart draws the largest gaps, its table the same numbers.
        var chartRows = page.Find("#gap-chart-1-table").QuerySelectorAll("tbody tr").Select(r => r.Find("th").Folded()).ToList();
        Assert.Equal(build.Take(10).Select(r => r.GetAttribute("data-area")), chartRows);
    }

    [Fact]
    public async Task Comparison_SharedAndMissingTechnologies_AreTheListsIntersected()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-medical-and-health-services-managers");
        var nurses = Tools(Nurses).Take(40).Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var managers = Tools(Managers).Take(40).Select(t => t.Name).ToList();

        string[] Listed(string which) => page.Find($"#move-1-tools dd[data-tools='{which}']").Folded()
            .Split("; ").Select(t => t.Split(" (")[0]).ToArray();
        Assert.Equal(managers.Where(nurses.Contains), Listed("shared"));
        Assert.Equal(managers.Where(m => !nurses.Contains(m)), Listed("only-target"));
    }

    [Fact]
    public async Task Comparison_OfThree_StartsEveryMoveFromTheFirst()
    {
        var page = await client.GetDocumentAsync("/compare/medical-and-health-services-managers-vs-registered-nurses-vs-actors");
        var moves = page.QuerySelectorAll(".skill-move").Select(m => (m.GetAttribute("data-from"), m.GetAttribute("data-to"))).ToList();
        Assert.Equal([("medical-and-health-services-managers", "registered-nurses"), ("medical-and-health-services-managers", "actors")], moves);
    }

    [Fact]
    public async Task Comparison_WithACareersSiteOccupation_SaysTheGapCannotBeMeasured()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-patient-account-manager");
        var move = page.Find("#move-1");
        Assert.Empty(move.QuerySelectorAll("table"));
        Assert.Contains("cannot be measured", move.Find(".move-note").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_PublishesLevelsAndKnowledge_WithSourceAndNotRelevantSaid()
    {
        var json = await client.GetJsonAsync("/api/v1/occupations/registered-nurses");
        var figures = json.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        var reading = Ratings(Nurses).Single(r => r is { Kind: "skill", Name: "Reading Comprehension" });

        var level = figures["skills.level.reading-comprehension"];
        Assert.Equal(Math.Round(reading.Level!.Value, 2), level.GetProperty("figure").GetProperty("value").GetDouble());
        Assert.Equal("level, 0 to 7", level.GetProperty("figure").GetProperty("unit").GetString());
        Assert.StartsWith("O*NET 29.3", level.GetProperty("figure").GetProperty("source").GetString(), StringComparison.Ordinal);

        var knowledge = Ratings(Nurses).Where(r => r.Kind == "knowledge").ToList();
        Assert.Equal(knowledge.Count, figures.Keys.Count(k => k.StartsWith("knowledge.level.", StringComparison.Ordinal)));
        // A level O*NET marks "not relevant" (Food Production, for nurses) is said so, never a number.
        var notRelevant = knowledge.First(r => r.Level is null);
        var figure = figures["knowledge.level." + Slug.FromTitle(notRelevant.Name)].GetProperty("figure");
        Assert.Equal("not relevant", figure.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("value").ValueKind);
    }

    /// <summary>A level as the move tables write it: always to one decimal ("5.0" beside "+0.9").</summary>
    private static string Written(double level) => Math.Round(level, 1).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Onet(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "official-extract", "onet-29.3", file);

    private sealed record Rating(string Kind, string Name, double Importance, double? Level, bool LevelImprecise = false);

    /// <summary>Both scales of Skills and Knowledge for an O*NET code, read straight from the files.</summary>
    private static List<Rating> Ratings(string code)
    {
        IEnumerable<Rating> Read(string file, string kind)
        {
            var rows = File.ReadAllLines(Onet(file)).Skip(1).Select(l => l.Split('\t')).Where(c => c[0] == code).ToList();
            // Columns: code, Element Name, Scale ID, Data Value, Recommend Suppress, Not Relevant. An importance O*NET
            // recommends suppressing is kept (marked on the page), as a level is.
            foreach (var im in rows.Where(c => c[2] == "IM"))
            {
                var lv = rows.Single(c => c[2] == "LV" && c[1] == im[1]);
                yield return new Rating(kind, im[1], double.Parse(im[3], CultureInfo.InvariantCulture),
                    lv[5] == "Y" ? null : double.Parse(lv[3], CultureInfo.InvariantCulture), lv[5] != "Y" && lv[4] == "Y");
            }
        }

        return [.. Read("Skills.from-xlsx.tsv", "skill"), .. Read("Knowledge.from-xlsx.tsv", "knowledge")];
    }

    private static List<Rating> Important(string code) => Ratings(code).Where(r => r.Importance >= 3).ToList();

    private sealed record Anchor(string Kind, string Name, double Level, string Description);

    private static List<Anchor> Anchors() => File.ReadAllLines(Onet("Level Scale Anchors.txt")).Skip(1).Select(l => l.Split('\t'))
        .Where(c => c[2] == "LV" && c[0].StartsWith("2.", StringComparison.Ordinal))
        .Select(c => new Anchor(c[0][2] == 'C' ? "knowledge" : "skill", c[1], double.Parse(c[3], CultureInfo.InvariantCulture), c[4]))
        .ToList();

    private sealed record Tool(string Name, bool Hot, bool InDemand);

    /// <summary>The code's technologies as the site orders them: in demand, then hot, then by name; one entry a product.</summary>
    private static List<Tool> Tools(string code) => File.ReadAllLines(Onet("Technology Skills.txt")).Skip(1).Select(l => l.Split('\t'))
        .Where(c => c[0] == code)
        .Select(c => new Tool(c[1], c[3] == "Y", c[4] == "Y"))
        .OrderByDescending(t => t.InDemand).ThenByDescending(t => t.Hot).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
        .DistinctBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
        .ToList();
}
