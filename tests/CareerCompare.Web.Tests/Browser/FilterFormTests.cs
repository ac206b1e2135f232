using System.Text.RegularExpressions;
using System.Globalization;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>The salary filter used as a person uses it: type, choose, submit, page, sort, share the address.</summary>
[Collection(BrowserTests.Name)]
public sealed class FilterFormTests(BrowserFixture browser)
{
    [Fact]
    public async Task Typing_a_salary_range_submitting_paging_and_sorting_keeps_the_filter_and_the_address_can_be_shared()
    {
        await using var page = await browser.OpenAsync("/occupations");

        await page.TabToAsync("#min");
        await page.Page.Keyboard.TypeAsync("50000");
        await page.Page.Keyboard.PressAsync("Tab");
        await page.Page.Keyboard.TypeAsync("$90,000");
        await page.Page.Locator("#basis").SelectOptionAsync("median");
        await page.Page.Locator("#sort").SelectOptionAsync("median-desc");
        await page.Page.Locator("#max").PressAsync("Enter");
        await page.ArrivedAtAsync("sort=median-desc");

        Assert.Contains("min=50000", page.Page.Url, StringComparison.Ordinal);
        Assert.Contains("basis=median", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal("50000", await page.Page.Locator("#min").InputValueAsync());
        Assert.Equal("$90,000", await page.Page.Locator("#max").InputValueAsync());
        var firstPage = await MediansAsync(page);
        Assert.Equal(20, firstPage.Count); // a full page
        Assert.All(firstPage, m => Assert.InRange(m, 50_000, 90_000));
        Assert.Equal(firstPage.OrderDescending(), firstPage);
        var count = await page.Page.Locator("#result-count").InnerTextAsync();
        Assert.Matches(@"^\d+ occupations match · page 1 of \d+\.", count);

        // Page 2, reached with the keyboard, continues the same order under the same filter.
        await page.TabToAsync("a[rel=next]");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.ArrivedAtAsync("page=2");
        var secondPage = await MediansAsync(page);
        Assert.NotEmpty(secondPage);
        Assert.All(secondPage, m => Assert.InRange(m, 50_000, 90_000));
        Assert.True(secondPage[0] <= firstPage[^1], $"Page 2 starts at {secondPage[0]}, after page 1 ended at {firstPage[^1]}.");
        Assert.Equal("median", await page.Page.Locator("#basis").InputValueAsync());

        // Sorting again from page 2 keeps the range.
        await page.Page.Locator("#sort").SelectOptionAsync("median");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.ArrivedAtAsync(new Regex("sort=median(&|$)"));
        var ascending = await MediansAsync(page);
        Assert.Equal(ascending.Order(), ascending);
        Assert.All(ascending, m => Assert.InRange(m, 50_000, 90_000));
        var shown = await SlugsAsync(page);

        // The same address opened in a new page shows the same occupations in the same order.
        await using var shared = await browser.OpenAsync(new Uri(page.Page.Url).PathAndQuery);
        Assert.Equal(shown, await SlugsAsync(shared));
        Assert.Equal(await page.Page.Locator("#result-count").InnerTextAsync(), await shared.Page.Locator("#result-count").InnerTextAsync());
        page.AssertNoErrors();
        shared.AssertNoErrors();
    }

    [Fact]
    public async Task A_bad_bound_is_reported_beside_the_field_and_the_field_is_marked_invalid()
    {
        await using var page = await browser.OpenAsync("/occupations");
        await page.Page.Locator("#min").FillAsync("lots");
        await page.Page.Locator("#min").PressAsync("Enter");
        await page.ArrivedAtAsync("min=lots");

        Assert.Equal("true", await page.Page.Locator("#min").GetAttributeAsync("aria-invalid"));
        var describedBy = await page.Page.Locator("#min").GetAttributeAsync("aria-describedby") ?? string.Empty;
        Assert.Contains("min-error", describedBy, StringComparison.Ordinal);
        Assert.Contains("lots", await page.Page.Locator("#min-error").InnerTextAsync(), StringComparison.Ordinal);
        page.AssertNoErrors();
    }

    private static async Task<List<int>> MediansAsync(SitePage page) =>
        [.. (await page.Page.Locator("#occupation-list tbody td[data-field=median]").AllInnerTextsAsync())
            .Select(text => int.Parse(text.Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)
                .Replace(" or more", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture))];

    private static async Task<string[]> SlugsAsync(SitePage page) =>
        await page.Page.Locator("#occupation-list tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.slug)");
}
