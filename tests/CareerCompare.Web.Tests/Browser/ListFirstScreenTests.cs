using System.Text.Json;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// The list on a desktop opens on results: the search, the pay range and the order in view, the other filters folded behind a button
/// that counts them; once two are shortlisted, "Compare these N" stays on the screen wherever the visitor scrolls.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ListFirstScreenTests(BrowserFixture browser)
{
    [Fact]
    public async Task On_a_desktop_the_first_results_are_on_the_first_screen()
    {
        await using var page = await browser.OpenAsync("/occupations");

        var first = await FirstRowAsync(page);
        Assert.True(first.GetProperty("bottom").GetDouble() < 768, $"The first result ends at {first.GetProperty("bottom").GetDouble()} px, below the first screen.");
        Assert.True(first.GetProperty("top").GetDouble() < 768);
        Assert.True(await page.Page.Locator("#q").IsVisibleAsync(), "The search box is folded away.");
        Assert.False(await page.Page.Locator("#growth").IsVisibleAsync(), "The filters beyond the search are not folded.");
        Assert.Equal("false", await page.Page.Locator("#more-filters-toggle").GetAttributeAsync("aria-expanded"));

        // The button opens them from the keyboard and says so; every filter is then there.
        await page.TabToAsync("#more-filters-toggle");
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator("#growth")).ToBeVisibleAsync();
        Assert.Equal("true", await page.Page.Locator("#more-filters-toggle").GetAttributeAsync("aria-expanded"));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_desktop_the_folded_filters_say_how_many_are_on_and_the_results_still_lead()
    {
        await using var page = await browser.OpenAsync(SitePages.FinderList);

        Assert.Matches(@"^More filters \(\d+ on\)$", (await page.Page.Locator("#more-filters-toggle").InnerTextAsync()).Trim());
        var first = await FirstRowAsync(page);
        Assert.True(first.GetProperty("top").GetDouble() < 768, $"With two shortlisted, the first result starts at {first.GetProperty("top").GetDouble()} px.");
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_two_shortlisted_Compare_stays_in_view_at_the_end_of_the_page(bool phone)
    {
        await using var page = await browser.OpenAsync("/occupations?shortlist=registered-nurses-vs-software-developers",
            phone ? BrowserFixture.Phone : BrowserFixture.Desktop);
        var viewport = phone ? BrowserFixture.Phone : BrowserFixture.Desktop;

        await page.Page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var compare = page.Page.Locator("#compare-shortlist");
        await Assertions.Expect(compare).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        Assert.Equal("Compare these 2", (await compare.InnerTextAsync()).Trim());
        // Nothing of the page is left under the bar for good: the footer's last line ends above it.
        var covered = await page.Page.EvaluateAsync<bool>("""
            () => {
              const bar = document.getElementById('shortlist-bar').getBoundingClientRect();
              const last = document.querySelector('footer .container > :last-child').getBoundingClientRect();
              return last.bottom > bar.top;
            }
            """);
        Assert.False(covered, "The bar covers the end of the footer.");
        Assert.True(await page.Page.EvaluateAsync<double>("() => document.documentElement.scrollWidth") <= viewport.Width);

        if (BrowserFixture.MakingPictures)
        {
            await page.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.OutputDirectory, $"list-shortlisted-{(phone ? "phone" : "desktop")}.png") });
        }

        await compare.ClickAsync();
        await page.ArrivedAtAsync("/compare/registered-nurses-vs-software-developers");
        page.AssertNoErrors();
    }

    private static async Task<JsonElement> FirstRowAsync(SitePage page) => await page.Page.EvaluateAsync<JsonElement>("""
        () => {
          const r = document.querySelector('#occupation-list tbody tr[data-slug]').getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }
        """);
}
