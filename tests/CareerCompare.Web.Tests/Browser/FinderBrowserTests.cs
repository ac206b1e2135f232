using System.Text.Json;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>The list as an occupation finder in a browser: cards on a phone, the folded filters, the results in view, the shortlist.</summary>
[Collection(BrowserTests.Name)]
public sealed class FinderBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task On_a_phone_each_occupation_is_a_card_that_fits_and_shows_what_it_is_sorted_by()
    {
        await using var page = await browser.OpenAsync(SitePages.FinderList, BrowserFixture.Phone);

        var layout = await page.Page.EvaluateAsync<JsonElement>("""
            () => {
              const cards = Array.from(document.querySelectorAll('#occupation-list tbody tr[data-slug]'));
              const shown = field => cards.every(c => getComputedStyle(c.querySelector(`td[data-field=${field}]`)).display !== 'none');
              return {
                scrollWidth: document.documentElement.scrollWidth,
                cards: cards.length,
                widest: Math.max(...cards.map(c => c.getBoundingClientRect().right)),
                firstCardTop: cards[0].getBoundingClientRect().top,
                median: shown('median'), growth: shown('growth'), education: shown('education'),
                range: cards.some(c => getComputedStyle(c.querySelector('td[data-field=range]')).display !== 'none'),
                filtersShown: getComputedStyle(document.querySelector('#filters')).display !== 'none'
              };
            }
            """);

        Assert.True(layout.GetProperty("scrollWidth").GetInt32() <= 390, $"the page scrolls sideways: {layout.GetProperty("scrollWidth")} px");
        Assert.Equal(20, layout.GetProperty("cards").GetInt32());
        Assert.True(layout.GetProperty("widest").GetDouble() <= 390);
        Assert.True(layout.GetProperty("median").GetBoolean() && layout.GetProperty("growth").GetBoolean() && layout.GetProperty("education").GetBoolean());
        Assert.False(layout.GetProperty("range").GetBoolean());
        // The filters are folded and the first card is on the first screen.
        Assert.False(layout.GetProperty("filtersShown").GetBoolean());
        Assert.InRange(layout.GetProperty("firstCardTop").GetDouble(), 0, 844);
        Assert.Contains("much faster than average", await page.Page.Locator("#occupation-list tbody tr >> nth=0 >> td[data-field=growth]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Filters · 3 on", (await page.Page.Locator("#filters-toggle").InnerTextAsync()).Trim());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_phone_the_filters_open_and_close_with_the_keyboard_and_Apply_shows_the_results()
    {
        await using var page = await browser.OpenAsync("/occupations", BrowserFixture.Phone);
        var filters = page.Page.Locator("#filters");
        await Assertions.Expect(filters).ToBeHiddenAsync();

        await page.TabToAsync("#filters-toggle");
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(filters).ToBeVisibleAsync();
        Assert.Equal("true", await page.Page.Locator("#filters-toggle").GetAttributeAsync("aria-expanded"));
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(filters).ToBeHiddenAsync();
        Assert.Equal("false", await page.Page.Locator("#filters-toggle").GetAttributeAsync("aria-expanded"));

        await page.Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(filters).ToBeVisibleAsync();
        await page.Page.Locator("#education").SelectOptionAsync("bachelor");
        await page.Page.Locator("#min").FillAsync("60k");
        await page.Page.Locator("#apply-filters").ClickAsync();
        await page.ArrivedAtAsync("education=bachelor");

        Assert.EndsWith("#results", page.Page.Url, StringComparison.Ordinal);
        await AssertResultsInViewAsync(page, 844);
        Assert.Equal("Read as $60,000.", (await page.Page.Locator("#min-read").InnerTextAsync()).Trim());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_desktop_Apply_and_a_new_page_open_at_the_results()
    {
        await using var page = await browser.OpenAsync("/occupations");

        // On a desktop the filters beyond the search are folded behind "Filters", so the results lead the page.
        await page.Page.Locator("#more-filters-toggle").ClickAsync();
        await Assertions.Expect(page.Page.Locator("#growth")).ToBeVisibleAsync();
        await page.Page.Locator("#growth").SelectOptionAsync("faster-or-more");
        await page.Page.Locator("#apply-filters").ClickAsync();
        await page.ArrivedAtAsync("growth=faster-or-more");
        await AssertResultsInViewAsync(page, 768);

        await page.Page.Locator("a[rel=next]").ClickAsync();
        await page.ArrivedAtAsync("page=2");
        await AssertResultsInViewAsync(page, 768);
        Assert.Equal("faster-or-more", await page.Page.Locator("#growth").InputValueAsync());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task A_shortlist_made_from_search_results_opens_the_comparison()
    {
        await using var page = await browser.OpenAsync("/occupations?q=nurse", BrowserFixture.Phone);

        await page.Page.Locator("tr[data-slug=registered-nurses] .shortlist-add").ClickAsync();
        await page.ArrivedAtAsync("shortlist=registered-nurses");
        await page.Page.Locator("tr[data-slug=nurse-practitioners] .shortlist-add").ClickAsync();
        await page.ArrivedAtAsync("shortlist=registered-nurses-vs-nurse-practitioners");
        // Back where the visitor was: the row just added is on the screen.
        await Assertions.Expect(page.Page.Locator("tr[data-slug=nurse-practitioners]")).ToBeInViewportAsync();

        await page.Page.Locator("#shortlist").ScrollIntoViewIfNeededAsync();
        await page.TabToAsync("#compare-shortlist");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.ArrivedAtAsync("/compare/registered-nurses-vs-nurse-practitioners");

        Assert.Contains("Nurse Practitioners", await page.Page.Locator("h1").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        page.AssertNoErrors();
    }

    private static async Task AssertResultsInViewAsync(SitePage page, int height)
    {
        var top = await page.Page.EvaluateAsync<double>("() => document.querySelector('#results').getBoundingClientRect().top");
        Assert.InRange(top, -2, height / 2.0);
        var firstRow = await page.Page.EvaluateAsync<double>("() => document.querySelector('#occupation-list tbody tr').getBoundingClientRect().top");
        Assert.InRange(firstRow, 0, height - 40);
    }
}
