using System.Text.Json;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// Phone (390×844) and desktop (1366×768): screenshots of each pictured page, no sideways scrolling, tap targets of at
/// least 24×24 CSS pixels, and comparisons that stay readable on a phone.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    // Targets smaller than 24×24 that WCAG 2.5.8 exempts are left out: links inside a sentence (inline in text).
    private const string SmallTargets = """
        () => Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=option]'))
          .filter(e => {
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            // Nothing to tap: not rendered, or hidden until focused (the skip link is 1×1 until then).
            if (r.width <= 1 || r.height <= 1 || s.visibility === 'hidden') return false;
            if (e.tagName === 'A' && s.display === 'inline') {
              const text = Array.from(e.parentElement.childNodes).filter(n => n !== e).map(n => n.textContent).join('').trim();
              if (text.length > 0) return false;
            }
            return r.width < 24 || r.height < 24;
          })
          .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.textContent || e.value || '').trim().slice(0, 40)}" ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`)
        """;

    /// <summary>Each pictured page at phone and desktop widths.</summary>
    public static TheoryData<string, string, string> PicturedAtBothWidths
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var width in new[] { "phone", "desktop" })
            {
                foreach (var page in SitePages.Pictured)
                {
                    data.Add((string)page[0], (string)page[1], width);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PicturedAtBothWidths))]
    public async Task Nothing_scrolls_sideways_and_every_tap_target_is_big_enough(string name, string path, string width)
    {
        await using var page = await browser.OpenAsync(path, width == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        await page.ScreenshotAsync($"{name}-{width}");

        var widths = await page.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide on a {widths[1]} px {width} screen.");
        var small = await page.Page.EvaluateAsync<string[]>(SmallTargets);
        Assert.True(small.Length == 0, $"Targets under 24×24 on {path} ({width}):\n{string.Join('\n', small)}");
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(SitePages.FourWayComparison)]
    [InlineData(Infrastructure.SeedDocument.ComparisonUrl)]
    public async Task On_a_phone_a_comparison_scrolls_inside_its_tables_and_the_row_names_stay_in_view(string path)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Phone);

        // Scroll every table to its right end; the figure's name in each row stays at the table's left edge.
        var readings = (await page.Page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('.compare-scroll')).map(box => {
              box.scrollLeft = box.scrollWidth;
              const boxLeft = box.getBoundingClientRect().left;
              const header = box.querySelector('tbody th[scope=row]');
              const last = box.querySelector('thead th:last-child');
              return {
                id: box.querySelector('table').id,
                boxWidth: box.clientWidth,
                headerLeft: Math.round(header.getBoundingClientRect().left - boxLeft),
                headerWidth: Math.round(header.getBoundingClientRect().width),
                lastRight: Math.round(last.getBoundingClientRect().right - boxLeft)
              };
            })
            """)).EnumerateArray().ToList();

        Assert.NotEmpty(readings);
        foreach (var table in readings)
        {
            var id = table.GetProperty("id").GetString();
            Assert.InRange(table.GetProperty("headerLeft").GetInt32(), -1, 1);
            Assert.True(table.GetProperty("headerWidth").GetInt32() >= 100, $"{id}: the row names are squeezed.");
            // The last column can be scrolled fully into the box.
            Assert.True(table.GetProperty("lastRight").GetInt32() <= table.GetProperty("boxWidth").GetInt32() + 1, $"{id}: the last column cannot be reached.");
        }

        var widths = await page.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide on a {widths[1]} px phone screen.");
    }
}
