using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

/// <summary>What search engines and link previews read: titles, descriptions, canonical links, JSON-LD, the sitemap and robots.txt.</summary>
public sealed class SearchEngineTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/occupations", "/occupations")]
    [InlineData("/occupations?category=Healthcare", "/occupations?category=Healthcare")]
    [InlineData("/occupations?category=Healthcare&page=2", "/occupations?category=Healthcare&page=2")]
    [InlineData("/occupations?category=Healthcare&min=50000&sort=median-desc&page=2", "/occupations?category=Healthcare")]
    [InlineData("/occupations/registered-nurses", "/occupations/registered-nurses")]
    [InlineData($"/occupations/{Director}", $"/occupations/{Director}")]
    [InlineData("/compare", "/compare")]
    [InlineData("/compare/registered-nurses-vs-nurse-practitioners", "/compare/nurse-practitioners-vs-registered-nurses")]
    [InlineData("/compare/nurse-practitioners-vs-registered-nurses", "/compare/nurse-practitioners-vs-registered-nurses")]
    [InlineData(ComparisonUrl, $"/compare/{Manager}-vs-{Director}")]
    [InlineData("/api", "/api")]
    public async Task EveryPage_HasOneCanonicalAddressATitleADescriptionAndOpenGraphTags(string url, string canonical)
    {
        var page = await client.GetDocumentAsync(url);

        var link = Assert.Single(page.QuerySelectorAll("link[rel=canonical]"));
        Assert.Equal("http://localhost" + canonical, link.GetAttribute("href"));
        Assert.InRange(page.Title!.Length, 10, 70);
        var description = page.Find("meta[name=description]").GetAttribute("content")!;
        Assert.InRange(description.Length, 50, 400);
        Assert.Equal(link.GetAttribute("href"), page.Find("meta[property='og:url']").GetAttribute("content"));
        Assert.StartsWith(page.Find("meta[property='og:title']").GetAttribute("content")!, page.Title, StringComparison.Ordinal);
        Assert.Equal(description, page.Find("meta[property='og:description']").GetAttribute("content"));
        Assert.Equal("CareerCompare", page.Find("meta[property='og:site_name']").GetAttribute("content"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task Profile_TitleAndDescription_AreWrittenFromItsFigures()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        var median = page.Find("#wage-table tr[data-row='Median'] td").VisibleText();
        var jobs = page.Find("#outlook-table tr td").VisibleText();
        Assert.Equal($"Registered Nurses: median pay {median} · CareerCompare", page.Title);
        var description = page.Find("meta[name=description]").GetAttribute("content")!;
        Assert.Contains($"median pay {median} a year", description, StringComparison.Ordinal);
        Assert.Contains($"{jobs} jobs", description, StringComparison.Ordinal);
        Assert.Contains(OfficialFiles.WagesSource, description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_BothOrders_AnswerAndDeclareTheSameCanonicalOrder()
    {
        var a = await client.GetDocumentAsync(ComparisonUrl);
        var b = await client.GetDocumentAsync($"/compare/{Manager}-vs-{Director}");

        Assert.Equal(a.Find("link[rel=canonical]").GetAttribute("href"), b.Find("link[rel=canonical]").GetAttribute("href"));
        Assert.Equal("Patient relations director vs patient account manager", a.Find("h1").Folded());
        Assert.Equal("Patient account manager vs patient relations director", b.Find("h1").Folded());
    }

    [Fact]
    public async Task ErrorPages_AreNotForSearchEngines()
    {
        var page = await client.GetDocumentAsync("/occupations/astronaut", 404);

        Assert.Equal("noindex", page.Find("meta[name=robots]").GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task Profile_JsonLd_IsASchemaOrgOccupationHoldingThePagesFigures()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        var data = JsonLd(page);

        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal("Occupation", data.GetProperty("@type").GetString());
        Assert.Equal(page.Find("h1").Folded(), data.GetProperty("name").GetString());
        Assert.Equal(page.Find("#description").Folded(), data.GetProperty("description").GetString());
        Assert.Equal(page.Find("link[rel=canonical]").GetAttribute("href"), data.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal("2026-05-15", data.GetProperty("mainEntityOfPage").GetProperty("lastReviewed").GetString());
        var category = data.GetProperty("occupationalCategory");
        Assert.Equal(page.Find("#codes-table tr:nth-child(1) td").Folded(), category.GetProperty("codeValue").GetString());
        Assert.Contains("SOC", category.GetProperty("inCodeSet").GetProperty("name").GetString(), StringComparison.Ordinal);

        var salaries = data.GetProperty("estimatedSalary").EnumerateArray().ToList();
        foreach (var (duration, column) in new[] { ("P1Y", 0), ("PT1H", 1) })
        {
            var salary = salaries.Single(s => s.GetProperty("duration").GetString() == duration);
            Assert.Equal("MonetaryAmountDistribution", salary.GetProperty("@type").GetString());
            Assert.Equal("USD", salary.GetProperty("currency").GetString());
            Assert.Contains(OfficialFiles.WagesSource, salary.GetProperty("description").GetString(), StringComparison.Ordinal);
            foreach (var (row, property) in new[] { ("10th percentile", "percentile10"), ("25th percentile", "percentile25"), ("Median", "median"), ("75th percentile", "percentile75"), ("90th percentile", "percentile90") })
            {
                var cell = page.Find($"#wage-table tr[data-row='{row}']").QuerySelectorAll("td")[column].VisibleText();
                Assert.Equal(DataHelpers.Money(cell), salary.GetProperty(property).GetDouble());
            }
        }

        Assert.Equal(page.Find("#education-table tr td").VisibleText(), data.GetProperty("educationRequirements").GetString());
        Assert.Equal(page.QuerySelectorAll("#skills-chart-table tbody th[scope=row]").Select(th => th.Folded()), data.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(page.QuerySelectorAll("#responsibilities li").Select(li => li.Folded()), data.GetProperty("responsibilities").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Profile_JsonLd_GivesWagesAboveTheOldTopCodeAsMay2025PublishesThem()
    {
        // May 2025 has no "#": cardiologists' median, "$239,200 or more" until May 2024, is a number, so it is given.
        var page = await client.GetDocumentAsync("/occupations/cardiologists");

        var yearly = JsonLd(page).GetProperty("estimatedSalary").EnumerateArray().Single(s => s.GetProperty("duration").GetString() == "P1Y");

        Assert.Equal(DataHelpers.Money(page.Find("#wage-table tr[data-row='Median'] td").VisibleText()), yearly.GetProperty("median").GetDouble());
        Assert.Equal(DataHelpers.Money(page.Find("#wage-table tr[data-row='90th percentile'] td").VisibleText()), yearly.GetProperty("percentile90").GetDouble());
    }

    [Fact]
    public async Task EstimateProfile_JsonLd_GivesTheEstimatesRangeAndAverage()
    {
        var page = await client.GetDocumentAsync($"/occupations/{Director}");

        var data = JsonLd(page);

        var salary = Assert.Single(data.GetProperty("estimatedSalary").EnumerateArray());
        Assert.Equal(61000, salary.GetProperty("minValue").GetInt32());
        Assert.Equal(145000, salary.GetProperty("maxValue").GetInt32());
        Assert.Equal(94921, salary.GetProperty("value").GetInt32());
        Assert.Contains("careers-site estimate", salary.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(data.TryGetProperty("occupationalCategory", out _));
        Assert.False(data.GetProperty("mainEntityOfPage").TryGetProperty("lastReviewed", out _));
        Assert.Equal(DirectorResponsibilities, data.GetProperty("responsibilities").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(DirectorSkills.Select(s => s.Skill), data.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void JsonLd_CannotCloseItsScriptElement()
    {
        var occupation = new OccupationDetails
        {
            Slug = "x", Title = "</script><script>alert(1)</script>", Category = "c", Description = "a < b & c > d", Source = "s", DataSet = "seed-document",
            Wages = [], EducationLevels = [], Links = [], Skills = [], Responsibilities = ["</SCRIPT>"], Gender = [], Race = [],
        };

        var json = StructuredData.Occupation(occupation, "https://example.test/occupations/x");

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.Equal("</script><script>alert(1)</script>", JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Profile_SuggestsComparisonsWithItsRelatedOccupations_AllAtOnceToo()
    {
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");

        var related = page.QuerySelectorAll("#compare-with li > a:first-child").Select(a => a.GetAttribute("href")!).ToList();
        var group = page.Find("#compare-group").GetAttribute("href")!;

        Assert.Equal("/compare/registered-nurses-vs-" + string.Join("-vs-", related.Take(3).Select(r => r.Split("-vs-")[1])), group);
        var comparison = await client.GetDocumentAsync(group);
        Assert.Equal(["registered-nurses", .. related.Take(3).Select(r => r.Split("-vs-")[1])],
            comparison.QuerySelectorAll("#overview-table thead th[data-occupation]").Select(th => th.GetAttribute("data-occupation")));
    }

    [Fact]
    public async Task Comparison_SuggestsFurtherComparisonsThatWork()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-nurse-practitioners");

        var links = page.QuerySelectorAll("#suggested-comparisons a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.InRange(links.Count, 2, 6);
        Assert.DoesNotContain("/compare/registered-nurses-vs-nurse-practitioners", links);
        foreach (var link in links)
        {
            Assert.StartsWith("/compare/", link, StringComparison.Ordinal);
            await client.GetDocumentAsync(link);
        }
    }

    [Fact]
    public async Task RobotsTxt_PointsToTheSitemap()
    {
        var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /api/v1/", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_ListsEveryProfileAndCategoryAndComparisonsInTheirCanonicalOrder()
    {
        var slugs = await factory.QueryAsync(db => db.Occupations.Select(o => o.Slug).ToListAsync());
        var categories = await factory.QueryAsync(db => db.Occupations.Select(o => o.Category).Distinct().ToListAsync());

        var urls = await SitemapUrlsAsync();

        var paths = urls.Select(u => u.PathAndQuery).ToList();
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.All(slugs, s => Assert.Contains($"/occupations/{s}", paths));
        var categoryPages = urls.Where(u => u.AbsolutePath == "/occupations" && u.Query.Length > 0)
            .Select(u => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(u.Query)["category"].ToString()).ToList();
        Assert.Equal(categories.Order(StringComparer.Ordinal), categoryPages.Order(StringComparer.Ordinal));
        Assert.Contains($"/compare/{Manager}-vs-{Director}", paths);
        var comparisons = paths.Where(p => p.StartsWith("/compare/", StringComparison.Ordinal)).ToList();
        Assert.True(comparisons.Count > slugs.Count / 2, $"only {comparisons.Count} comparisons");
        Assert.All(comparisons, p => Assert.Equal(ComparisonAddress.Canonical(p["/compare/".Length..].Split("-vs-")), p["/compare/".Length..]));
    }

    [Fact]
    public async Task Sitemap_EveryAddressIsAbsoluteCanonicalAndNamesAPageThatExists()
    {
        var slugs = (await factory.QueryAsync(db => db.Occupations.Select(o => o.Slug).ToListAsync())).ToHashSet(StringComparer.Ordinal);
        var categories = await factory.QueryAsync(db => db.Occupations.Select(o => o.Category).Distinct().ToListAsync());
        var related = await factory.QueryAsync(db => db.RelatedOccupations
            .Select(r => new[] { db.Occupations.Where(o => o.Id == r.OccupationId).Select(o => o.Slug).First(), r.Related!.Slug }).ToListAsync());
        var nearest = await factory.QueryAsync(db => db.Occupations.Where(o => o.NearestOfficialSocCode != null)
            .Select(o => new[] { o.Slug, db.Occupations.Where(n => n.SocCode == o.NearestOfficialSocCode).Select(n => n.Slug).First() }).ToListAsync());
        var expectedComparisons = related.Concat(nearest).Append([Director, Manager])
            .Select(ComparisonAddress.Canonical).Distinct(StringComparer.Ordinal).Count();

        var locations = await SitemapLocationsAsync();

        var failures = new List<string>();
        foreach (var location in locations)
        {
            if (!Uri.TryCreate(location, UriKind.Absolute, out var url) || url.GetLeftPart(UriPartial.Authority) != "http://localhost"
                || url.Fragment.Length > 0 || url.AbsoluteUri != location)
            {
                failures.Add($"{location}: not an absolute address of the site in canonical form");
            }
            else if (!IsKnownPage(url, slugs, categories))
            {
                failures.Add($"{location}: not a page the site has");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(locations.Count, locations.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(5 + 54 + categories.Count + slugs.Count + expectedComparisons, locations.Count);
        Assert.True(locations.Count > 1000, $"only {locations.Count} addresses");
    }

    [Fact]
    public async Task Sitemap_SampleOfEveryPageType_Answers200WithItsSitemapAddressAsCanonicalLink()
    {
        var locations = await SitemapLocationsAsync();
        var paths = locations.Select(l => new Uri(l).PathAndQuery).ToList();
        string First(Func<string, bool> kind) => paths.First(kind);
        var estimates = new[] { Director, Manager };
        // One of every page type the sitemap holds, then every 100th address for the rest.
        var sample = new List<string>
        {
            "/", "/occupations", "/compare", "/api",
            First(p => p.StartsWith("/occupations?category=", StringComparison.Ordinal)),
            "/occupations/registered-nurses",
            $"/occupations/{Director}",
            First(p => p.StartsWith("/compare/", StringComparison.Ordinal) && !estimates.Any(e => p.Contains(e, StringComparison.Ordinal))),
            First(p => p.StartsWith("/compare/", StringComparison.Ordinal) && estimates.Count(e => p.Contains(e, StringComparison.Ordinal)) == 1),
            $"/compare/{Manager}-vs-{Director}",
        };
        sample.AddRange(paths.Where((_, i) => i % 100 == 0));
        Assert.All(sample, p => Assert.Contains(p, paths));

        foreach (var path in sample.Distinct(StringComparer.Ordinal))
        {
            var page = await client.GetDocumentAsync(path);
            Assert.Equal(locations[paths.IndexOf(path)], page.Find("link[rel=canonical]").GetAttribute("href"));
        }
    }

    /// <summary>
    /// An address of one of the sitemap's page kinds, naming occupations and categories the catalogue has: the four
    /// fixed pages, a category's list, a profile, or a comparison of two different occupations in canonical order.
    /// </summary>
    private static bool IsKnownPage(Uri url, HashSet<string> slugs, List<string> categories)
    {
        var path = url.AbsolutePath;
        if (url.Query.Length > 0)
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query);
            return path == "/occupations" && query.Count == 1 && query.TryGetValue("category", out var category)
                && categories.Contains(category.ToString(), StringComparer.Ordinal);
        }

        if (path is "/" or "/occupations" or "/compare" or "/api" or "/states")
        {
            return true;
        }

        if (path.StartsWith("/states/", StringComparison.Ordinal))
        {
            return System.Text.RegularExpressions.Regex.IsMatch(path, "^/states/[a-z]+(-[a-z]+)*$");
        }

        if (path.StartsWith("/occupations/", StringComparison.Ordinal))
        {
            return slugs.Contains(path["/occupations/".Length..]);
        }

        if (path.StartsWith("/compare/", StringComparison.Ordinal))
        {
            var pair = path["/compare/".Length..];
            var names = pair.Split("-vs-");
            return names.Length == 2 && names[0] != names[1] && names.All(slugs.Contains) && ComparisonAddress.Canonical(names) == pair;
        }

        return false;
    }

    private async Task<List<string>> SitemapLocationsAsync() => (await SitemapUrlsAsync()).Select(u => u.OriginalString).ToList();

    private async Task<List<Uri>> SitemapUrlsAsync()
    {
        var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(SitemapNamespace + "urlset", xml.Root!.Name);
        return xml.Root.Elements(SitemapNamespace + "url").Select(u => new Uri(u.Element(SitemapNamespace + "loc")!.Value)).ToList();
    }

    private static JsonElement JsonLd(IHtmlDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("</", script.TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script.TextContent);
        return json.RootElement.Clone();
    }
}
