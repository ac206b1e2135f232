using System.Globalization;
using System.Text.Json;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Interests, experience and training, and the moves that pay more, checked against the raw O*NET files of the test
/// extract (TestData/official-extract/onet-29.3) and, for the closeness, computed again from the raw skill levels.
/// </summary>
public sealed class CareerMovesTests(SkillMovesTests.ExtractFactory factory) : IClassFixture<SkillMovesTests.ExtractFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private const string Nurses = "29-1141.00";

    [Theory]
    [InlineData("experience-levels", "RW")]
    [InlineData("training-levels", "OJ")]
    public async Task Profile_ExperienceAndTraining_AreTheRawShares_WithTheMiddleAnswer(string table, string scale)
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");
        var raw = Shares(Nurses, scale);
        var rows = page.Find($"#{table}").QuerySelectorAll("tbody tr").ToList();

        Assert.True(raw.Count >= 9, $"{scale}: {raw.Count} categories");
        Assert.Equal(raw.Select(r => r.Category.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r.GetAttribute("data-category")));
        Assert.Equal(raw.Select(r => r.Percent.ToString("0.0", CultureInfo.InvariantCulture) + "%"), rows.Select(r => r.Children[1].Folded().Split(' ')[0]));
        // The middle answer: the first category at which half the respondents are reached, shortest first.
        var total = raw.Sum(r => r.Percent);
        var middle = raw.First(r => raw.Where(x => x.Category <= r.Category).Sum(x => x.Percent) >= total / 2).Category;
        Assert.Equal(rows[raw.FindIndex(r => r.Category == middle)].Children[0].Folded().ToLowerInvariant(), page.Find($"#{table} caption strong").Folded());
    }

    [Fact]
    public async Task Profile_Interests_AreTheRawScores_AndTheHighPointCode()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");
        var raw = Interests()[Nurses];
        var rows = page.Find("#interests-chart-table").QuerySelectorAll("tbody tr").ToList();

        Assert.Equal(["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"], rows.Select(r => r.Find("th").Folded()));
        Assert.Equal(rows.Select(r => raw.Scores[r.Find("th").Folded()]), rows.Select(r => double.Parse(r.Find("td").Folded(), CultureInfo.InvariantCulture)));
        Assert.Equal(3, raw.Code.Length);
        Assert.EndsWith($"({raw.Code})", page.Find("#interest-code").Folded(), StringComparison.Ordinal);
        // The strongest interests in O*NET's words, strongest first.
        Assert.Equal(raw.Code.Select(c => c.ToString()), page.Find("#interest-words").QuerySelectorAll("dt").Select(dt => dt.Folded()[..1]));
        var chart = JsonDocument.Parse(page.Find("#interests-chart-data").TextContent).RootElement;
        Assert.Equal(rows.Select(r => raw.Scores[r.Find("th").Folded()]),
            chart.GetProperty("datasets")[0].GetProperty("data").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Theory]
    [InlineData("social")]
    [InlineData("investigative,social")]
    [InlineData("enterprising,conventional")]
    public async Task List_ByInterests_KeepsTheRawHighPointMatches_BestFitFirst(string interests)
    {
        var chosen = interests.Split(',').Select(i => char.ToUpperInvariant(i[0]) + i[1..]).ToList();
        var raw = Interests();
        var socCodes = File.ReadAllLines(Path.Combine(Extract, "bls-oews", "national_M2024_dl.csv")).Skip(1)
            .Where(l => l.Contains(",detailed,", StringComparison.Ordinal)).Select(l => l[..7]).ToList();
        // Each occupation's interests are those of its own O*NET code, else of the first O*NET code under it.
        var expected = socCodes.Select(soc => (Soc: soc, Interests: raw.GetValueOrDefault(soc + ".00")
                ?? raw.Where(r => r.Key.StartsWith(soc[..6], StringComparison.Ordinal)).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value).FirstOrDefault()))
            .Where(x => x.Interests is { } i && chosen.All(c => i.Code.Contains(c[0], StringComparison.Ordinal)))
            .Select(x => (x.Soc, Fit: chosen.Sum(c => x.Interests!.Scores[c])))
            .ToList();

        var json = await client.GetJsonAsync($"/api/v1/occupations?interest={interests}");
        Assert.Equal("fit", json.GetProperty("sort").GetString());
        Assert.Equal(expected.Count, json.GetProperty("totalCount").GetInt32());
        var socBySlug = await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(
            db.Occupations.Where(o => o.SocCode != null), o => o.Slug, o => o.SocCode!));
        var listed = json.GetProperty("items").EnumerateArray().Select(i => socBySlug[i.GetProperty("slug").GetString()!]).ToList();
        var fits = listed.Select(soc => expected.Single(e => e.Soc == soc).Fit).ToList();
        Assert.Equal(fits.OrderByDescending(f => f), fits);

        // The form: each interest box with its count, the chosen ones ticked; repeated parameters are the same request.
        var page = await client.GetDocumentAsync("/occupations?" + string.Join("&", interests.Split(',').Select(i => "interest=" + i)));
        Assert.Contains($"{expected.Count} occupation", page.Find("#result-count").Folded(), StringComparison.Ordinal);
        Assert.All(chosen, c => Assert.True(page.Find($"#interest-{c.ToLowerInvariant()}").HasAttribute("checked")));
    }

    [Theory]
    [InlineData("interest=curious", "Unknown interest")]
    [InlineData("interest=social,artistic,realistic,enterprising", "at most 3 interests")]
    public async Task List_BadInterests_Answer400(string query, string message)
    {
        var response = await client.GetAsync(new Uri($"/api/v1/occupations?{query}", UriKind.Relative));
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(400, (int)(await client.GetAsync(new Uri($"/occupations?{query}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public void Closeness_IsSymmetric_OneForItself_AndComputedFromTheRawLevels()
    {
        var nurses = Ratings(Nurses);
        var managers = Ratings("11-9111.00");
        var there = SkillSimilarity.Between(nurses, managers)!.Value;

        Assert.Equal(there, SkillSimilarity.Between(managers, nurses)!.Value, 12);
        Assert.Equal(1, SkillSimilarity.Between(nurses, nurses)!.Value, 12);
        // By hand: the importance-weighted mean gap of the levels, as a share of the 7-point scale.
        var pairs = nurses.Join(managers, a => a.Name, b => b.Name, (a, b) => (W: (a.Importance + b.Importance) / 2, Gap: Math.Abs((a.Level ?? 0) - (b.Level ?? 0)))).ToList();
        Assert.Equal(35, pairs.Count);
        Assert.Equal(1 - pairs.Sum(p => p.W * p.Gap) / (7 * pairs.Sum(p => p.W)), there, 12);
        Assert.Null(SkillSimilarity.Between(nurses, []));
    }

    [Fact]
    public async Task Profile_MovesThatPayMore_PayMore_ExcludeItself_AndAreTheClosestOfThoseThatDo()
    {
        var details = await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Occupations)
                .Where(o => o.DataSet == "official")
                .Select(o => new { o.Slug, o.SkillRatings, o.MedianYearlySalary, o.MedianYearlyTopCoded, o.MedianHourlyCents, o.WagesYear })));
        var nurses = details.Single(d => d.Slug == "registered-nurses");
        var expected = details
            .Where(d => d.Slug != nurses.Slug && d.SkillRatings.Count > 0
                && SkillSimilarity.PaysMore(new MedianPay(d.MedianYearlySalary, d.MedianYearlyTopCoded, d.MedianHourlyCents, d.WagesYear),
                    new MedianPay(nurses.MedianYearlySalary, nurses.MedianYearlyTopCoded, nurses.MedianHourlyCents, nurses.WagesYear)))
            .Select(d => (d.Slug, Similarity: SkillSimilarity.Between(nurses.SkillRatings, d.SkillRatings)!.Value, d.MedianYearlySalary, d.MedianYearlyTopCoded))
            .OrderByDescending(d => d.Similarity).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .Take(SkillSimilarity.MaxMoves).ToList();

        var page = await client.GetDocumentAsync("/occupations/registered-nurses");
        var rows = page.Find("#moves-table").QuerySelectorAll("tbody tr").ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Slug), rows.Select(r => r.GetAttribute("data-slug")));
        Assert.DoesNotContain("registered-nurses", rows.Select(r => r.GetAttribute("data-slug")));
        foreach (var (row, move) in rows.Zip(expected))
        {
            Assert.Equal($"{Math.Floor(move.Similarity * 100)}%", row.Find(".similarity").Folded());
            var more = move.MedianYearlySalary!.Value - nurses.MedianYearlySalary!.Value;
            Assert.True(more > 0);
            // A top-coded median ($239,200 or more) is at least that much more.
            Assert.StartsWith((move.MedianYearlyTopCoded ? "at least " : string.Empty) + "+$" + more.ToString("N0", CultureInfo.InvariantCulture),
                row.Find(".pay-difference").Folded(), StringComparison.Ordinal);
            Assert.Equal($"/compare/registered-nurses-vs-{move.Slug}", row.QuerySelectorAll("a")[^1].GetAttribute("href"));
        }

        Assert.Contains("35 skills", page.Find("#moves-method").Folded(), StringComparison.Ordinal);
        var json = await client.GetJsonAsync("/api/v1/occupations/registered-nurses");
        Assert.Equal(expected.Select(e => e.Slug), json.GetProperty("movesThatPayMore").EnumerateArray().Select(m => m.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task Comparison_HasTheInterestsChart_AndTheMiddleAnswers()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-medical-and-health-services-managers");
        var table = page.Find("#interests-chart-table");
        Assert.Equal(["Registered Nurses", "Medical and Health Services Managers"], table.QuerySelectorAll("thead th").Skip(1).Select(th => th.Folded()));
        Assert.Equal(Interests()["11-9111.00"].Scores["Enterprising"],
            double.Parse(table.QuerySelectorAll("tbody tr").Single(r => r.Find("th").Folded() == "Enterprising").Children[2].Folded(), CultureInfo.InvariantCulture));
        // The experience distribution's nurses column holds the raw shares, and the table's middle-answer row the raw middle answer.
        var raw = Shares(Nurses, "RW");
        var experience = page.Find("#experience-levels");
        Assert.Equal("Registered Nurses", experience.QuerySelectorAll("thead th")[1].Folded());
        Assert.Equal(raw.Select(r => r.Percent.ToString("0.0", CultureInfo.InvariantCulture) + "%"),
            experience.QuerySelectorAll("tbody tr").Select(r => r.Children[1].Folded().Split(' ')[0]));
        var total = raw.Sum(r => r.Percent);
        var middle = raw.First(r => raw.Where(x => x.Category <= r.Category).Sum(x => x.Percent) >= total / 2);
        var middleName = experience.QuerySelectorAll("tbody tr").ElementAt(raw.IndexOf(middle)).Children[0].Folded();
        var row = page.QuerySelectorAll("table tbody tr").Single(r => r.Children.Length > 1 && r.Children[0].Folded().StartsWith("Related experience (O*NET)", StringComparison.Ordinal));
        Assert.StartsWith(middleName, row.Children[1].Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiComparison_InAState_KeepsThatStatesRowsOnly()
    {
        var json = await client.GetJsonAsync("/api/v1/compare/registered-nurses-vs-actors?state=tx");
        var keys = json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()!).ToList();
        var stateKeys = keys.Where(k => k.StartsWith("wages.states.", StringComparison.Ordinal)).ToList();

        Assert.Equal("TX", json.GetProperty("state").GetString());
        Assert.NotEmpty(stateKeys);
        Assert.All(stateKeys, k => Assert.EndsWith(".texas", k, StringComparison.Ordinal));
        var response = await client.GetAsync(new Uri("/api/v1/compare/registered-nurses-vs-actors?state=zz", UriKind.Relative));
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("TX", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Extract => Path.Combine(AppContext.BaseDirectory, "TestData", "official-extract");

    private static string Onet(string file) => Path.Combine(Extract, "onet-29.3", file);

    private sealed record Share(int Category, double Percent);

    private static List<Share> Shares(string code, string scale) => File.ReadAllLines(Onet("Education, Training, and Experience.from-xlsx.tsv")).Skip(1)
        .Select(l => l.Split('\t')).Where(c => c[0] == code && c[1] == scale)
        .Select(c => new Share(int.Parse(c[2], CultureInfo.InvariantCulture), double.Parse(c[3], CultureInfo.InvariantCulture)))
        .OrderBy(s => s.Category).ToList();

    private sealed record RawInterests(Dictionary<string, double> Scores, string Code);

    private static Dictionary<string, RawInterests> Interests()
    {
        string[] names = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];
        return File.ReadAllLines(Onet("Interests.txt")).Skip(1).Select(l => l.Split('\t')).GroupBy(c => c[0]).ToDictionary(g => g.Key, g => new RawInterests(
            g.Where(c => c[2] == "OI").ToDictionary(c => c[1], c => double.Parse(c[3], CultureInfo.InvariantCulture)),
            string.Concat(g.Where(c => c[2] == "IH").OrderBy(c => c[1].StartsWith("First", StringComparison.Ordinal) ? 1 : c[1].StartsWith("Second", StringComparison.Ordinal) ? 2 : 3)
                .Select(c => (int)double.Parse(c[3], CultureInfo.InvariantCulture)).TakeWhile(n => n is >= 1 and <= 6).Select(n => names[n - 1][0]))));
    }

    private static List<OnetRating> Ratings(string code)
    {
        var rows = File.ReadAllLines(Onet("Skills.from-xlsx.tsv")).Skip(1).Select(l => l.Split('\t')).Where(c => c[0] == code).ToList();
        return rows.Where(c => c[2] == "IM").Select(c =>
        {
            var level = rows.Single(l => l[1] == c[1] && l[2] == "LV");
            return new OnetRating(c[1], double.Parse(c[3], CultureInfo.InvariantCulture),
                level[5] == "Y" ? null : double.Parse(level[3], CultureInfo.InvariantCulture));
        }).ToList();
    }
}
