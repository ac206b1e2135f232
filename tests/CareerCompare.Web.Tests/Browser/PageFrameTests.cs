using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// Pages that answer in one screen: a profile and a comparison are a few screens long with their sections closed, the
/// profile's first screen says pay, growth and entry education, every section is two actions from the first screen
/// (the "On this page" guide, then its link), and its details open from a link, the address, the keyboard and printing.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PageFrameTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Profile = "/occupations/registered-nurses";
    private const string FourWay = "/compare/registered-nurses-vs-software-developers-vs-actors-vs-legislators";

    private static ViewportSize Viewport(string width) => width == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop;

    [Theory]
    [InlineData(Profile, "desktop", 6)]
    [InlineData(Profile, "phone", 10)]
    [InlineData(FourWay, "desktop", 6)]
    [InlineData(FourWay, "phone", 10)]
    public async Task With_its_sections_closed_a_page_is_a_few_screens_long(string path, string width, double most)
    {
        await using var page = await browser.OpenAsync(path, Viewport(width));

        var size = await page.Page.EvaluateAsync<double[]>("() => [document.documentElement.scrollHeight, window.innerHeight]");
        var screens = size[0] / size[1];

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path} ({width}): {size[0]} / {size[1]} px = {screens:0.00} screens"));
        Assert.True(screens <= most, string.Create(CultureInfo.InvariantCulture, $"{path} is {screens:0.00} screens long at {width} width; at most {most}."));
        Assert.Equal(0, await page.Page.Locator("details.section-details[open]").CountAsync());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_phone_the_profiles_first_screen_says_what_the_work_is_its_pay_growth_and_entry_education()
    {
        await using var page = await browser.OpenAsync(Profile, BrowserFixture.Phone);

        var reading = await page.Page.EvaluateAsync<JsonElement>("""
            () => {
              const bottom = window.innerHeight;
              const inView = e => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= bottom; };
              const fact = key => document.querySelector(`#quick-facts tr[data-key="${key}"] .fact-value`);
              const guide = document.querySelector('#page-guide-title');
              const covered = guide.getBoundingClientRect();
              return {
                lead: inView(document.getElementById('profile-lead')),
                yearly: inView(fact('wages.annual.median')) && fact('wages.annual.median').getBoundingClientRect().bottom <= covered.top,
                hourly: inView(fact('wages.hourly.median')) && fact('wages.hourly.median').getBoundingClientRect().bottom <= covered.top,
                growth: inView(fact('projections.changePercent')) && fact('projections.changePercent').getBoundingClientRect().bottom <= covered.top,
                education: inView(fact('education.typicalEntry')) && fact('education.typicalEntry').getBoundingClientRect().bottom <= covered.top,
                guide: inView(guide),
                growthText: fact('projections.changePercent').textContent.trim()
              };
            }
            """);

        Assert.True(reading.GetProperty("lead").GetBoolean(), "The sentence of what the work is is not on the first screen.");
        foreach (var fact in new[] { "yearly", "hourly", "growth", "education" })
        {
            Assert.True(reading.GetProperty(fact).GetBoolean(), $"The {fact} fact is not on the first screen, clear of the guide.");
        }

        Assert.Contains("faster than average", reading.GetProperty("growthText").GetString(), StringComparison.Ordinal);
        Assert.True(reading.GetProperty("guide").GetBoolean(), "The “On this page” menu is not on the first screen.");
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(Profile, "desktop")]
    [InlineData(Profile, "phone")]
    [InlineData(FourWay, "desktop")]
    [InlineData(FourWay, "phone")]
    public async Task Every_section_is_two_actions_from_the_first_screen_and_opens_in_view(string path, string width)
    {
        await using var page = await browser.OpenAsync(path, Viewport(width));
        var anchors = await page.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#page-guide a[data-guide]'), a => a.dataset.guide)");
        Assert.True(anchors.Length >= 10, $"The guide of {path} lists {anchors.Length} sections.");

        foreach (var anchor in anchors)
        {
            await page.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            // First action: the menu, where the guide is one (on a phone; a comparison below 1400 px, its tables taking the width).
            var isMenu = !await page.Page.EvaluateAsync<bool>("() => document.getElementById('guide-menu').open");
            Assert.True(isMenu == (width == "phone" || path == FourWay), $"The guide of {path} at {width} width is {(isMenu ? "a menu" : "a list")}.");
            if (isMenu)
            {
                await page.Page.Locator("#page-guide-title").ClickAsync();
            }

            // Second action (the only one where the list is always there): the section's link.
            await page.Page.Locator($"#page-guide a[data-guide='{anchor}']").ClickAsync();

            var section = page.Page.Locator($"section[data-anchor='{anchor}']");
            await Assertions.Expect(section.Locator(":scope > details")).ToHaveAttributeAsync("open", string.Empty);
            await page.Page.WaitForFunctionAsync("""
                a => {
                  const r = document.querySelector(`section[data-anchor='${a}'] > h2`).getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= window.innerHeight;
                }
                """, anchor);
            // The keyboard is on the section's summary, so the next Tab goes into what was opened.
            Assert.Equal(anchor, await page.Page.EvaluateAsync<string>("() => document.activeElement.closest('section.page-section')?.dataset.anchor ?? ''"));
            if (isMenu)
            {
                Assert.False(await page.Page.EvaluateAsync<bool>("() => document.getElementById('guide-menu').open"), "The menu stays open over the section.");
            }
        }

        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(Profile + "#outlook", "outlook")]
    [InlineData(FourWay + "#skill-moves", "skill-moves")]
    [InlineData(Profile + "#responsibilities", "responsibilities")]
    public async Task An_address_with_a_sections_anchor_opens_it_and_so_does_a_later_change_of_anchor(string address, string anchor)
    {
        await using var page = await browser.OpenAsync(address);

        await Assertions.Expect(page.Page.Locator($"section[data-anchor='{anchor}'] > details")).ToHaveAttributeAsync("open", string.Empty);
        var top = await page.Page.EvaluateAsync<double>("a => document.querySelector(`section[data-anchor='${a}']`).getBoundingClientRect().top", anchor);
        Assert.InRange(top, -1200, 200);

        await page.Page.EvaluateAsync("() => { location.hash = 'education'; }");
        await Assertions.Expect(page.Page.Locator("#education > details")).ToHaveAttributeAsync("open", string.Empty);
        page.AssertNoErrors();
    }

    [Fact]
    public async Task The_guide_and_the_sections_work_from_the_keyboard()
    {
        await using var page = await browser.OpenAsync(Profile);

        // From the guide: Enter on a link opens its section and puts the keyboard on the section's summary.
        await page.TabToAsync("#page-guide a[data-guide='outlook']");
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator("#outlook-details")).ToHaveAttributeAsync("open", string.Empty);
        await page.Page.WaitForFunctionAsync("() => document.activeElement.matches('#outlook-details > summary')");

        // Enter on the summary closes the section and opens it again.
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator("#outlook-details")).Not.ToHaveAttributeAsync("open", string.Empty);
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator("#outlook-details")).ToHaveAttributeAsync("open", string.Empty);

        // A closed section is reached with Tab at its summary and opens with Enter; its chart's own disclosure is next.
        await page.GoToAsync(Profile);
        await page.TabToAsync("#salary-details > summary");
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator("#wage-table")).ToBeVisibleAsync();
        await page.TabToAsync("#salary-chart-figure summary");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_the_keyboard_and_a_link_opens_its_section()
    {
        await using var page = await browser.OpenAsync(Profile, BrowserFixture.Phone);

        await page.TabToAsync("#page-guide-title");
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator("#guide-menu")).ToHaveAttributeAsync("open", string.Empty);
        await page.TabToAsync("#page-guide a[data-guide='education']");
        await page.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Page.Locator("#education-details")).ToHaveAttributeAsync("open", string.Empty);
        await Assertions.Expect(page.Page.Locator("#guide-menu")).Not.ToHaveAttributeAsync("open", string.Empty);
        await page.Page.WaitForFunctionAsync("() => document.activeElement.matches('#education-details > summary')");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Screen_readers_hear_each_section_as_a_named_disclosure_collapsed_then_expanded()
    {
        await using var page = await browser.OpenAsync(Profile);
        var cdp = await page.Page.Context.NewCDPSessionAsync(page.Page);

        async Task<bool?> ExpandedAsync(string name)
        {
            var tree = await cdp.SendAsync("Accessibility.getFullAXTree");
            foreach (var node in tree!.Value.GetProperty("nodes").EnumerateArray())
            {
                // The summary: a disclosure whose name says what it holds and which section it belongs to.
                if (node.GetProperty("role").GetProperty("value").GetString() == "DisclosureTriangle"
                    && node.TryGetProperty("name", out var n) && n.TryGetProperty("value", out var v) && v.GetString() is { } said
                    && said.StartsWith("Table and notes", StringComparison.Ordinal) && said.EndsWith(": " + name, StringComparison.Ordinal)
                    && node.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateArray().Where(p => p.GetProperty("name").GetString() == "expanded"))
                    {
                        return property.GetProperty("value").GetProperty("value").GetBoolean();
                    }
                }
            }

            return null;
        }

        Assert.Equal("Jobs and outlook", await page.Page.Locator("#outlook").GetAttributeAsync("aria-labelledby") is { } id
            ? (await page.Page.Locator("#" + id).TextContentAsync())?.Trim() : null);
        Assert.False(await ExpandedAsync("Jobs and outlook"));
        await page.OpenSectionAsync("outlook");
        Assert.True(await ExpandedAsync("Jobs and outlook"));
        // The guide is a named navigation landmark.
        Assert.Equal("On this page", (await page.Page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" }).Locator("summary").TextContentAsync())?.Trim());
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(Profile)]
    [InlineData(FourWay)]
    public async Task Every_figure_stays_in_the_page_and_every_section_has_its_one_line_answer(string path)
    {
        await using var page = await browser.OpenAsync(path);
        var sections = await page.Page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('section.page-section')).map(s => ({
              anchor: s.dataset.anchor,
              answer: (s.querySelector(':scope > .section-answer') || {}).textContent || '',
              cells: s.querySelectorAll(':scope > details td, :scope > details li, :scope > details p').length
            }))
            """);

        var guide = await page.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#page-guide a[data-guide]'), a => a.dataset.guide)");
        Assert.Equal(guide, sections.EnumerateArray().Select(s => s.GetProperty("anchor").GetString()).ToArray());
        foreach (var section in sections.EnumerateArray())
        {
            var anchor = section.GetProperty("anchor").GetString();
            Assert.True(section.GetProperty("answer").GetString()!.Trim().Length > 10, $"{anchor} has no one-line answer.");
            Assert.True(section.GetProperty("cells").GetInt32() > 0, $"{anchor} holds nothing behind its disclosure.");
        }

        page.AssertNoErrors();
    }
}
