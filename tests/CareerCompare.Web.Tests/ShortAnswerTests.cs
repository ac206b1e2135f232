using System.Globalization;
using AngleSharp.Dom;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// The short answer at the top of a comparison names the same leader and the same lead as the tables below it: checked
/// against the figures parsed from the tables, for two, three and four occupations, ties, missing figures and mixed sources.
/// </summary>
public sealed partial class ShortAnswerTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private const string Two = "registered-nurses-vs-software-developers";
    private const string Three = "software-developers-vs-registered-nurses-vs-medical-and-health-services-managers";
    private const string Four = "registered-nurses-vs-software-developers-vs-actors-vs-cardiologists";

    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    /// <summary>The number a table cell shows: "$133,080" → 133080, "15.8%" → 15.8; null for "—" or "not published".</summary>
    private static double? Number(IElement cell)
    {
        var text = cell.VisibleText().Replace("$", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal)
            .Replace(" or more", string.Empty, StringComparison.Ordinal);
        return double.TryParse(text, NumberStyles.Number, Us, out var value) ? value : null;
    }

    [Theory]
    [InlineData(Two, "pay", "salary-table", "Median yearly wage")]
    [InlineData(Two, "growth", "overview-table", "Projected growth, 2024–34")]
    [InlineData(Two, "openings", "outlook-table", "Openings a year, 2024–34")]
    [InlineData(Three, "pay", "salary-table", "Median yearly wage")]
    [InlineData(Three, "growth", "overview-table", "Projected growth, 2024–34")]
    [InlineData(Three, "openings", "outlook-table", "Openings a year, 2024–34")]
    [InlineData(Four, "pay", "salary-table", "Median yearly wage")]
    [InlineData(Four, "growth", "overview-table", "Projected growth, 2024–34")]
    [InlineData(Four, "openings", "outlook-table", "Openings a year, 2024–34")]
    public async Task TheLeaderAndItsLeadAreTheTablesFigures(string pair, string question, string table, string row)
    {
        var page = await client.GetDocumentAsync($"/compare/{pair}");

        var answer = page.Find($"[data-answer={question}]");
        var cells = page.RowCells(table, row);
        var slugs = page.QuerySelectorAll($"#{table} thead th[data-occupation]").Select(th => th.GetAttribute("data-occupation")!).ToList();
        var values = cells.Select(Number).ToList();
        var ranked = values.Select((v, i) => (Value: v, Slug: slugs[i], Cell: cells[i])).Where(x => x.Value is not null).OrderByDescending(x => x.Value).ToList();

        var leader = ranked[0];
        var next = ranked[1];
        Assert.Equal(leader.Slug, answer.GetAttribute("data-leader"));
        // The table marks the same occupation as highest.
        Assert.NotNull(leader.Cell.QuerySelector(".higher-mark"));
        var text = answer.Folded();
        Assert.Contains(leader.Cell.VisibleText(), text, StringComparison.Ordinal);
        Assert.Contains(next.Cell.VisibleText(), text, StringComparison.Ordinal);

        var gap = leader.Value!.Value - next.Value!.Value;
        // One base on the page: a share is of the first occupation's figure, as the tables' differences are; none between
        // two others; beyond twice the next's figure, "N times as much".
        var amount = (question == "pay" ? "$" : string.Empty) + gap.ToString("N0", Us);
        var much = question == "pay" ? "much" : "many";
        var times = leader.Value.Value / next.Value.Value;
        var share = times > 2 ? $" ({(times >= 10 ? Math.Round(times).ToString("N0", Us) : Math.Round(times, 1).ToString("0.#", Us))} times as {much})"
            : next.Slug == slugs[0] ? $" ({(gap / next.Value.Value * 100).ToString("N0", Us)}%)"
            : leader.Slug == slugs[0] ? $" ({(gap / leader.Value.Value * 100).ToString("N0", Us)}% less)"
            : string.Empty;
        var expected = question == "growth" ? gap.ToString("0.#", Us) + " points" : amount + share;
        Assert.Equal(expected, answer.GetAttribute("data-difference"));
        // A top-coded leader is ahead by at least that much: the truth is the top code or more.
        var atLeast = leader.Cell.VisibleText().EndsWith("or more", StringComparison.Ordinal) ? "at least " : string.Empty;
        Assert.Contains(atLeast + (question == "growth" ? expected.Replace(" points", " percentage points", StringComparison.Ordinal) : amount), text, StringComparison.Ordinal);
        if (question != "growth" && next.Slug == slugs[0] && times <= 2)
        {
            // The share the table gives under the leader's column, "+$39,480 (+42%)", is the one the sentence gives.
            Assert.Equal($"+{amount} (+{(gap / next.Value.Value * 100).ToString("N0", Us)}%)", leader.Cell.CellDifference());
        }
        else if (question != "growth" && leader.Slug == slugs[0] && times <= 2)
        {
            Assert.Equal($"\u2212{amount} (\u2212{(gap / leader.Value.Value * 100).ToString("N0", Us)}%)", next.Cell.CellDifference());
        }
    }

    [Theory]
    [InlineData(Two)]
    [InlineData(Four)]
    public async Task GrowthIsSaidInBlsWordsAgainstAllOccupations(string pair)
    {
        var page = await client.GetDocumentAsync($"/compare/{pair}");

        var growth = page.Find("[data-answer=growth]").Folded();

        // Software Developers 15.8% (much faster), Registered Nurses 4.9% (faster): BLS's bands for 2024–34.
        Assert.Contains("15.8% from 2024 to 2034, much faster than average", growth, StringComparison.Ordinal);
        Assert.Contains("Registered Nurses (4.9%, faster than average)", growth, StringComparison.Ordinal);
        Assert.Contains("The average for all occupations is 3.1%.", growth, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HourlyOnlyAndTopCodedPayAreSaidAsSuch()
    {
        var page = await client.GetDocumentAsync($"/compare/{Four}");

        var pay = page.Find("[data-answer=pay]").Folded();

        Assert.StartsWith("Cardiologists earn the most: a median of $496,010 a year", pay, StringComparison.Ordinal); // a number in May 2025, "#" before
        Assert.Contains("Actors are paid by the hour (median $29.05), so BLS publishes no yearly figure.", pay, StringComparison.Ordinal);
        Assert.Contains("Software Developers $105,210 to $171,980", pay, StringComparison.Ordinal); // the middle half
    }

    [Fact]
    public async Task ATieNamesNoLeader()
    {
        var page = await client.GetDocumentAsync(SeedDocument.ComparisonUrl);

        var growth = page.Find("[data-answer=growth]");

        // The careers site gives both jobs a 28% growth rate.
        Assert.Equal(string.Empty, growth.GetAttribute("data-leader") ?? string.Empty);
        Assert.Contains("grow at the same rate: 28%", growth.Folded(), StringComparison.Ordinal);
        // Its pay line is the careers site's own comparison, named as an estimate.
        var pay = page.Find("[data-answer=pay]");
        Assert.Equal(SeedDocument.Director, pay.GetAttribute("data-leader"));
        Assert.Contains("an average salary of $94,921 a year (careers-site estimate), $24,144 more than a patient account manager ($70,777), a gap of 25% of $94,921",
            pay.Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EstimatesAndOfficialFiguresAreNeverRankedTogether()
    {
        var page = await client.GetDocumentAsync("/compare/patient-account-manager-vs-medical-and-health-services-managers");

        foreach (var question in new[] { "pay", "growth", "who" })
        {
            var line = page.Find($"[data-answer={question}]");
            Assert.Equal(string.Empty, line.GetAttribute("data-leader") ?? string.Empty);
        }

        var pay = page.Find("[data-answer=pay]").Folded();
        Assert.Contains("Medical and Health Services Managers: a median of $123,860 a year.", pay, StringComparison.Ordinal);
        Assert.Contains("A patient account manager: an average salary of $70,777 a year (careers-site estimate).", pay, StringComparison.Ordinal);
        Assert.Contains("not ranked against each other", pay, StringComparison.Ordinal);
        Assert.Contains("The careers site gives no openings for a patient account manager.", page.Find("[data-answer=openings]").Folded(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Two)]
    [InlineData(Four)]
    [InlineData("patient-account-manager-vs-medical-and-health-services-managers")]
    public async Task EveryLineCitesItsSourceWithItsVintage(string pair)
    {
        var page = await client.GetDocumentAsync($"/compare/{pair}");

        var sources = page.QuerySelectorAll("#short-answer .answer-sources li").ToDictionary(li => li.Id!, li => li.Folded());
        Assert.NotEmpty(sources);
        foreach (var line in page.QuerySelectorAll("#short-answer dd[data-answer]"))
        {
            var references = line.QuerySelectorAll("a.footnote-ref").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
            Assert.NotEmpty(references);
            Assert.All(references, r => Assert.True(sources.ContainsKey(r), $"{line.GetAttribute("data-answer")} cites a missing source {r}."));
        }

        Assert.Contains("BLS OEWS, May 2025", sources.Values);
        Assert.DoesNotContain(sources.Values, s => s.Contains("seed", StringComparison.OrdinalIgnoreCase));
    }

    // Public Relations Managers' history starts in May 2021 (a code new in the 2018 SOC), Legislators' in May 2019: two
    // changes over different periods are said side by side, and neither is named the leader. One period: a leader.
    [Theory]
    [InlineData("public-relations-managers-vs-legislators", null)]
    [InlineData("legislators-vs-farm-labor-contractors", "legislators")]
    public async Task PayHistory_LeaderOnlyAmongChangesOfOnePeriod(string pair, string? leader)
    {
        var page = await client.GetDocumentAsync($"/compare/{pair}");

        var line = page.Find("[data-answer=pay-history]");
        var periods = SinceMay().Matches(line.Folded()).Select(m => m.Value).Distinct().ToList();
        Assert.Equal(leader is null ? 2 : 1, periods.Count);
        Assert.Equal(leader, line.GetAttribute("data-leader") is { Length: > 0 } slug ? slug : null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"since May \d{4}")]
    private static partial System.Text.RegularExpressions.Regex SinceMay();

    [Fact]
    public async Task EducationLeaderNeedsTheMostSchool()
    {
        var page = await client.GetDocumentAsync($"/compare/{Four}");

        var line = page.Find("[data-answer=getting-in]");

        Assert.Equal("cardiologists", line.GetAttribute("data-leader"));
        Assert.Equal("doctoral or professional degree against bachelor's degree", line.GetAttribute("data-difference"));
        Assert.Equal("Doctoral or professional degree", page.RowCells("education-table", "Typical entry education")[3].VisibleText());
    }
}
