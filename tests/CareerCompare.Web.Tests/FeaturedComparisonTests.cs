using System.Text.RegularExpressions;
using CareerCompare.Web.Tests.Infrastructure;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

/// <summary>
/// The featured comparison (the careers site's page): one base for every share on it, no other occupation's figure
/// inside the careers site's table, and the careers site's introduction said once.
/// </summary>
public sealed partial class FeaturedComparisonTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Get_FeaturedComparison_ShortAnswerGivesTheTablesShareOfTheFirstOccupation()
    {
        var page = await client.GetDocumentAsync(ComparisonUrl);

        // The table: the patient account manager's average against the patient relations director's, the first column.
        var cells = page.RowCells("salary-table", "Average salary");
        Assert.Equal(["$94,921", "$70,777"], cells.Select(c => c.VisibleText()));
        Assert.Equal("\u2212$24,144 (\u221225%)", cells[1].CellDifference());
        // The short answer names the same gap with the same share, of the same base ($24,144 of $94,921 is 25%), and no
        // other share of it (34% would be of the patient account manager's $70,777).
        var pay = page.Find("[data-answer=pay]").Folded();
        Assert.Contains("$24,144 more than a patient account manager ($70,777), a gap of 25% of $94,921", pay, StringComparison.Ordinal);
        Assert.Equal(["25%"], Shares().Matches(pay).Select(m => m.Value));
        Assert.Equal("$24,144 (25% less)", page.Find("[data-answer=pay]").GetAttribute("data-difference"));
    }

    [Fact]
    public async Task Get_FeaturedComparison_ReversedShortAnswerGivesTheTablesShareToo()
    {
        var page = await client.GetDocumentAsync($"/compare/{Manager}-vs-{Director}");

        var cells = page.RowCells("salary-table", "Average salary");
        Assert.Equal("+$24,144 (+34%)", cells[1].CellDifference());
        var pay = page.Find("[data-answer=pay]").Folded();
        Assert.Contains("$24,144 (34%) more than a patient account manager ($70,777)", pay, StringComparison.Ordinal);
        Assert.Equal(["34%"], Shares().Matches(pay).Select(m => m.Value));
    }

    [Fact]
    public async Task Get_FeaturedComparison_TheEstimatesTableHoldsOnlyItsTwoOccupationsFigures()
    {
        var page = await client.GetDocumentAsync(ComparisonUrl);

        // Every row of every table is the careers site's figure for one of its two occupations: nothing of Medical and
        // Health Services Managers, and no official figure, sits among them.
        foreach (var table in page.QuerySelectorAll(".compare-table"))
        {
            Assert.DoesNotContain("Medical and Health Services Managers", table.Folded(), StringComparison.Ordinal);
            Assert.DoesNotContain("BLS", table.Folded(), StringComparison.Ordinal);
            Assert.Empty(table.QuerySelectorAll(".cell-source"));
        }

        Assert.DoesNotContain(page.QuerySelectorAll("#salary-table tbody th"), th => th.Folded().StartsWith("Official", StringComparison.Ordinal));
        // The official occupation's best-paying sector (BLS OEWS industry-sector estimates, 11-9111 in NAICS 31-33:
        // A_MEDIAN 205,580, TOT_EMP 2,220) is a sentence of its own under the table, naming whose figure it is and its source.
        var note = page.Find("#salary-table").ParentElement!.ParentElement!.Find(".counterpart-industry").Folded();
        Assert.Contains("For the nearest official occupation, Medical and Health Services Managers, the best-paying industry sector is "
            + "Manufacturing: median $205,580 (2,220 jobs)", note, StringComparison.Ordinal);
        Assert.Contains("(BLS OEWS industry-sector estimates, May 2024)", note, StringComparison.Ordinal);
        Assert.Contains("careers site's estimate for a patient relations director", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FeaturedComparison_SaysTheCareersSitesIntroductionOnce()
    {
        var page = await client.GetDocumentAsync(ComparisonUrl);
        var text = page.Find("main").Folded();

        // The careers site's introduction (how long it takes to become each, who has the higher average salary) is what
        // the short answer says: once, there.
        Assert.Null(page.QuerySelector("#introduction"));
        Assert.Equal(1, Regex.Count(text, Regex.Escape("average salary of $94,921")));
        Assert.DoesNotContain("It typically takes", text, StringComparison.Ordinal);
        Assert.Contains("4-6 years to become one", page.Find("[data-answer=getting-in]").Folded(), StringComparison.Ordinal);
    }

    /// <summary>A share in a sentence: "25%", "34%".</summary>
    [GeneratedRegex(@"\d+(\.\d)?%")]
    private static partial Regex Shares();
}
