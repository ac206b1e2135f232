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

        await AssertNoSidewaysScrollAsync(page, path, width);
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
        await page.OpenAllSectionsAsync();

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

        await AssertNoSidewaysScrollAsync(page, path, "phone");
    }

    // The comparison's layout targets: at 1366 px no table is wider than its box and no row name takes more than two
    // lines; at 390 px a table scrolls at most one more screen width; the page itself never scrolls sideways.
    [Theory]
    [InlineData(SitePages.FourWayComparison, "desktop")]
    [InlineData(SitePages.FourWayComparison, "phone")]
    [InlineData(SitePages.ThreeWayComparison, "desktop")]
    [InlineData(SitePages.ThreeWayComparison, "phone")]
    [InlineData(Infrastructure.SeedDocument.ComparisonUrl, "desktop")]
    [InlineData(Infrastructure.SeedDocument.ComparisonUrl, "phone")]
    [InlineData("/compare/patient-account-manager-vs-medical-and-health-services-managers", "desktop")]
    public async Task Three_and_four_occupations_fit_their_tables(string path, string width)
    {
        await using var page = await browser.OpenAsync(path, width == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        await page.OpenAllSectionsAsync();

        var tables = (await page.Page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('.compare-scroll')).map(box => {
              const lineHeight = parseFloat(getComputedStyle(box.querySelector('tbody th[scope=row]')).lineHeight);
              const tallest = Math.max(...Array.from(box.querySelectorAll('tbody th[scope=row]')).map(th => {
                const range = document.createRange();
                range.selectNodeContents(th);
                return Math.round(range.getBoundingClientRect().height / lineHeight);
              }));
              const columns = Array.from(box.querySelectorAll('thead th[data-occupation]')).map(th => Math.round(th.getBoundingClientRect().width));
              return { id: box.querySelector('table').id, scroll: box.scrollWidth, box: box.clientWidth, lines: tallest, columns };
            })
            """)).EnumerateArray().ToList();

        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var id = table.GetProperty("id").GetString();
            var scroll = table.GetProperty("scroll").GetInt32();
            var box = table.GetProperty("box").GetInt32();
            var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetInt32()).ToList();
            Assert.True(columns.Max() - columns.Min() <= 1, $"{id}: occupation columns of unequal widths {string.Join(", ", columns)}.");
            if (width == "desktop")
            {
                Assert.True(scroll <= box, $"{id} is {scroll} px wide in a {box} px box.");
                Assert.True(table.GetProperty("lines").GetInt32() <= 2, $"{id}: a row name takes {table.GetProperty("lines").GetInt32()} lines.");
            }
            else
            {
                Assert.True(scroll <= 2 * box, $"{id} scrolls {scroll} px in a {box} px box: more than one extra screen.");
            }
        }

        await AssertNoSidewaysScrollAsync(page, path, width);
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(SitePages.FourWayComparison)]
    [InlineData(Infrastructure.SeedDocument.ComparisonUrl)]
    public async Task On_a_phone_the_first_screen_of_a_comparison_holds_the_short_answer(string path)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Phone);

        var reading = await page.Page.EvaluateAsync<JsonElement>("""
            () => {
              const answer = document.querySelector('#short-answer');
              const first = answer.querySelector('dd');
              return { top: answer.getBoundingClientRect().top, firstBottom: first.getBoundingClientRect().bottom, screen: window.innerHeight,
                       firstText: first.textContent.trim() };
            }
            """);

        Assert.True(reading.GetProperty("top").GetDouble() < reading.GetProperty("screen").GetDouble() / 2, "The short answer starts below the middle of the first screen.");
        Assert.True(reading.GetProperty("firstBottom").GetDouble() <= reading.GetProperty("screen").GetDouble(), "The first answer does not fit the first screen.");
        Assert.Matches(@"\$\d", reading.GetProperty("firstText").GetString()!);
    }

    /// <summary>The page itself is no wider than the screen: whatever is wide scrolls inside its own box.</summary>
    private static async Task AssertNoSidewaysScrollAsync(SitePage page, string path, string width)
    {
        var widths = await page.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide on a {widths[1]} px {width} screen.");
    }
}
