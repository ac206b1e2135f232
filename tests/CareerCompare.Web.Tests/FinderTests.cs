using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CareerCompare.Web.Data;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

/// <summary>
/// The list as an occupation finder: its filters against counts taken from the database itself, each option's count,
/// salaries typed as people type them, the shortlist, the way back from a profile, and the picker's choices.
/// </summary>
public sealed partial class FinderTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>Each filter's meaning, written here from the figures' own values (not from the site's definitions).</summary>
    private static readonly Dictionary<string, Expression<Func<Occupation, bool>>> Meaning = new()
    {
        ["education=bachelor"] = o => o.TypicalEntryEducation == "Bachelor's degree",
        ["education=high-school"] = o => o.TypicalEntryEducation == "High school diploma or equivalent",
        ["education=associate"] = o => o.TypicalEntryEducation == "Associate's degree",
        ["education=master"] = o => o.TypicalEntryEducation == "Master's degree",
        ["education=doctoral"] = o => o.TypicalEntryEducation == "Doctoral or professional degree",
        ["experience=none"] = o => o.WorkExperience == "None",
        ["experience=5-years-or-more"] = o => o.WorkExperience == "5 years or more",
        ["training=moderate-term"] = o => o.OnTheJobTraining == "Moderate-term on-the-job training",
        ["training=none"] = o => o.OnTheJobTraining == "None",
        // BLS rounds the change to a whole percent (half away from zero): 5% or more is 4.5 and up; a decline is −0.5 and down.
        ["growth=faster-or-more"] = o => o.DataSet == "official" && o.GrowthRatePercent >= 4.5,
        ["growth=much-faster"] = o => o.DataSet == "official" && o.GrowthRatePercent >= 6.5,
        ["growth=decline"] = o => o.DataSet == "official" && o.GrowthRatePercent <= -0.5,
        ["growth=little-change"] = o => o.DataSet == "official" && o.GrowthRatePercent > -0.5 && o.GrowthRatePercent < 0.5,
        ["openings=100000-or-more"] = o => o.AnnualOpenings >= 100_000,
        ["openings=1000-to-4999"] = o => o.AnnualOpenings >= 1_000 && o.AnnualOpenings < 5_000,
        ["zone=2"] = o => o.JobZone == 2,
        ["zone=5"] = o => o.JobZone == 5,
        ["min=60000&max=90000"] = o => o.MedianYearlySalary >= 60_000 && o.MedianYearlySalary <= 90_000,
        ["category=Healthcare"] = o => o.Category == "Healthcare",
    };

    [Theory]
    [InlineData("education=bachelor")]
    [InlineData("education=high-school&experience=none&training=moderate-term")]
    [InlineData("growth=faster-or-more&min=60000&max=90000")]
    [InlineData("growth=much-faster&education=bachelor")]
    [InlineData("openings=100000-or-more&zone=2")]
    [InlineData("category=Healthcare&education=doctoral")]
    [InlineData("zone=5&growth=decline")]
    [InlineData("growth=little-change&openings=1000-to-4999&training=none")]
    [InlineData("experience=none&min=60000&max=90000&zone=2")]
    public async Task Filters_KeepExactlyTheOccupationsTheDatabaseHolds(string query)
    {
        var expected = await CountAsync(query.Split('&').Where(p => !p.StartsWith("max", StringComparison.Ordinal))
            .Select(p => p.StartsWith("min", StringComparison.Ordinal) ? "min=60000&max=90000" : p));

        var page = await client.GetDocumentAsync($"/occupations?{query}");
        var json = await client.GetJsonAsync($"/api/v1/occupations?{query}");

        Assert.True(expected > 0, $"nothing to check for {query}");
        Assert.Equal(expected, ResultCount(page));
        Assert.Equal(expected, json.GetProperty("totalCount").GetInt32());
        // Every choice is in the form, so the address says everything.
        foreach (var pair in query.Split('&').Select(p => p.Split('=')))
        {
            Assert.Equal(pair[1], ((IHtmlInputElement?)page.QuerySelector($"input[name={pair[0]}]"))?.Value
                ?? ((IHtmlSelectElement)page.Find($"select[name={pair[0]}]")).Value);
        }
    }

    [Theory]
    [InlineData("", "education", "master", "education=master")]
    [InlineData("education=bachelor", "experience", "none", "education=bachelor&experience=none")]
    [InlineData("education=bachelor&experience=none", "education", "doctoral", "education=doctoral&experience=none")]
    [InlineData("min=60000&max=90000&growth=faster-or-more", "education", "bachelor", "min=60000&max=90000&growth=faster-or-more&education=bachelor")]
    [InlineData("zone=2", "growth", "decline", "zone=2&growth=decline")]
    [InlineData("education=associate", "category", "Healthcare", "education=associate&category=Healthcare")]
    public async Task EachOption_SaysHowManyOccupationsItWouldLeave(string query, string filter, string option, string leaves)
    {
        var expected = await CountAsync(leaves.Split('&').Select(p => p.StartsWith("min", StringComparison.Ordinal) ? "min=60000&max=90000" : p)
            .Where(p => !p.StartsWith("max", StringComparison.Ordinal)));

        var page = await client.GetDocumentAsync($"/occupations?{query}");
        var json = await client.GetJsonAsync($"/api/v1/occupations?{query}");

        var text = page.Find($"select[name={filter}] option[value='{option}']").Folded();
        Assert.EndsWith($"({expected})", text, StringComparison.Ordinal);
        if (filter != "category")
        {
            var apiOption = json.GetProperty("filters").EnumerateArray().Single(f => f.GetProperty("key").GetString() == filter)
                .GetProperty("options").EnumerateArray().Single(o => o.GetProperty("key").GetString() == option);
            Assert.Equal(expected, apiOption.GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public async Task Filters_ClearWithOneControl_AndSayHowManyAreOn()
    {
        var page = await client.GetDocumentAsync("/occupations?q=nurse&education=bachelor&growth=faster-or-more&sort=growth-desc");

        Assert.Equal("Filters · 3 on", page.Find("#filters-toggle").Folded());
        Assert.Equal("/occupations#results", page.Find("#clear-filters").GetAttribute("href"));
        Assert.Equal("/occupations#results", page.Find("form#filters").GetAttribute("action"));
        var plain = await client.GetDocumentAsync("/occupations");
        Assert.Equal("Filters", plain.Find("#filters-toggle").Folded());
        Assert.Null(plain.QuerySelector("#clear-filters"));
    }

    [Theory]
    [InlineData("education=phd", "education", "Unknown entry education \"phd\". Choose one of: no-formal-credential, high-school, postsecondary-nondegree, some-college, associate, bachelor, master, doctoral.")]
    [InlineData("growth=fast", "growth", "Unknown projected growth \"fast\". Choose one of: much-faster, faster, faster-or-more, average, slower, little-change, decline.")]
    [InlineData("zone=6", "zone", "Unknown job zone \"6\". Choose one of: 1, 2, 3, 4, 5.")]
    [InlineData("openings=lots", "openings", "Unknown openings a year \"lots\". Choose one of: fewer-than-1000, 1000-to-4999, 5000-to-19999, 20000-to-99999, 100000-or-more.")]
    [InlineData("shortlist=actors-vs-no-such-job", "shortlist", "We have no occupation called \"no-such-job\" to put on the shortlist.")]
    [InlineData("shortlist=actors-vs-actors", "shortlist", "A shortlist holds up to 4 different occupations.")]
    [InlineData("shortlist=a-vs-b-vs-c-vs-d-vs-e", "shortlist", "A shortlist holds up to 4 different occupations.")]
    public async Task BadFilterValues_Answer400WithTheMessage_OnThePageAndInTheApi(string query, string field, string message)
    {
        var page = await client.GetDocumentAsync($"/occupations?{query}", 400);
        var problem = await client.GetJsonAsync($"/api/v1/occupations?{query}", 400);

        Assert.Equal(message, page.Find($"#{field}-error").Folded());
        Assert.Equal(message, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("60k")]
    [InlineData("60K")]
    [InlineData("$60,000")]
    [InlineData("60,000")]
    [InlineData("60 000")]
    [InlineData("$60k")]
    [InlineData("60.0k")]
    public async Task Salary_TypedAsPeopleTypeIt_ReadsAs60000_AndThePageSaysSo(string typed)
    {
        var plain = await client.GetJsonAsync("/api/v1/occupations?min=60000");

        var page = await client.GetDocumentAsync($"/occupations?min={Uri.EscapeDataString(typed)}");
        var json = await client.GetJsonAsync($"/api/v1/occupations?min={Uri.EscapeDataString(typed)}");

        Assert.Equal(plain.GetProperty("totalCount").GetInt32(), json.GetProperty("totalCount").GetInt32());
        Assert.Equal(60000, json.GetProperty("minSalary").GetInt32());
        Assert.Equal(typed, ((IHtmlInputElement)page.Find("#min")).Value);
        Assert.Equal("Read as $60,000.", page.Find("#min-read").Folded());
        Assert.Contains("min-read", page.Find("#min").GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("62.5k", 62500)]
    [InlineData("90000", 90000)]
    public async Task Salary_ReadsThousandsAndPlainNumbers(string typed, int amount)
    {
        var json = await client.GetJsonAsync($"/api/v1/occupations?max={Uri.EscapeDataString(typed)}");
        var page = await client.GetDocumentAsync($"/occupations?max={Uri.EscapeDataString(typed)}");

        Assert.Equal(amount, json.GetProperty("maxSalary").GetInt32());
        Assert.Equal(typed == amount.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#max-read") is null);
    }

    [Theory]
    [InlineData("60kk")]
    [InlineData("sixty")]
    [InlineData("k")]
    [InlineData("60.0001k")]
    [InlineData("6e4")]
    public async Task Salary_Nonsense_Still400(string typed)
    {
        var page = await client.GetDocumentAsync($"/occupations?min={Uri.EscapeDataString(typed)}", 400);

        Assert.Equal($"Minimum salary must be a whole number of dollars, like 50000 (you entered \"{typed}\").", page.Find("#min-error").Folded());
    }

    [Fact]
    public async Task Shortlist_LivesInTheAddress_AndOpensTheComparison()
    {
        var page = await client.GetDocumentAsync("/occupations?q=nurse&shortlist=registered-nurses");

        Assert.Equal(["registered-nurses"], page.QuerySelectorAll("#shortlist-items li").Select(l => l.GetAttribute("data-slug")));
        Assert.Null(page.QuerySelector("#compare-shortlist"));
        // Adding keeps the search and comes back to the same row.
        var add = page.Find("tr[data-slug=nurse-practitioners] .shortlist-add").GetAttribute("href")!;
        Assert.Equal("/occupations?q=nurse&shortlist=registered-nurses-vs-nurse-practitioners#o-nurse-practitioners", add);
        Assert.NotNull(page.QuerySelector("tr[data-slug=registered-nurses] .shortlist-remove"));
        Assert.Equal("registered-nurses", ((IHtmlInputElement)page.Find("form#filters input[name=shortlist]")).Value);

        var two = await client.GetDocumentAsync(add.Split('#')[0]);
        Assert.Equal("Compare these 2", two.Find("#compare-shortlist").Folded());
        var compare = two.Find("#compare-shortlist").GetAttribute("href")!;
        Assert.Equal("/compare/registered-nurses-vs-nurse-practitioners", compare);
        await client.GetDocumentAsync(compare);

        // Full at four: no more "add" links.
        var four = await client.GetDocumentAsync("/occupations?q=nurse&shortlist=registered-nurses-vs-nurse-practitioners-vs-nurse-midwives-vs-nurse-anesthetists");
        Assert.Empty(four.QuerySelectorAll(".shortlist-add"));
        Assert.Equal("Compare these 4", four.Find("#compare-shortlist").Folded());
    }

    [Fact]
    public async Task Shortlist_IsKeptByThePagesLinks()
    {
        var page = await client.GetDocumentAsync("/occupations?sort=median-desc&shortlist=actors-vs-lawyers");

        Assert.Equal("/occupations?sort=median-desc&page=2&shortlist=actors-vs-lawyers#results", page.Find("a[rel=next]").GetAttribute("href"));
        Assert.Contains("shortlist=actors-vs-lawyers", page.Find("#downloads a[download]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_ReachedFromAFilteredList_LinksBackToThatList()
    {
        var list = await client.GetDocumentAsync("/occupations?q=nurse&min=60k&education=bachelor");
        var href = list.Find("tr[data-slug=registered-nurses] th a").GetAttribute("href")!;
        Assert.Equal("/occupations/registered-nurses?from=q%3Dnurse%26min%3D60k%26education%3Dbachelor", href);

        var profile = await client.GetDocumentAsync(href);

        const string back = "/occupations?q=nurse&min=60k&education=bachelor#o-registered-nurses";
        Assert.Equal(back, profile.Find("#back-to-results").GetAttribute("href"));
        Assert.Equal(back, profile.Find(".breadcrumb a[href^='/occupations']").GetAttribute("href"));
        Assert.Equal("/occupations?q=nurse&min=60k&education=bachelor&shortlist=registered-nurses#shortlist", profile.Find("#add-to-shortlist").GetAttribute("href"));
        // The canonical address stays the plain profile.
        Assert.Equal("http://localhost/occupations/registered-nurses", profile.Find("link[rel=canonical]").GetAttribute("href"));

        var plain = await client.GetDocumentAsync("/occupations/registered-nurses");
        Assert.Null(plain.QuerySelector("#back-to-results"));
        Assert.Equal("/occupations", plain.Find(".breadcrumb a[href^='/occupations']").GetAttribute("href"));
    }

    [Fact]
    public async Task Profile_WayBack_OnlyEverLeadsToTheList()
    {
        var profile = await client.GetDocumentAsync("/occupations/registered-nurses?from=" + Uri.EscapeDataString("q=nurse&zz=https://evil.example&page=1"));

        Assert.Equal("/occupations?q=nurse#o-registered-nurses", profile.Find("#back-to-results").GetAttribute("href"));
    }

    [Fact]
    public async Task Picker_ResolvesAnOtherNameOfOneOccupation()
    {
        var noRedirects = factory.CreateClientWithoutRedirects();

        using var response = await noRedirects.GetAsync(new Uri("/compare?a=nurse&b=Actors", UriKind.Relative));

        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal("/compare/registered-nurses-vs-actors", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("mechanic", "\"mechanic\" is another name for", "automotive-service-technicians-and-mechanics")]
    [InlineData("cna", "\"cna\" is another name for 3 occupations.", "nursing-assistants")]
    [InlineData("nurs", "\"nurs\" is not one occupation.", "registered-nurses")]
    public async Task Picker_AmbiguousEntry_GetsAChoiceOfLinks_EachOfWhichWorks(string typed, string message, string first)
    {
        var page = await client.GetDocumentAsync($"/compare?a={typed}&b=Actors", 400);

        Assert.StartsWith(message, page.Find("#picker-error").Folded(), StringComparison.Ordinal);
        var choices = page.QuerySelectorAll("#picker-error a.picker-choice").ToList();
        Assert.InRange(choices.Count, 2, 5);
        Assert.Equal(first, choices[0].GetAttribute("data-slug"));
        foreach (var choice in choices)
        {
            // Each choice leads through the picker to a comparison that exists.
            var comparison = await client.GetDocumentAsync(choice.GetAttribute("href")!);
            Assert.Contains(choice.Folded(), comparison.Find("h1").Folded(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Home_PopularComparisons_AreTheLargestOccupationsBesideTheirFirstRelatedOne()
    {
        var largest = await factory.QueryAsync(db => db.Occupations.AsNoTracking()
            .Where(o => o.DataSet == "official" && o.RelatedOccupations.Count > 0)
            .OrderByDescending(o => o.NumberOfJobs).Select(o => o.Slug).FirstAsync());
        var related = await factory.QueryAsync(db => db.RelatedOccupations.AsNoTracking()
            .Where(r => db.Occupations.Any(o => o.Slug == largest && o.Id == r.OccupationId))
            .OrderBy(r => r.Rank).Select(r => r.Related!.Slug).FirstAsync());

        var home = await client.GetDocumentAsync("/");

        var pairs = home.QuerySelectorAll("#popular-comparisons a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(6, pairs.Count);
        Assert.Equal("/compare/" + string.Join("-vs-", new[] { largest, related }.Order(StringComparer.Ordinal)), pairs[0]);
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.DoesNotContain(ComparisonUrl, pairs);
    }

    [Theory]
    [InlineData("highest-paying", "median-desc")]
    [InlineData("fastest-growing", "growth-desc")]
    [InlineData("most-openings", "openings-desc")]
    public async Task Home_ShortLists_AreTheListsFirstRows(string id, string sort)
    {
        var home = await client.GetDocumentAsync("/");
        var list = await client.GetJsonAsync($"/api/v1/occupations?sort={sort}");

        var shown = home.QuerySelectorAll($"#{id} ol a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(list.GetProperty("items").EnumerateArray().Take(5).Select(i => "/occupations/" + i.GetProperty("slug").GetString()), shown);
        Assert.Equal($"/occupations?sort={sort}#results", home.Find($"#{id} > a").GetAttribute("href"));
    }

    [Fact]
    public async Task Home_CategoriesAreAGridWithCounts()
    {
        var home = await client.GetDocumentAsync("/");
        var counts = await factory.QueryAsync(db => db.Occupations.GroupBy(o => o.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());

        var items = home.QuerySelectorAll("#categories li").ToList();
        Assert.Equal(counts.Count, items.Count);
        foreach (var item in items)
        {
            var name = item.Find("a").Folded();
            Assert.Equal($"({counts.Single(c => c.Key == name).Count})", item.Find("span").Folded());
        }
    }

    private Task<int> CountAsync(IEnumerable<string> parts) => factory.QueryAsync(db =>
    {
        IQueryable<Occupation> occupations = db.Occupations;
        foreach (var part in parts.Distinct())
        {
            occupations = occupations.Where(Meaning[part]);
        }

        return occupations.CountAsync();
    });

    private static int ResultCount(IHtmlDocument page) =>
        int.Parse(LeadingNumber().Match(page.Find("#result-count").Folded()).Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("^[0-9]+")]
    private static partial Regex LeadingNumber();
}
