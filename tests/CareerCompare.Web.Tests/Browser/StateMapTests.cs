using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// The map of pay by state draws in Chromium, only when scrolled to, and its table holds the numbers it draws: after prices
/// first, as paid once the toggle says so; its table sorts money high-first and shows the adjusted figure on a phone.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StateMapTests(BrowserFixture browser)
{
    private const string Drawn = "() => !!(window.Chart && Chart.getChart(document.getElementById('state-map')))";

    // What the map drew: each shape's state and value (Chart.js's own data), its coloured pixels, and the table's cells.
    private const string ReadMap = """
        () => {
          const canvas = document.getElementById('state-map');
          const chart = Chart.getChart(canvas);
          const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let coloured = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            const r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
            if (pixels[i + 3] > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 30) coloured++;
          }
          return {
            coloured,
            drawn: chart.data.datasets[0].data.map((d, i) => ({ state: chart.data.labels[i], value: d.value })),
            rows: Array.from(document.querySelectorAll('#state-table tbody tr')).map(tr => ({
              state: tr.querySelector('th').textContent.trim(),
              yearly: tr.cells[1].textContent.trim(),
              hourly: tr.cells[2].textContent.trim(),
              afterPrices: tr.cells[4].textContent.trim()
            })),
            mode: canvas.dataset.mode,
            label: chart.data.datasets[0].label,
            shown: Array.from(document.querySelectorAll('#state-table thead th')).filter(th => th.offsetParent !== null).map(th => th.textContent.trim())
          };
        }
        """;

    private const string MapRedrawn = """
        mode => {
          const chart = Chart.getChart(document.getElementById('state-map'));
          return document.getElementById('state-map').dataset.mode === mode && chart.data.datasets[0].label.includes('after prices') === (mode === 'after-prices');
        }
        """;

    [Theory]
    [InlineData("/occupations/registered-nurses", false)]
    [InlineData("/occupations/actors", true)]
    public async Task The_map_draws_when_scrolled_to_and_its_table_holds_the_drawn_numbers(string path, bool hourly)
    {
        await using var page = await browser.OpenAsync(path);
        Assert.False(await page.Page.EvaluateAsync<bool>(Drawn), "The map was drawn before it came near the screen.");
        Assert.False(await page.Page.EvaluateAsync<bool>("() => !!window.ChartGeo"), "The geo module was fetched before the map came near the screen.");

        await page.OpenSectionAsync("state-pay");
        await page.Page.Locator("#state-map").ScrollIntoViewIfNeededAsync();
        await page.Page.WaitForFunctionAsync(Drawn);
        await page.Page.WaitForFunctionAsync("() => document.getElementById('state-map').dataset.drawn === 'true'");
        await page.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var afterPrices = await page.Page.EvaluateAsync<JsonElement>(ReadMap);
        Assert.Equal("after-prices", afterPrices.GetProperty("mode").GetString());
        AssertDrawnAsInTable(path, afterPrices, "afterPrices", hourly);

        if (BrowserFixture.MakingPictures)
        {
            await page.Page.EvaluateAsync("() => document.getElementById('state-pay-mode').scrollIntoView()");
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.OutputDirectory, $"state-pay-desktop-after-prices-{(hourly ? "hourly" : "yearly")}.png") });
        }

        // The toggle, from the keyboard: focus the checked radio button, the arrow key moves to "As paid".
        await page.Page.Locator("#state-pay-after-prices").FocusAsync();
        await page.Page.Keyboard.PressAsync("ArrowRight");
        Assert.True(await page.Page.Locator("#state-pay-as-paid").IsCheckedAsync());
        await page.Page.WaitForFunctionAsync(MapRedrawn, "as-paid");
        await page.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var map = await page.Page.EvaluateAsync<JsonElement>(ReadMap);
        AssertDrawnAsInTable(path, map, hourly ? "hourly" : "yearly", hourly);
        Assert.StartsWith("Mean " + (hourly ? "hourly" : "yearly") + " wage of", await page.Page.Locator("#state-map-title").TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("after prices", await page.Page.Locator("#state-map-title").TextContentAsync(), StringComparison.Ordinal);

        // The table's columns follow: as paid shows the nominal comparison, hides the adjusted ones.
        var shownAsPaid = map.GetProperty("shown").EnumerateArray().Select(e => e.GetString()!).ToList();
        var shownAfter = afterPrices.GetProperty("shown").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(shownAfter, h => h.EndsWith("after prices", StringComparison.Ordinal));
        Assert.Contains(shownAfter, h => h.Contains("adjusted for prices", StringComparison.Ordinal));
        Assert.DoesNotContain(shownAsPaid, h => h.EndsWith("after prices", StringComparison.Ordinal) || h.Contains("adjusted for prices", StringComparison.Ordinal));
        Assert.Contains(shownAsPaid, h => h.StartsWith("Against the national mean", StringComparison.Ordinal));

        if (BrowserFixture.MakingPictures)
        {
            await page.Page.EvaluateAsync("() => document.getElementById('state-pay-mode').scrollIntoView()");
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.OutputDirectory, $"state-pay-desktop-as-paid-{(hourly ? "hourly" : "yearly")}.png") });
            await page.Page.Locator("#state-map-figure").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.OutputDirectory, $"state-map-{(hourly ? "hourly" : "yearly")}.png"),
            });
        }

        page.AssertNoErrors();
    }

    /// <summary>Each shape's value is the table's figure in the column the map shows; never a territory.</summary>
    private static void AssertDrawnAsInTable(string path, JsonElement map, string column, bool hourly)
    {
        Assert.True(map.GetProperty("coloured").GetInt32() > 5000, $"The map of {path} has {map.GetProperty("coloured").GetInt32()} coloured pixels.");
        var rows = map.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("state").GetString()!,
            r => r.GetProperty(column).GetString()!);
        var drawn = map.GetProperty("drawn").EnumerateArray().ToList();
        // The states and DC where the occupation has a row (actors: 31); never a territory.
        Assert.InRange(drawn.Count, 25, 51);
        Assert.DoesNotContain(drawn, d => d.GetProperty("state").GetString() is "Guam" or "Puerto Rico" or "Virgin Islands");
        foreach (var shape in drawn)
        {
            var state = shape.GetProperty("state").GetString()!;
            Assert.True(rows.TryGetValue(state, out var cell), $"{state} is drawn but not in the table.");
            var value = shape.GetProperty("value");
            if (value.ValueKind == JsonValueKind.Null)
            {
                Assert.Equal("not published", cell);
                continue;
            }

            var amount = value.GetDouble() / (hourly ? 100 : 1);
            var text = amount.ToString(hourly ? "N2" : "N0", CultureInfo.InvariantCulture);
            Assert.True(cell.Contains("$" + text, StringComparison.Ordinal), $"{state}: the map draws {text}, the table says {cell} ({column}).");
        }
    }

    [Fact]
    public async Task Sorting_the_state_table_by_the_mean_puts_the_highest_first()
    {
        await using var page = await browser.OpenAsync("/occupations/registered-nurses");
        await page.OpenSectionAsync("state-pay");
        var heading = page.Page.Locator("#state-table thead th").Nth(1).Locator("button");

        // Money sorts high-first on the first press, the other way on the second; the state's name A to Z first.
        await heading.ClickAsync();

        Assert.Equal("descending", await page.Page.Locator("#state-table thead th").Nth(1).GetAttributeAsync("aria-sort"));
        Assert.Equal("California", (await page.Page.Locator("#state-table tbody tr").First.Locator("th").TextContentAsync())?.Trim());

        await heading.ClickAsync();
        Assert.Equal("ascending", await page.Page.Locator("#state-table thead th").Nth(1).GetAttributeAsync("aria-sort"));

        var afterPrices = page.Page.Locator("#state-table thead th").Nth(4).Locator("button");
        await afterPrices.ClickAsync();
        Assert.Equal("descending", await page.Page.Locator("#state-table thead th").Nth(4).GetAttributeAsync("aria-sort"));
        var first = await page.Page.Locator("#state-table tbody tr").First.GetAttributeAsync("data-state");
        var highest = await page.Page.EvaluateAsync<string>("""
            () => Array.from(document.querySelectorAll('#state-table tbody tr')).filter(tr => tr.cells[4].dataset.sort)
              .sort((a, b) => parseFloat(b.cells[4].dataset.sort) - parseFloat(a.cells[4].dataset.sort))[0].dataset.state
            """);
        Assert.Equal(highest, first);

        var state = page.Page.Locator("#state-table thead th").Nth(0).Locator("button");
        await state.ClickAsync();
        Assert.Equal("ascending", await page.Page.Locator("#state-table thead th").Nth(0).GetAttributeAsync("aria-sort"));
        Assert.Equal("Alabama", (await page.Page.Locator("#state-table tbody tr").First.Locator("th").TextContentAsync())?.Trim());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_phone_the_pay_after_prices_is_in_view_without_scrolling_sideways()
    {
        await using var page = await browser.OpenAsync("/occupations/registered-nurses", BrowserFixture.Phone);
        await page.OpenSectionAsync("state-pay");
        var cell = page.Page.Locator("#state-table tr[data-state='CA'] td").Nth(3);
        await cell.ScrollIntoViewIfNeededAsync();
        var box = await page.Page.EvaluateAsync<JsonElement>("""
            () => {
              const cell = document.querySelector("#state-table tr[data-state='CA'] td:nth-of-type(4)");
              const scroller = cell.closest('.table-responsive');
              const r = cell.getBoundingClientRect();
              return { right: r.right, width: r.width, viewport: window.innerWidth, scrolled: scroller.scrollLeft };
            }
            """);

        Assert.Equal(0, box.GetProperty("scrolled").GetDouble());
        Assert.True(box.GetProperty("width").GetDouble() > 0, "The after-prices cell is not shown on a phone.");
        Assert.True(box.GetProperty("right").GetDouble() <= box.GetProperty("viewport").GetDouble(),
            $"The after-prices cell ends at {box.GetProperty("right").GetDouble()} px, past the phone's {box.GetProperty("viewport").GetDouble()} px.");
        Assert.Matches(@"^\$\d{2,3},\d{3}$", (await cell.TextContentAsync())?.Trim());

        await page.Page.Locator("label[for='state-pay-as-paid']").ClickAsync();
        Assert.Equal("as-paid", await page.Page.Locator("#state-table").GetAttributeAsync("data-pay-mode"));
        Assert.False(await cell.IsVisibleAsync(), "The after-prices column stays on a phone in the as-paid mode.");
        Assert.True(await page.Page.Locator("#state-table tr[data-state='CA'] td").Nth(0).IsVisibleAsync());

        if (BrowserFixture.MakingPictures)
        {
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.OutputDirectory, "state-pay-phone-as-paid.png") });
            await page.Page.Locator("label[for='state-pay-after-prices']").ClickAsync();
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.OutputDirectory, "state-pay-phone-after-prices.png") });
        }

        page.AssertNoErrors();
    }
}
