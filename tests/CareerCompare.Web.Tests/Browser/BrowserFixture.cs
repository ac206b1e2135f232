using System.Net;
using System.Reflection;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>
/// The browser tests other than axe's share one site on a real Kestrel listener and one headless Chromium; the axe
/// checks (the longest) have two more pairs, one a width, so the three run side by side and beside the other collections.
/// Nothing in them depends on timing: every wait is for a condition, with the generous timeouts set below, so a
/// busy machine makes them slower, not wrong.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>The axe checks' own site and browser at desktop width (see <see cref="BrowserTests"/>).</summary>
[CollectionDefinition(Name)]
public sealed class AxeBrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser, axe";
}

/// <summary>The axe checks' own site and browser at phone width (see <see cref="BrowserTests"/>).</summary>
[CollectionDefinition(Name)]
public sealed class PhoneAxeBrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser, axe on phones";
}

/// <summary>
/// The real site on Kestrel at 127.0.0.1 (a free port), on its own copy of the run's imported catalogue, and Debian's
/// Chromium driven by Playwright. Playwright cannot download a browser here, so it launches the system one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 768 };

    private readonly CareerCompareFactory factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The repository's root, found from the test project's folder recorded at build time.</summary>
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(
        typeof(BrowserFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestProjectDirectory").Value!,
        "..", ".."));

    /// <summary>True when the tests are run to make the README's pictures.</summary>
    public static bool MakingPictures => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CAREERCOMPARE_SCREENSHOTS"));

    /// <summary>
    /// Where screenshots and printouts go: test-output/browser (kept by CI), or the folder named by
    /// CAREERCOMPARE_SCREENSHOTS (the README's pictures are made that way).
    /// </summary>
    public static string OutputDirectory { get; } = Directory.CreateDirectory(
        MakingPictures && Environment.GetEnvironmentVariable("CAREERCOMPARE_SCREENSHOTS") is { } folder
            ? Path.GetFullPath(folder, RepositoryRoot)
            : Path.Combine(RepositoryRoot, "test-output", "browser")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}: run 'apt-get install chromium' (the test build and .ci/run do it when they can).");
        }

        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());

        // Warm the site (JIT, views, the output cache) so the first test does not pay for it.
        using (var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) })
        {
            foreach (var (_, path) in SitePages.Pictured.Select(row => ((string)row[0], (string)row[1])))
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            }
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox as root; no calls home, which a closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--font-render-hinting=none"],
        });
    }

    /// <summary>A new browser tab (in a context of its own) at the given width, with the page at <paramref name="path"/> loaded.</summary>
    public async Task<SitePage> OpenAsync(string path, ViewportSize? viewport = null, bool expectOk = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
            DeviceScaleFactor = 1,
            Locale = "en-US",
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Generous waits: the suite runs beside other test collections on two cores.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        var page = new SitePage(context, await context.NewPageAsync());
        if (path.Length > 0)
        {
            await page.GoToAsync(path, expectOk);
        }

        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }

    public void Dispose() => factory.Dispose();
}
