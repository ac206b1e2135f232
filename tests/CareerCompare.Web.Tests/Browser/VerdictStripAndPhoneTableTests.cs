using System.Text.Json;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// A comparison on a phone (390×844): the verdict strip fits the first screen; tables of three and four occupations keep
/// their first column in view, break names only between words and say how many occupations are in view until all are;
/// the move tables' titles stand above them.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class VerdictStripAndPhoneTableTests(BrowserFixture browser)
{
    /// <summary>Three occupations, one of them with the long title whose header once broke mid-word.</summary>
    private const string ThreeWithLongTitles = "/compare/software-developers-vs-registered-nurses-vs-information-security-analysts";

    [Theory]
    [InlineData(SitePages.FourWayComparison)]
    [InlineData(SitePages.FourWayComparison + "?state=CA")]
    [InlineData(SitePages.ThreeWayComparison + "?state=CA")]
    public async Task On_a_phone_the_whole_verdict_strip_is_on_the_first_screen(string path)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Phone);

        var reading = await page.Page.EvaluateAsync<JsonElement>("""
            () => {
              const rows = Array.from(document.querySelectorAll('#verdict-strip .verdict'));
              return { screen: window.innerHeight, rows: rows.length, bottom: Math.max(...rows.map(r => r.getBoundingClientRect().bottom)),
                       first: rows[0].textContent.replace(/\s+/g, ' ').trim() };
            }
            """);

        Assert.True(reading.GetProperty("rows").GetInt32() >= 5, "The strip has fewer than five rows.");
        Assert.True(reading.GetProperty("bottom").GetDouble() <= reading.GetProperty("screen").GetDouble(),
            $"The strip ends at {reading.GetProperty("bottom").GetDouble()} px, below the first screen ({reading.GetProperty("screen").GetDouble()} px).");
        Assert.Matches(@"^Pays most [A-Z][\w ]+: \$\d", reading.GetProperty("first").GetString()!);
        await AssertNoSidewaysScrollAsync(page);
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(SitePages.FourWayComparison, 4)]
    [InlineData(SitePages.ThreeWayComparison, 3)]
    [InlineData(ThreeWithLongTitles, 3)]
    public async Task On_a_phone_wide_tables_say_how_many_occupations_are_in_view_and_break_no_word(string path, int occupations)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Phone);

        var tables = await ReadTablesAsync(page.Page);

        var wide = tables.Where(t => t.Occupations == occupations).ToList();
        Assert.NotEmpty(wide);
        foreach (var table in wide)
        {
            Assert.True(table.Scroll > table.Box, $"{table.Id} fits its box at 390 px: nothing to cue.");
            Assert.Matches($"^[12] of {occupations} occupations shown: swipe sideways for more$", table.Cue);
            // A slice of the next column shows at the box's right edge: it is cut, not hidden.
            Assert.True(table.SliceOfNext >= 24, $"{table.Id}: only {table.SliceOfNext} px of the next column show.");
        }

        // Every word of every header and row name on one line and inside its cell.
        Assert.Empty(tables.SelectMany(t => t.BrokenWords));

        // Scrolled to its end, a table's cue follows what is in view.
        var afterScroll = await page.Page.EvaluateAsync<string>("""
            async () => {
              const box = document.querySelector('#overview-table').closest('.compare-scroll');
              box.scrollLeft = box.scrollWidth;
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              const last = box.querySelector('thead th:last-child').getBoundingClientRect();
              const cue = document.getElementById('overview-table-cue');
              return `${Math.round(box.getBoundingClientRect().right - last.right)}|${cue.hidden ? '' : cue.textContent}`;
            }
            """);
        var parts = afterScroll.Split('|');
        Assert.InRange(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), -1, 40);
        Assert.Matches($"^\\d of {occupations} occupations shown", parts[1]);
        await AssertNoSidewaysScrollAsync(page);
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(SitePages.FourWayComparison)]
    [InlineData(ThreeWithLongTitles)]
    public async Task On_a_desktop_every_occupation_is_in_view_and_no_cue_shows(string path)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Desktop);

        var tables = await ReadTablesAsync(page.Page);

        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.Equal(string.Empty, t.Cue));
        Assert.Empty(tables.SelectMany(t => t.BrokenWords));
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData("/compare/registered-nurses-vs-medical-and-health-services-managers", "#move-1-build")]
    [InlineData("/occupations/registered-nurses", "#moves-table")]
    public async Task Move_tables_have_their_titles_above_them(string path, string table)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Desktop);

        var reading = await page.Page.EvaluateAsync<double[]>($$"""
            () => {
              const table = document.querySelector('{{table}}');
              return [table.querySelector('caption').getBoundingClientRect().bottom, table.querySelector('thead').getBoundingClientRect().top];
            }
            """);

        Assert.True(reading[0] <= reading[1] + 1, $"The title of {table} is drawn under its table.");
        page.AssertNoErrors();
    }

    private sealed record TableReading(string Id, int Occupations, int Scroll, int Box, int SliceOfNext, string Cue, IReadOnlyList<string> BrokenWords);

    /// <summary>
    /// Each comparison table: its widths, its cue, how much of the first column not wholly in view shows, and the words of
    /// its headers and row names that take more than one line (Range.getClientRects per word) or run past their cell.
    /// Hyphens and dashes are break points of their own ("Highest-paying", "2024–34").
    /// </summary>
    private static async Task<List<TableReading>> ReadTablesAsync(IPage page)
    {
        var readings = await page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('.compare-scroll')).map(box => {
              const id = box.querySelector('table').id;
              const broken = [];
              for (const th of box.querySelectorAll('th:not([colspan])')) {
                const cell = th.getBoundingClientRect();
                const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  if (node.parentElement.closest('.visually-hidden')) continue;
                  for (const m of node.data.matchAll(/[^\s\-\u2010-\u2015\/]+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                    const r = range.getBoundingClientRect();
                    if (lines.size > 1 || r.right > cell.right + 0.5) broken.push(`${id}: "${m[0]}" on ${lines.size} lines, ${Math.round(r.right - cell.right)} px past its cell`);
                  }
                }
              }
              const right = box.getBoundingClientRect().right;
              const cut = Array.from(box.querySelectorAll('thead th[data-occupation]')).map(th => th.getBoundingClientRect()).find(r => r.right > right + 1);
              const cue = document.getElementById(id + '-cue');
              return { id, occupations: box.querySelectorAll('thead th[data-occupation]').length, scroll: box.scrollWidth, box: box.clientWidth,
                       slice: cut ? Math.round(right - cut.left) : 0, cue: cue && !cue.hidden && cue.getClientRects().length > 0 ? cue.textContent.trim() : '',
                       broken };
            })
            """);
        return readings.EnumerateArray().Select(t => new TableReading(t.GetProperty("id").GetString()!, t.GetProperty("occupations").GetInt32(),
            t.GetProperty("scroll").GetInt32(), t.GetProperty("box").GetInt32(), t.GetProperty("slice").GetInt32(), t.GetProperty("cue").GetString()!,
            t.GetProperty("broken").EnumerateArray().Select(b => b.GetString()!).ToList())).ToList();
    }

    private static async Task AssertNoSidewaysScrollAsync(SitePage page)
    {
        var widths = await page.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide on a {widths[1]} px screen.");
    }
}
