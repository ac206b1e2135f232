using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>Search suggestions and the comparison picker, used with the keyboard alone.</summary>
[Collection(BrowserTests.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_search_finds_an_occupation_by_another_name_and_Enter_opens_its_profile()
    {
        await using var page = await browser.OpenAsync("/");
        await page.TabToAsync("#home-search");
        await page.Page.Keyboard.TypeAsync("RN");

        var first = await ArrowToAsync(page, "#home-search", "Registered Nurses");
        Assert.Contains("also called RN", first, StringComparison.Ordinal);
        await page.Page.Keyboard.PressAsync("Enter");

        try
        {
            // Polls the address rather than waiting for a navigation event, which a navigation that commits at once
            // can slip past.
            await Assertions.Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/occupations/registered-nurses$"),
                new PageAssertionsToHaveURLOptions { Timeout = 60_000 });
        }
        catch (PlaywrightException)
        {
            var state = await page.Page.EvaluateAsync<string>("""
                () => { const i = document.getElementById('home-search'); return JSON.stringify({ focus: document.activeElement && document.activeElement.id,
                  value: i && i.value, expanded: i && i.getAttribute('aria-expanded'), active: i && i.getAttribute('aria-activedescendant'), url: location.href }); }
                """);
            Assert.Fail($"Enter on the suggestion did not open the profile. Page state: {state}; errors: {string.Join(" | ", page.Errors)}");
        }

        Assert.Equal("/occupations/registered-nurses", new Uri(page.Page.Url).PathAndQuery);
        await Assertions.Expect(page.Page.Locator("h1")).ToHaveTextAsync("Registered Nurses");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Suggestions_move_with_the_arrows_and_Escape_closes_them()
    {
        await using var page = await browser.OpenAsync("/compare");
        await page.TabToAsync("#compare-a");
        // A word several occupations answer to ("coder" now brings one: the others' names only contain it).
        await page.Page.Keyboard.TypeAsync("nurse");
        var list = page.Page.Locator("#compare-a-suggestions");
        await Assertions.Expect(list).ToBeVisibleAsync();

        await page.Page.Keyboard.PressAsync("ArrowDown");
        await page.Page.Keyboard.PressAsync("ArrowDown");
        var active = await page.Page.Locator("#compare-a").GetAttributeAsync("aria-activedescendant");
        Assert.Equal("compare-a-suggestions-1", active);
        Assert.Equal("true", await page.Page.Locator("#compare-a-suggestions-1").GetAttributeAsync("aria-selected"));
        await page.Page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("compare-a-suggestions-0", await page.Page.Locator("#compare-a").GetAttributeAsync("aria-activedescendant"));

        await page.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        Assert.Equal("false", await page.Page.Locator("#compare-a").GetAttributeAsync("aria-expanded"));
        Assert.Equal("nurse", await page.Page.Locator("#compare-a").InputValueAsync());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task The_picker_builds_a_comparison_adds_a_third_and_fourth_and_removes_one()
    {
        await using var page = await browser.OpenAsync("/compare");

        // Two occupations, one found by another name for the job ("coder"), one by part of its title.
        await PickAsync(page, "#compare-a", "coder", "Medical Records Specialists");
        await PickAsync(page, "#compare-b", "registered nur", "Registered Nurses");
        await page.Page.Keyboard.PressAsync("Enter");
        try
        {
            await OpenedAsync(page, "medical-records-specialists-vs-registered-nurses", 2);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // Seen in full runs on a loaded machine: say where the page stood.
            var state = await page.Page.EvaluateAsync<string>("""
                () => JSON.stringify({ url: location.href, focus: document.activeElement && document.activeElement.id,
                  a: document.getElementById('compare-a').value, b: document.getElementById('compare-b').value,
                  expanded: document.getElementById('compare-b').getAttribute('aria-expanded'),
                  error: (document.getElementById('picker-error') || {}).textContent })
                """);
            Assert.Fail($"Enter did not open the comparison. Page state: {state}; errors: {string.Join(" | ", page.Errors)}");
        }

        Assert.Equal(["Medical Records Specialists", "Registered Nurses"], await HeadersAsync(page));

        // A third and a fourth, from the "add an occupation" box at the top of the comparison.
        await PickAsync(page, "#add-occupation-input", "actor", "Actors");
        await page.Page.Keyboard.PressAsync("Enter");
        await OpenedAsync(page, "medical-records-specialists-vs-registered-nurses-vs-actors", 3);
        await PickAsync(page, "#add-occupation-input", "cardiolog", "Cardiologists");
        await page.Page.Keyboard.PressAsync("Enter");
        await OpenedAsync(page, "medical-records-specialists-vs-registered-nurses-vs-actors-vs-cardiologists", 4);
        Assert.Equal(["Medical Records Specialists", "Registered Nurses", "Actors", "Cardiologists"], await HeadersAsync(page));

        // Remove one with the control in its column's header, reached with Tab and followed with Enter; four is the
        // most, so the box to add one is gone.
        Assert.Equal(0, await page.Page.Locator("#add-occupation").CountAsync());
        // The controls that remove an occupation are in the overview's table, in a section that opens on demand.
        await page.OpenSectionAsync("overview");
        await page.Page.EvaluateAsync("() => document.getElementById('main').focus()");
        Assert.Equal("Remove Actors from this comparison", (await page.Page.Locator("#overview-table .remove-occupation[data-remove=actors]").TextContentAsync())!.Replace("✕ ", string.Empty, StringComparison.Ordinal).Trim());
        await page.TabToAsync("#overview-table .remove-occupation[data-remove=actors]");
        await page.Page.Keyboard.PressAsync("Enter");
        await OpenedAsync(page, "medical-records-specialists-vs-registered-nurses-vs-cardiologists", 3);
        Assert.Equal(["Medical Records Specialists", "Registered Nurses", "Cardiologists"], await HeadersAsync(page));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_phone_the_menu_button_opens_the_menu_and_its_search_from_the_keyboard()
    {
        await using var page = await browser.OpenAsync("/occupations/registered-nurses", BrowserFixture.Phone);
        var search = page.Page.Locator("#nav-search");
        await Assertions.Expect(search).ToBeHiddenAsync();

        await page.TabToAsync("button.navbar-toggler");
        await page.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(search).ToBeVisibleAsync();
        Assert.Equal("true", await page.Page.Locator("button.navbar-toggler").GetAttributeAsync("aria-expanded"));
        await page.TabToAsync("#nav-search");
        await page.Page.Keyboard.TypeAsync("cardiolog");
        await ArrowToAsync(page, "#nav-search", "Cardiologists");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.ArrivedAtAsync(new Regex("/occupations/cardiologists$"));
        page.AssertNoErrors();
    }

    /// <summary>Tabs to the box, types, arrows down to the suggestion titled <paramref name="title"/> and takes it with Enter.</summary>
    private static async Task PickAsync(SitePage page, string input, string typed, string title)
    {
        await page.TabToAsync(input);
        await page.Page.Keyboard.TypeAsync(typed);
        await ArrowToAsync(page, input, title);
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(title, await page.Page.Locator(input).InputValueAsync());
        Assert.Equal("false", await page.Page.Locator(input).GetAttributeAsync("aria-expanded"));
    }

    /// <summary>Presses the down arrow until the highlighted suggestion starts with <paramref name="title"/>; returns its text.</summary>
    private static async Task<string> ArrowToAsync(SitePage page, string input, string title)
    {
        var box = page.Page.Locator(input);
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        // The list opens on the first letters typed and is replaced as the answers for the whole text arrive: arrowing
        // through an earlier list on a slow machine would miss the title, so wait until the list holds it.
        var listId = await box.GetAttributeAsync("aria-controls");
        await Assertions.Expect(page.Page.Locator($"#{listId} [role=option]", new() { HasTextRegex = new Regex("^" + Regex.Escape(title)) }).First)
            .ToBeAttachedAsync();
        for (var i = 0; i < 10; i++)
        {
            await page.Page.Keyboard.PressAsync("ArrowDown");
            var active = await box.GetAttributeAsync("aria-activedescendant");
            Assert.NotNull(active);
            var text = await page.Page.Locator("#" + active).InnerTextAsync();
            if (text.StartsWith(title, StringComparison.Ordinal))
            {
                return text;
            }
        }

        Assert.Fail($"No suggestion for {input} starts with {title}.");
        return string.Empty;
    }

    /// <summary>
    /// Waits for the comparison at <paramref name="slugs"/> to be the page shown with its <paramref name="columns"/>
    /// occupations' headers: the address and the table, not the load event, which waits for every late asset.
    /// </summary>
    private static async Task OpenedAsync(SitePage page, string slugs, int columns)
    {
        await page.ArrivedAtAsync(new Regex("/compare/" + Regex.Escape(slugs) + "$"));
        await Assertions.Expect(page.Page.Locator("#salary-table thead th[data-occupation]")).ToHaveCountAsync(columns);
        // The salary table is in a section that opens on demand; then the keyboard starts again from the top of the content.
        await page.OpenSectionAsync("salary");
        await page.Page.EvaluateAsync("() => document.getElementById('main').focus()");
    }

    private static async Task<string[]> HeadersAsync(SitePage page) =>
        [.. await page.Page.Locator("#salary-table thead th[data-occupation]").AllInnerTextsAsync()];
}
