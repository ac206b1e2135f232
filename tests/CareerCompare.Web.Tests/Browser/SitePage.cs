using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>One browser tab that records every console error and uncaught script error it sees.</summary>
public sealed class SitePage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    /// <summary>
    /// Waits until the page's address holds <paramref name="part"/>. The address is polled: Playwright .NET's
    /// WaitForURLAsync, when the page is already there by the time it is asked (a fast answer), waits for a "load" that
    /// has already happened (microsoft/playwright-dotnet#3365), which timed out in full runs. Then waits for that page's document to be read (DOMContentLoaded, at once when it has been).
    /// </summary>
    public Task ArrivedAtAsync(string part) => ArrivedAtAsync(new Regex(Regex.Escape(part)));

    /// <summary>The same, for an address matching <paramref name="pattern"/>.</summary>
    public async Task ArrivedAtAsync(Regex pattern)
    {
        await Assertions.Expect(Page).ToHaveURLAsync(pattern);
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public SitePage(IBrowserContext context, IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add($"script: {error}");
        page.RequestFailed += (_, request) => errors.Add($"request failed: {request.Url} {request.Failure}");
    }

    public IPage Page { get; }

    /// <summary>The errors seen so far.</summary>
    public IReadOnlyList<string> Errors => errors;

    public async Task GoToAsync(string path, bool expectOk = true)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        if (expectOk)
        {
            Assert.True(response.Ok, $"GET {path} answered {response.Status}.");
        }
    }

    /// <summary>Fails when the page logged a console error, a script error or a failed request.</summary>
    public void AssertNoErrors()
    {
        // A status page logs its own status as a failed resource ("404 Not Found"); that is the page, not a fault.
        var real = errors.Where(e => !e.StartsWith("console: Failed to load resource: the server responded with a status of", StringComparison.Ordinal)).ToList();
        Assert.True(real.Count == 0, $"{Page.Url}:\n{string.Join('\n', real)}");
    }

    /// <summary>
    /// Opens a section of a profile or a comparison through its anchor, as a link to it does (the address's #anchor),
    /// and waits until its details are open.
    /// </summary>
    public async Task OpenSectionAsync(string anchor)
    {
        await Page.EvaluateAsync("a => { if (location.hash === '#' + a) { location.hash = ''; } location.hash = a; }", anchor);
        await Page.WaitForFunctionAsync(
            "a => { const s = document.querySelector(`section[data-anchor='${a}']`); return s !== null && s.querySelector(':scope > details').open; }", anchor);
    }

    /// <summary>Opens every section the page's "On this page" guide lists, each through its anchor, then goes back to the top.</summary>
    public async Task OpenAllSectionsAsync()
    {
        foreach (var anchor in await Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#page-guide a[data-guide]'), a => a.dataset.guide)"))
        {
            await OpenSectionAsync(anchor);
        }

        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has focus, as a keyboard user would.</summary>
    public async Task TabToAsync(string selector, int maxPresses = 400)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            if (await Page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{selector} was not reached with {maxPresses} presses of Tab on {Page.Url}.");
    }

    /// <summary>
    /// A screenshot in the output folder: the whole page for the test output, the first screen for the README's
    /// pictures (made by docs/screenshots.sh).
    /// </summary>
    public async Task ScreenshotAsync(string name)
    {
        var fullPage = !BrowserFixture.MakingPictures;
        if (fullPage)
        {
            // Charts are drawn as they come near the screen: scroll through the page first, then back.
            await Page.EvaluateAsync("""
                async () => {
                  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
                    window.scrollTo(0, y);
                    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
                  }
                  window.scrollTo(0, 0);
                }
                """);
        }

        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.OutputDirectory, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
