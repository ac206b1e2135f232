using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on every page type at desktop width, and the checks axe cannot
/// make; the phone width has a class and a site of its own (<see cref="PhoneAccessibilityTests"/>), run beside this one.
/// </summary>
[Collection(AxeBrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    public static TheoryData<string, string, int> All => SitePages.All;

    [Theory]
    [MemberData(nameof(All))]
    public async Task Axe_finds_no_WCAG_A_or_AA_violation_on_a_desktop(string name, string path, int status)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Desktop, expectOk: status == 200);
        await AssertNoViolationsAsync(page, $"{name} ({path}) on a desktop");
    }

    [Fact]
    public async Task Axe_finds_no_violation_with_the_suggestions_open_and_the_chart_tables_expanded()
    {
        await using var page = await browser.OpenAsync("/occupations/registered-nurses");
        await page.Page.Locator("#nav-search").FillAsync("nurse");
        await Assertions.Expect(page.Page.Locator("#nav-search-suggestions")).ToBeVisibleAsync();
        await page.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await AssertNoViolationsAsync(page, "a profile with suggestions open and chart tables expanded");
    }

    [Fact]
    public async Task Chart_tables_are_reached_with_the_keyboard_and_open_with_Enter()
    {
        await using var page = await browser.OpenAsync("/occupations/registered-nurses");
        var table = page.Page.Locator("#salary-chart-table");
        await Assertions.Expect(table).ToBeHiddenAsync();

        // The chart is in the pay section, opened from the keyboard first.
        await page.TabToAsync("#salary-details > summary");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.TabToAsync("#salary-chart-figure summary");
        await page.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(table).ToBeVisibleAsync();
        Assert.Contains("$97,550", await table.InnerTextAsync(), StringComparison.Ordinal);
        // The table's scrolling box is the next stop, so a wide table can be scrolled from the keyboard.
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("SECTION salary-chart-table-caption", await page.Page.EvaluateAsync<string>(
            "() => document.activeElement.tagName + ' ' + document.activeElement.getAttribute('aria-labelledby')"));
    }

    [Fact]
    public async Task Higher_marks_are_words_and_a_symbol_not_colour_alone()
    {
        await using var page = await browser.OpenAsync(SitePages.FourWayComparison);
        await page.OpenSectionAsync("salary");
        var marks = page.Page.Locator("#salary-table .higher-mark");
        Assert.True(await marks.CountAsync() > 0);
        foreach (var text in await marks.AllInnerTextsAsync())
        {
            Assert.Equal("▲ Highest", text.Trim());
        }

        // With the system's forced colours (high contrast), where the site's colours are gone, the mark still reads.
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.Active });
        var highest = page.Page.Locator("#salary-table td.is-highest .higher-mark").First;
        await Assertions.Expect(highest).ToBeVisibleAsync();
        Assert.Contains("Highest", await highest.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.navbar-brand")]
    [InlineData("#nav-search")]
    [InlineData("#home-search")]
    [InlineData("main a[href^='/compare/']")]
    [InlineData("main button[type=submit]")]
    public async Task Focus_is_visible_on_links_fields_and_buttons(string selector)
    {
        await using var page = await browser.OpenAsync("/");
        await page.TabToAsync(selector);
        var ring = await page.Page.EvaluateAsync<string[]>("""
            () => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }
            """);

        var outlined = ring[0] != "none" && ring[1] != "0px";
        var shadowed = ring[2] != "none";
        Assert.True(outlined || shadowed, $"{selector} shows no focus ring: outline {ring[0]} {ring[1]}, box-shadow {ring[2]}.");
    }

    internal static async Task AssertNoViolationsAsync(SitePage page, string what)
    {
        var result = await page.Page.RunAxe(WcagAandAA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")));
        Assert.True(result.Violations.Length == 0, $"axe on {what}:\n{string.Join('\n', violations)}");
        Assert.True(result.Passes.Length >= 15, $"axe ran only {result.Passes.Length} passing rules on {what}.");
        page.AssertNoErrors();
    }
}
