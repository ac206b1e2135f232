using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>Every chart really draws in Chromium, and the numbers it draws are the numbers in its table.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class ChartTests(BrowserFixture browser)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    // What each chart drew, read from the page: Chart.js's own data, the canvas's pixels and the table's cells.
    private const string ReadCharts = """
        async () => {
          const readings = [];
          for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
          // A chart is in its section's details: open the section through its anchor, as a link to it would.
          const frame = canvas.closest('section.page-section');
          const details = frame && frame.querySelector(':scope > details');
          if (details && !details.open) {
            location.hash = frame.dataset.anchor;
            for (let i = 0; i < 250 && !details.open; i++) {
              await new Promise(resolve => setTimeout(resolve, 20));
            }
          }
          // Charts are drawn as they come near the screen: bring each one there, as a reader scrolling would.
          canvas.scrollIntoView({ block: 'center' });
          for (let i = 0; i < 250 && !(window.Chart && Chart.getChart(canvas)); i++) {
            await new Promise(resolve => setTimeout(resolve, 20));
          }
          await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const chart = window.Chart ? Chart.getChart(canvas) : undefined;
          const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0, coloured = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            if (pixels[i + 3] === 0) continue;
            painted++;
            const r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
            if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
          }
          const spec = JSON.parse(document.getElementById(canvas.dataset.chart).textContent);
          const summary = document.getElementById(canvas.getAttribute('aria-describedby'));
          readings.push({
            id: canvas.id,
            drawn: chart !== undefined,
            role: canvas.getAttribute('role'),
            summary: summary ? summary.textContent.trim() : '',
            width: canvas.width, height: canvas.height, painted, coloured,
            unit: spec.unit,
            labels: chart ? chart.data.labels.length : 0,
            ticks: chart ? (chart.options.indexAxis === 'y' ? chart.scales.y : chart.scales.x).ticks.length : 0,
            values: chart ? chart.data.datasets.flatMap(d => d.data.flatMap(v => Array.isArray(v) ? v : [v])).filter(v => v !== null).map(v => String(v)) : [],
            cells: Array.from(document.querySelectorAll('#' + canvas.id + '-table tbody td')).map(td => td.textContent.trim())
          });
          }
          return readings;
        }
        """;

    [Theory]
    // Profiles: pay, pay since 2019, skills, education, gender, race and interests (software developers: no skill or education ratings).
    [InlineData("/occupations/registered-nurses", 7)]
    [InlineData("/occupations/software-developers", 5)]
    [InlineData("/occupations/" + SeedDocument.Director, 4)]
    [InlineData(SeedDocument.ComparisonUrl, 4)]
    // The four-way comparison: pay, pay since 2019, education, gender, race, interests, and a levels-to-build chart for each move whose occupations O*NET rates (nurses to actors; software developers and cardiologists are not rated).
    [InlineData(SitePages.FourWayComparison, 8)]
    public async Task Every_chart_draws_and_its_table_holds_the_numbers_it_draws(string path, int expectedCharts)
    {
        await using var page = await browser.OpenAsync(path);
        var charts = (await page.Page.EvaluateAsync<JsonElement>(ReadCharts)).Deserialize<ChartReading[]>(JsonOptions)!;

        page.AssertNoErrors();
        Assert.True(charts.Length == expectedCharts, $"{path} has {charts.Length} charts, expected {expectedCharts}.");
        foreach (var chart in charts)
        {
            Assert.True(chart.Drawn, $"{chart.Id} on {path} has no Chart.js chart.");
            Assert.Equal("img", chart.Role);
            Assert.False(string.IsNullOrWhiteSpace(chart.Summary), $"{chart.Id} on {path} has no summary.");
            Assert.True(chart.Width > 100 && chart.Height > 100, $"{chart.Id} on {path} is {chart.Width}×{chart.Height}.");
            // Axes and labels are grey; bars and points are coloured. A chart that drew its data has coloured pixels.
            Assert.True(chart.Coloured > 500, $"{chart.Id} on {path}: {chart.Coloured} coloured pixels of {chart.Painted} painted.");
            AssertTableHoldsDrawnValues(path, chart);
        }

        page.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_phone_every_bar_of_a_four_way_comparison_keeps_its_name()
    {
        await using var page = await browser.OpenAsync(SitePages.FourWayComparison, BrowserFixture.Phone);

        var charts = (await page.Page.EvaluateAsync<JsonElement>(ReadCharts)).Deserialize<ChartReading[]>(JsonOptions)!;

        Assert.NotEmpty(charts);
        Assert.All(charts, c => Assert.True(c.Labels == c.Ticks, $"{c.Id} names {c.Ticks} of its {c.Labels} bars."));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Charts_far_below_the_screen_are_drawn_only_when_scrolled_to()
    {
        await using var page = await browser.OpenAsync(SitePages.FourWayComparison);
        const string drawn = "id => !!(window.Chart && Chart.getChart(document.getElementById(id)))";

        Assert.False(await page.Page.EvaluateAsync<bool>(drawn, "skills-chart"));
        await page.OpenSectionAsync("skills");
        await page.Page.Locator("#skills-chart").ScrollIntoViewIfNeededAsync();

        await page.Page.WaitForFunctionAsync(drawn, "skills-chart");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task The_salary_chart_draws_the_median_the_profile_states()
    {
        await using var page = await browser.OpenAsync("/occupations/registered-nurses");
        var median = await page.Page.EvaluateAsync<double>("""
            () => JSON.parse(document.getElementById('salary-chart-data').textContent).datasets.find(d => d.kind === 'point').data[0]
            """);
        var stated = await page.Page.Locator("#salary-chart-table tbody tr").First.TextContentAsync() ?? string.Empty;

        Assert.Equal(97550, median); // May 2025
        Assert.Contains("$97,550", stated, StringComparison.Ordinal);
        Assert.Contains("$97,550", await page.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static void AssertTableHoldsDrawnValues(string path, ChartReading chart)
    {
        var drawn = chart.Values.Select(v => double.Parse(v, CultureInfo.InvariantCulture))
            .Select(v => chart.Unit == "hourly" ? v / 100 : v).ToList();
        var shown = chart.Cells.Select(cell => Number().Match(cell)).Where(m => m.Success).ToList();

        Assert.True(drawn.Count == shown.Count,
            $"{chart.Id} on {path} draws {drawn.Count} values but its table shows {shown.Count}: [{string.Join(", ", chart.Values)}] vs [{string.Join(" | ", chart.Cells)}]");
        foreach (var match in shown)
        {
            var text = match.Value.Replace(",", string.Empty, StringComparison.Ordinal);
            var value = double.Parse(text, CultureInfo.InvariantCulture);
            var decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var index = drawn.FindIndex(d => Math.Abs(Math.Round(d, decimals, MidpointRounding.AwayFromZero) - value) < 1e-9);
            Assert.True(index >= 0, $"{chart.Id} on {path}: the table shows {match.Value} but the chart draws [{string.Join(", ", chart.Values)}].");
            drawn.RemoveAt(index);
        }
    }

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Number();

    public sealed record ChartReading(
        string Id, bool Drawn, string? Role, string Summary, int Width, int Height, int Painted, int Coloured, string Unit, string[] Values, string[] Cells, int Labels, int Ticks);
}
