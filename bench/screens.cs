#:package Microsoft.Playwright
#:property InvariantGlobalization=true
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true

// How many screens a page takes in Chromium at a desktop and a phone size, with its sections in their default state:
// the document's height over the window's height, rounded up. Also where the first occurrence of given texts or
// elements is, in screens.
//
// Usage: dotnet run bench/screens.cs -- BASE_URL PATH[|SELECTOR] ...
//   with |SELECTOR, also where the first element matching it starts, in pixels from the top of the page.
using Microsoft.Playwright;

if (args.Length < 2)
{
    Console.Error.WriteLine("Usage: screens BASE_URL PATH [PATH ...]");
    return 2;
}

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });
Console.WriteLine("| page | 1366×768 screens | 390×844 screens |");
Console.WriteLine("|---|---|---|");
foreach (var argument in args.Skip(1))
{
    var path = argument.Split('|')[0];
    var selector = argument.Contains('|') ? argument[(argument.IndexOf('|') + 1)..] : null;
    var cells = new List<string>();
    foreach (var (width, height) in new[] { (1366, 768), (390, 844) })
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, IsMobile = width < 500, HasTouch = width < 500, DeviceScaleFactor = 1 });
        var page = await context.NewPageAsync();
        await page.GotoAsync(args[0].TrimEnd('/') + path, new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 120_000 });
        var scrollHeight = await page.EvaluateAsync<double>("document.scrollingElement.scrollHeight");
        var cell = $"{scrollHeight / height:F1} ({scrollHeight:F0} px)";
        if (selector is not null)
        {
            var top = await page.EvaluateAsync<double?>("s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().top + window.scrollY : null; }", selector);
            cell += top is { } y ? $"; {selector} at {y:F0} px" : $"; no {selector}";
        }

        cells.Add(cell);
        await context.CloseAsync();
    }

    Console.WriteLine($"| {argument} | {cells[0]} | {cells[1]} |");
}

return 0;
