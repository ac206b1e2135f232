using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>Printing a comparison gives its tables in black on white, without navigation, forms or charts.</summary>
[Collection(BrowserTests.Name)]
public sealed class PrintTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("comparison", SeedDocument.ComparisonUrl)]
    [InlineData("comparison-four", SitePages.FourWayComparison)]
    public async Task A_printed_comparison_is_a_black_and_white_table_without_navigation(string name, string path)
    {
        await using var page = await browser.OpenAsync(path);
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var reading = await page.Page.EvaluateAsync<JsonElement>("""
            () => {
              const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
              const hidden = ['header', 'footer', 'nav', 'form', 'canvas', '.picker-section', '.remove-occupation']
                .filter(s => Array.from(document.querySelectorAll(s)).some(shown));
              const coloured = [];
              for (const e of document.querySelectorAll('body *')) {
                if (!shown(e)) continue;
                const s = getComputedStyle(e);
                const bg = s.backgroundColor;
                if (s.color !== 'rgb(0, 0, 0)' || !(bg === 'rgba(0, 0, 0, 0)' || bg === 'rgb(255, 255, 255)')) {
                  coloured.push(`${e.tagName.toLowerCase()}.${e.className} color ${s.color} background ${bg}`);
                }
              }
              return {
                visibleNavigationOrForms: hidden,
                coloured: coloured.slice(0, 10),
                tables: Array.from(document.querySelectorAll('table.compare-table')).filter(shown).length,
                chartTables: Array.from(document.querySelectorAll('table.chart-table')).filter(shown).length,
                heading: document.querySelector('h1').textContent.trim()
              };
            }
            """);

        Assert.Empty(reading.GetProperty("visibleNavigationOrForms").EnumerateArray());
        Assert.Empty(reading.GetProperty("coloured").EnumerateArray().Select(x => x.GetString()));
        Assert.True(reading.GetProperty("tables").GetInt32() >= 4, "The comparison's tables do not print.");
        Assert.True(reading.GetProperty("chartTables").GetInt32() >= 3, "The charts' numbers do not print in place of the charts.");

        // The real printout, kept with the screenshots.
        var pdf = await page.Page.PdfAsync(new PagePdfOptions { Path = Path.Combine(BrowserFixture.OutputDirectory, $"{name}-print.pdf"), Format = "A4" });
        Assert.True(pdf.Length > 10_000);
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(SitePages.FourWayComparison)]
    [InlineData("/compare/registered-nurses-vs-software-developers?state=tx")]
    [InlineData("/occupations/registered-nurses")]
    public async Task Printed_every_section_shows_its_tables_and_notes_though_closed_on_screen(string path)
    {
        await using var page = await browser.OpenAsync(path);
        const string Hidden = """
            () => Array.from(document.querySelectorAll('section.page-section')).filter(s => {
              // What the disclosure holds, less what is only for a screen (the phone tables' "swipe" cue).
              const inside = Array.from(s.querySelectorAll(':scope > details > :not(summary)')).filter(e => !e.matches('.scroll-cue'));
              return inside.length === 0 || !inside.some(e => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0
                && getComputedStyle(e).contentVisibility !== 'hidden' && e.checkVisibility());
            }).map(s => s.dataset.anchor)
            """;
        Assert.NotEmpty(await page.Page.EvaluateAsync<string[]>(Hidden));

        // A print preview without the print events: the style sheet shows what is closed.
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Empty(await page.Page.EvaluateAsync<string[]>(Hidden));

        // Printing itself opens every section, and closes again those it opened once it is done.
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await page.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.Empty(await page.Page.EvaluateAsync<string[]>(Hidden));
        Assert.Equal(0, await page.Page.Locator("details.section-details:not([open])").CountAsync());
        await page.Page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        Assert.Equal(0, await page.Page.Locator("details.section-details[open]").CountAsync());
        page.AssertNoErrors();
    }
}
