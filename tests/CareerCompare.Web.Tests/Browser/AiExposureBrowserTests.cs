using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// The exposure-to-AI section on a profile and a comparison, and the sources page, on a phone (390×844) and a desktop
/// (1366×768): axe's WCAG A and AA rules, no sideways scroll, and a screenshot of each to look at.
/// </summary>
[Collection(AxeBrowserTests.Name)]
public sealed class AiExposureBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, string, string, string> Pages
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var width in new[] { "phone", "desktop" })
            {
                data.Add("ai-profile", "/occupations/software-developers", "#ai-exposure", width);
                data.Add("ai-comparison", SitePages.FourWayComparison, "#ai-table", width);
                data.Add("ai-sources", "/sources", "#source-gpts-are-gpts", width);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Section_passes_axe_and_does_not_scroll_sideways(string name, string path, string selector, string width)
    {
        await using var page = await browser.OpenAsync(path, width == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        // The section opens from its anchor, as from the page's guide: its figures sit behind a disclosure until then.
        if (name != "ai-sources")
        {
            await page.OpenSectionAsync("ai-exposure");
        }

        var section = page.Page.Locator(selector);
        await section.ScrollIntoViewIfNeededAsync();
        Assert.True(await section.IsVisibleAsync(), $"{selector} is not shown on {path} ({width}).");
        await section.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.OutputDirectory, $"{name}-section-{width}.png") });
        await page.ScreenshotAsync($"{name}-{width}");

        var widths = await page.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide on a {widths[1]} px {width} screen.");
        // axe from the top of the page, the section still open: its target-size rule judges the strip's controls by where
        // they are drawn, and scrolled far below them it reported the strip's fold, 24 px high with nothing near it.
        await page.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await AccessibilityTests.AssertNoViolationsAsync(page, $"{name} ({path}) on a {width}");
        page.AssertNoErrors();
    }
}
