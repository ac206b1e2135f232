using System.Collections.Concurrent;
using System.Net;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCompare.Web.Tests;

/// <summary>The site with its output cache store wrapped, so tests can see which entries were written.</summary>
public sealed class CountingCacheFactory : CareerCompareFactory
{
    /// <summary>Every key the output cache has written an entry under.</summary>
    public ConcurrentDictionary<string, int> Written { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(store);
            services.AddSingleton<IOutputCacheStore>(provider => new CountingStore(
                (IOutputCacheStore)(store.ImplementationInstance ?? store.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, store.ImplementationType!)), Written));
        });
    }

    private sealed class CountingStore(IOutputCacheStore inner, ConcurrentDictionary<string, int> written) : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            written.AddOrUpdate(key, 1, (_, n) => n + 1);
            return inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
    }
}

/// <summary>
/// One cache entry per distinct page: spellings of one address (a state in any case or with spaces around it, a
/// list's parameters, a profile's way back, a search's case) share one entry, junk is not kept, and what a cached page
/// says does not depend on which spelling was asked for first.
/// </summary>
public sealed class CacheKeyTests(CountingCacheFactory factory) : IClassFixture<CountingCacheFactory>
{
    private static readonly string[] Cases = ["TX", "tx", "Tx", "tX"];

    [Fact]
    public async Task Get_FloodOf2000Spellings_LeavesTheCacheBounded()
    {
        var client = factory.CreateClient();
        var urls = new List<string>();
        // 2^10 letter cases of /states/california (256 of them), and its postal code in four.
        urls.AddRange(Enumerable.Range(0, 256).Select(i => "/states/" + Cased("california", i)));
        urls.AddRange(["/states/CA", "/states/ca", "/states/Ca", "/states/cA"]);
        // A state on a comparison, the list and the suggestions, spelt with spaces, tabs, no-break spaces and cases.
        string[] pads = ["", "%20", "%09", "%C2%A0", "%20%20", "%09%20"];
        var texas = pads.SelectMany(before => pads.SelectMany(after => Cases.Select(code => before + code + after))).ToList();
        urls.AddRange(texas.Select(code => "/compare/registered-nurses-vs-actors?state=" + code));
        urls.AddRange(texas.Select(code => "/occupations?state=" + code));
        urls.AddRange(texas.Select(code => "/occupations?state=" + code + "&sort=title&page=1&basis=median"));
        urls.AddRange(Enumerable.Range(0, 32).Select(i => "/occupations/suggest?q=" + Cased("nurse", i)));
        // A profile's "from": anything up to 2,000 characters.
        var random = new Random(29);
        while (urls.Count < 2000)
        {
            var junk = new string(Enumerable.Range(0, random.Next(1, 2000)).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
            urls.Add("/occupations/registered-nurses?from=" + (urls.Count % 2 == 0 ? junk : "q%3D" + junk[..Math.Min(junk.Length, 150)] + "%26page%3D9"));
        }

        var before = factory.Written.Keys.ToHashSet();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }

        // At most: California, Texas on the comparison, Texas on the list, the suggestions for "nurse", the plain
        // profile (fewer when another test of this class cached one of them first).
        var written = factory.Written.Keys.Except(before).ToList();
        Assert.Equal(2000, urls.Count);
        Assert.True(written.Count <= 5, string.Join("\n", written));
        Assert.DoesNotContain(factory.Written.Keys, k => k.Contains("/states/c", StringComparison.Ordinal) && !k.Contains("/states/california", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/states/CALIFORNIA", "/states/california")]
    [InlineData("/states/California", "/states/california")]
    [InlineData("/states/ca", "/states/california")]
    [InlineData("/states/NY", "/states/new-york")]
    [InlineData("/api/v1/states/TX", "/api/v1/states/texas")]
    [InlineData("/api/v1/states/New-York", "/api/v1/states/new-york")]
    public async Task Get_StateInAnotherSpelling_RedirectsPermanentlyToItsAddress(string url, string canonical)
    {
        using var response = await factory.CreateClientWithoutRedirects().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_ComparisonWithSpacedLowerCaseState_ServesTheStatesPageWithItsCanonicalLinks()
    {
        var client = factory.CreateClient();

        var spaced = await client.GetDocumentAsync("/compare/registered-nurses-vs-lawyers?state=%09ny%C2%A0");
        var plain = await client.GetDocumentAsync("/compare/registered-nurses-vs-lawyers?state=NY");

        Assert.Equal("http://localhost/compare/lawyers-vs-registered-nurses?state=NY", spaced.Find("link[rel=canonical]").GetAttribute("href"));
        Assert.Equal(plain.Find("main").OuterHtml, spaced.Find("main").OuterHtml);
        Assert.Equal("/api/v1/compare/registered-nurses-vs-lawyers.csv?state=NY", spaced.Find("#downloads a[download]").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_ListWithSpacedLowerCaseState_LinksWithTheStatesCode()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/occupations?state=%20tx%09&sort=median-desc");

        Assert.Equal("/occupations?state=TX&sort=median-desc&page=2#results", page.Find("a[rel=next]").GetAttribute("href"));
    }

    [Theory]
    [InlineData("q=nurse&state=ZZ")]
    [InlineData("q=nurse&min=lots")]
    [InlineData("q=nurse&page=999")]
    [InlineData("category=No+such+category")]
    [InlineData("zz=https://evil.example")]
    public async Task Get_ProfileComingFromAListThatWouldFail_HasNoWayBackToIt(string from)
    {
        var profile = await factory.CreateClient().GetDocumentAsync("/occupations/registered-nurses?from=" + Uri.EscapeDataString(from));

        Assert.Null(profile.QuerySelector("#back-to-results"));
        Assert.Equal("/occupations", profile.Find(".breadcrumb a[href^='/occupations']").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_ProfileComingFromAListSpeltOddly_LinksBackToItWrittenOneWay()
    {
        var profile = await factory.CreateClient().GetDocumentAsync("/occupations/registered-nurses?from="
            + Uri.EscapeDataString("q=%20nurse%20&state=%20ca&sort=median-desc&page=01&zz=https://evil.example"));

        Assert.Equal("/occupations?q=nurse&state=CA&sort=median-desc#o-registered-nurses", profile.Find("#back-to-results").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_PageAskedWithUpperCaseHost_HasLowerCaseCanonicalLink()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/occupations/registered-nurses", UriKind.Relative));
        request.Headers.Host = "LocalHost";

        using var response = await factory.CreateClient().SendAsync(request);
        var document = await response.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost/occupations/registered-nurses", document.Find("link[rel=canonical]").GetAttribute("href"));
        Assert.Equal("http://localhost/occupations/registered-nurses", document.Find("meta[property='og:url']").GetAttribute("content"));
    }

    /// <summary>The word with the letters whose bits are set in <paramref name="mask"/> in capitals.</summary>
    private static string Cased(string word, int mask) =>
        new(word.Select((c, i) => (mask >> i & 1) == 1 ? char.ToUpperInvariant(c) : c).ToArray());
}
