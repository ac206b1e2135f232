namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// axe-core's WCAG A and AA rules on one page of each layout at phone width (<see cref="AccessibilityTests"/> has the
/// rules and the desktop width), with a site and browser of its own so the two widths run side by side.
/// </summary>
[Collection(PhoneAxeBrowserTests.Name)]
public sealed class PhoneAccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string, int> OnPhones => SitePages.OnPhones;

    [Theory]
    [MemberData(nameof(OnPhones))]
    public async Task Axe_finds_no_WCAG_A_or_AA_violation_on_a_phone(string name, string path, int status)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Phone, expectOk: status == 200);
        await AccessibilityTests.AssertNoViolationsAsync(page, $"{name} ({path}) on a phone");
    }

    [Theory]
    [InlineData("/occupations/registered-nurses")]
    [InlineData(SitePages.FourWayComparison)]
    public async Task Axe_finds_no_violation_with_the_guide_open_and_a_section_open(string path)
    {
        await using var page = await browser.OpenAsync(path, BrowserFixture.Phone);
        await page.Page.Locator("#page-guide-title").ClickAsync();
        await page.OpenSectionAsync("salary");
        await page.Page.EvaluateAsync("() => { document.getElementById('guide-menu').open = true; }");
        await AccessibilityTests.AssertNoViolationsAsync(page, $"{path} on a phone with the guide and a section open");
    }
}
