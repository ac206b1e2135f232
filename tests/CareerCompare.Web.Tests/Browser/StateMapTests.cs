using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>The map of pay by state draws in Chromium, only when scrolled to, and its table holds the numbers it draws.</summary>
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
              hourly: tr.cells[2].textContent.trim()
            }))
          };
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
        var map = await page.Page.EvaluateAsync<JsonElement>(ReadMap);

        Assert.True(map.GetProperty("coloured").GetInt32() > 5000, $"The map of {path} has {map.GetProperty("coloured").GetInt32()} coloured pixels.");
        var rows = map.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("state").GetString()!,
            r => r.GetProperty(hourly ? "hourly" : "yearly").GetString()!);
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
            Assert.True(cell.Contains("$" + text, StringComparison.Ordinal), $"{state}: the map draws {text}, the table says {cell}.");
        }

        if (BrowserFixture.MakingPictures)
        {
            await page.Page.Locator("#state-map-figure").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.OutputDirectory, $"state-map-{(hourly ? "hourly" : "yearly")}.png"),
            });
        }

        page.AssertNoErrors();
    }

    [Fact]
    public async Task Sorting_the_state_table_by_the_mean_puts_the_highest_first()
    {
        await using var page = await browser.OpenAsync("/occupations/registered-nurses");
        await page.OpenSectionAsync("state-pay");
        var heading = page.Page.Locator("#state-table thead th").Nth(1).Locator("button");

        await heading.ClickAsync();
        await heading.ClickAsync();

        Assert.Equal("descending", await page.Page.Locator("#state-table thead th").Nth(1).GetAttributeAsync("aria-sort"));
        Assert.Equal("California", (await page.Page.Locator("#state-table tbody tr").First.Locator("th").TextContentAsync())?.Trim());
        page.AssertNoErrors();
    }
}
