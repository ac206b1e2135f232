using System.Text.Json;
using AngleSharp.Dom;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// The verdict strip that opens a comparison: each row names the occupation and the figure the API gives for the same
/// comparison, links to its section, says ties and unknowns as such, and never ranks estimates against official figures;
/// the answers in full fold beneath it.
/// </summary>
public sealed partial class ShortAnswerTests
{
    /// <summary>What a row of the strip says: the occupation named, the figure and the note beside it.</summary>
    private sealed record Shown(string? Who, string Figure, string? Note);

    private static Shown Verdict(IElement row) =>
        new(row.QuerySelector(".verdict-who")?.Folded(), row.QuerySelector(".verdict-figure")?.Folded() ?? string.Empty,
            row.QuerySelector(".verdict-note")?.Folded().Trim('(', ')'));

    [Theory]
    [InlineData(Two, "pay", "wages.annual.median", "salary", " a year (median)")]
    [InlineData(Two, "growth", "projections.changePercent", "outlook", " in 2024–34, much faster than average")]
    [InlineData(Two, "openings", "projections.annualOpenings", "outlook", " a year in 2024–34")]
    [InlineData(Three, "pay", "wages.annual.median", "salary", " a year (median)")]
    [InlineData(Three, "growth", "projections.changePercent", "outlook", null)]
    [InlineData(Three, "openings", "projections.annualOpenings", "outlook", " a year in 2024–34")]
    [InlineData(Four, "pay", "wages.annual.median", "salary", " a year (median)")]
    [InlineData(Four, "openings", "projections.annualOpenings", "outlook", " a year in 2024–34")]
    public async Task TheVerdictNamesTheLeaderAndTheFigureTheApiGives(string pair, string question, string key, string anchor, string? unit)
    {
        var page = await client.GetDocumentAsync($"/compare/{pair}");
        var json = await client.GetJsonAsync($"/api/v1/compare/{pair}");

        var occupations = json.GetProperty("occupations").EnumerateArray().ToList();
        var values = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key).GetProperty("values").EnumerateArray()
            .Select((v, i) => (Occupation: occupations[i], Value: v.ValueKind == JsonValueKind.Null || v.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : v.GetProperty("value").GetDouble(),
                Text: v.ValueKind == JsonValueKind.Null ? null : v.GetProperty("text").GetString()))
            .Where(v => v.Value is not null).OrderByDescending(v => v.Value).ToList();
        var leader = values[0];
        Assert.True(leader.Value > values[1].Value, "No single leader in the API's figures.");

        var row = page.Find($"#verdict-strip [data-verdict={question}]");
        var (who, figure, _) = Verdict(row);
        Assert.Equal(leader.Occupation.GetProperty("title").GetString(), who);
        Assert.Equal(leader.Occupation.GetProperty("slug").GetString(), row.GetAttribute("data-leader"));
        Assert.StartsWith(leader.Text + (unit ?? string.Empty), figure, StringComparison.Ordinal);
        Assert.Equal($"#{anchor}", row.Find("dt a").GetAttribute("href"));
    }

    [Fact]
    public async Task RegisteredNursesAgainstSoftwareDevelopers_TheStripSaysWhoPaysMostAndWhoHasMoreOpenings()
    {
        var page = await client.GetDocumentAsync($"/compare/{Two}");

        // Read back from the tables below the strip: the same figures.
        Assert.Equal(new Shown("Software Developers", page.RowCells("salary-table", "Median yearly wage")[1].VisibleText() + " a year (median)", null),
            Verdict(page.Find("[data-verdict=pay]")));
        Assert.Equal("Registered Nurses", Verdict(page.Find("[data-verdict=openings]")).Who);
        Assert.Equal(page.RowCells("outlook-table", "Openings a year, 2024–34")[0].VisibleText() + " a year in 2024–34", Verdict(page.Find("[data-verdict=openings]")).Figure);
        // Both typically start with a bachelor's degree: said as the same for all, no one named.
        var schooling = page.Find("[data-verdict=schooling]");
        Assert.Equal(new Shown(null, "Bachelor's degree to start, typically", "the same for all"), Verdict(schooling));
        Assert.Equal(string.Empty, schooling.GetAttribute("data-leader") ?? string.Empty);
    }

    [Fact]
    public async Task LeastSchoolingAndMedianAge_AreTheTablesFigures_AndAgeIsNoLead()
    {
        var page = await client.GetDocumentAsync($"/compare/{Four}");

        var schooling = page.Find("[data-verdict=schooling]");
        var entry = page.RowCells("education-table", "Typical entry education").Select(c => c.VisibleText()).ToList();
        Assert.Equal("Some college, no degree", entry[2]);
        Assert.Equal(new Shown("Actors", "some college, no degree to start, typically", null), Verdict(schooling));
        Assert.Equal("actors", schooling.GetAttribute("data-leader"));
        Assert.Equal("#education", schooling.Find("dt a").GetAttribute("href"));

        var age = page.Find("[data-verdict=age]");
        var (who, figure, note) = Verdict(age);
        Assert.Equal(string.Empty, age.GetAttribute("data-leader") ?? string.Empty);
        Assert.Equal("Median age", age.Find("dt").Folded());
        Assert.Equal("Cardiologists", who);
        Assert.Equal(page.RowCells("demographics-table", "Median age")[3].VisibleText() + " years, the highest", figure);
        Assert.Equal("lowest: Software Developers, " + page.RowCells("demographics-table", "Median age")[1].VisibleText(), note);
        // Actors are paid by the hour: said beside the highest yearly median, not left out in silence.
        Assert.Equal("Actors: paid by the hour, no yearly figure", Verdict(page.Find("[data-verdict=pay]")).Note);
    }

    [Fact]
    public async Task InAState_TheStripSaysWhoPaysMostAfterPrices_AndKeepsThePicker()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers?state=CA");

        var row = page.Find("[data-verdict=pay-state]");
        var adjusted = page.RowCells("state-pay-table", "In California, adjusted for prices (BEA RPP 2023)");
        Assert.Equal("Pays most in California, after prices", row.Find("dt").Folded());
        Assert.Equal("software-developers", row.GetAttribute("data-leader"));
        Assert.Equal(new Shown("Software Developers", adjusted[1].VisibleText() + " a year at national prices", null), Verdict(row));
        Assert.Equal("#state-pay", row.Find("dt a").GetAttribute("href"));
        Assert.Equal("CA", row.Find("#state-picker #state-select option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task WithoutAState_TheStripOffersToPickOne()
    {
        var page = await client.GetDocumentAsync($"/compare/{Two}");

        var row = page.Find("[data-verdict=pay-state]");
        Assert.Equal("state-select", row.Find("dt label").GetAttribute("for"));
        Assert.Equal(string.Empty, row.Find("#state-select option[selected]").GetAttribute("value"));
        Assert.Empty(row.QuerySelectorAll("dt a"));
    }

    [Fact]
    public async Task EstimatesAreNotRankedAgainstOfficialFigures_AndTiesAreSaid()
    {
        var mixed = await client.GetDocumentAsync("/compare/patient-account-manager-vs-medical-and-health-services-managers");
        foreach (var question in new[] { "pay", "growth" })
        {
            var row = mixed.Find($"[data-verdict={question}]");
            Assert.Equal(string.Empty, row.GetAttribute("data-leader") ?? string.Empty);
            Assert.Contains("careers-site estimates not compared", Verdict(row).Note, StringComparison.Ordinal);
        }

        var estimates = await client.GetDocumentAsync(SeedDocument.ComparisonUrl);
        var growth = estimates.Find("[data-verdict=growth]");
        Assert.Equal(string.Empty, growth.GetAttribute("data-leader") ?? string.Empty);
        Assert.Equal(new Shown("Patient relations director and Patient account manager", "28% (careers-site estimate)", "tie"), Verdict(growth));
        Assert.Equal(new Shown("Patient relations director", "$94,921 a year (average, careers-site estimate)", null), Verdict(estimates.Find("[data-verdict=pay]")));
        Assert.Equal("not known", Verdict(estimates.Find("[data-verdict=openings]")).Figure);
        // No official figure, no state to pick.
        Assert.Empty(estimates.QuerySelectorAll("[data-verdict=pay-state], #state-picker"));
    }

    [Theory]
    [InlineData(Two)]
    [InlineData(Four)]
    public async Task TheAnswersInFullFoldBeneathTheStrip(string pair)
    {
        var page = await client.GetDocumentAsync($"/compare/{pair}");

        var section = page.Find("#short-answer");
        var strip = section.Find("#verdict-strip");
        var full = section.Find("details#answer-in-full");
        Assert.False(full.HasAttribute("open"));
        Assert.Equal("The answer in full, with sources", full.Find("summary").Folded());
        Assert.True(strip.CompareDocumentPosition(full).HasFlag(DocumentPositions.Following));
        // Every line and source is still in the page, inside the fold.
        Assert.NotEmpty(full.QuerySelectorAll("dd[data-answer]"));
        Assert.All(section.QuerySelectorAll("[data-answer], .answer-sources li"), e => Assert.NotNull(e.Closest("details#answer-in-full")));
        Assert.Equal(["pay", "pay-state", "growth", "openings", "schooling", "licence", "age", "ai"], strip.QuerySelectorAll(".verdict").Select(v => v.GetAttribute("data-verdict")!));
        // No year typed in the strip: the one it shows is the projections' period, the same as the tables'.
        Assert.DoesNotContain("2025", strip.Folded(), StringComparison.Ordinal);
    }
}
