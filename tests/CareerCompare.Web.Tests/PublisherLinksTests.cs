using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Source notes link to the publishers' pages for the occupation: BLS OEWS by release, Employment Projections, O*NET
/// OnLine, the Occupational Outlook Handbook (from the crosswalk's address; none where the address is cut short or
/// missing), BEA's price parities and the CPS tables; and the state pages are in the menu and the footer.
/// </summary>
public sealed class PublisherLinksTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    [Fact]
    public async Task RegisteredNurses_SourcesLinkEachPublishersPageForTheOccupation()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/occupations/registered-nurses");
        var links = page.QuerySelectorAll("#sources a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("https://www.bls.gov/oes/2025/may/oes291141.htm", links);
        Assert.Contains("https://www.bls.gov/oes/2023/may/oes291141.htm", links);
        Assert.Contains("https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area", links);
        Assert.Contains("https://www.bls.gov/ooh/healthcare/registered-nurses.htm#tab-6", links);
        Assert.Contains("https://www.bls.gov/cps/cpsaat11.htm", links);
        Assert.Contains("https://www.onetonline.org/link/summary/29-1141.00", links);
        Assert.Equal("https://www.bls.gov/ooh/healthcare/registered-nurses.htm", page.Find("#handbook-source a").GetAttribute("href"));
        // Each section's note links its own release: pay the national page, pay by state the state file's year, skills O*NET.
        Assert.Equal("https://www.bls.gov/oes/2025/may/oes291141.htm", page.Find("section[aria-labelledby='salary-heading'] .source-note a").GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("#state-pay .source-note a"), a => a.GetAttribute("href") == "https://www.bls.gov/oes/2023/may/oes291141.htm");
        Assert.Contains(page.QuerySelectorAll(".source-note a"), a => a.GetAttribute("href") == "https://www.bls.gov/cps/cpsaat39.htm");
        Assert.Contains(page.QuerySelectorAll(".source-note a"), a => a.GetAttribute("href") == "https://www.onetonline.org/link/summary/29-1141.00");
        // Every link to a publisher leaves the site: no opener, and screen readers hear so.
        Assert.Equal("external site", page.Find("#external-site").TextContent);
        foreach (var link in page.QuerySelectorAll("a.publisher-link"))
        {
            Assert.Equal("noopener", link.GetAttribute("rel"));
            Assert.Equal("external-site", link.GetAttribute("aria-describedby"));
        }
    }

    [Theory]
    [InlineData("legislators", "https://www.bls.gov/oes/2024/may/oes111031.htm")]
    public async Task WithoutAHandbookPage_NoHandbookLink_ProjectionsLinkTheirTable_AndOnetDescribesIt(string slug, string oews)
    {
        var page = await factory.CreateClient().GetDocumentAsync($"/occupations/{slug}");
        var links = page.QuerySelectorAll("a.publisher-link").Select(a => a.GetAttribute("href")!).ToList();

        // Legislators: the crosswalk names no page.
        Assert.DoesNotContain(links, l => l.Contains("/ooh/", StringComparison.Ordinal));
        Assert.Contains("https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm", links);
        Assert.Contains(oews, links);
        Assert.Contains("has no page of its own", page.Find("#handbook-source").Folded(), StringComparison.Ordinal);
        Assert.StartsWith("https://www.onetonline.org/link/summary/", page.Find("#handbook-source a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACutShortCrosswalkAddress_LinksThePageItWasReadFrom()
    {
        // The crosswalk cuts the address short ("…/semiconductor-processing-technicians-.htm"); the import reads the
        // Handbook's page it names and keeps the page's own address, which is the one linked.
        var page = await factory.CreateClient().GetDocumentAsync("/occupations/semiconductor-processing-technicians");
        var links = page.QuerySelectorAll("a.publisher-link").Select(a => a.GetAttribute("href")!).Where(l => l.Contains("/ooh/", StringComparison.Ordinal)).Distinct().ToList();

        // The page itself, and its Job Outlook tab for the projections.
        Assert.Equal(["https://www.bls.gov/ooh/production/semiconductor-processing-technicians.htm",
            "https://www.bls.gov/ooh/production/semiconductor-processing-technicians.htm#tab-6"], links.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CareersSiteOccupation_LinksNoPublisher()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/occupations/" + SeedDocument.Director);

        Assert.Empty(page.QuerySelectorAll("main a.publisher-link"));
    }

    [Fact]
    public async Task StatesAreInTheMenuAndTheFooter()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("/states", page.Find("#main-nav a#nav-states").GetAttribute("href"));
        Assert.Equal("/states", page.Find("footer a#footer-states").GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("footer a.publisher-link"), a => a.GetAttribute("href") == "https://www.bls.gov/oes/2025/may/oes_nat.htm");
    }
}
