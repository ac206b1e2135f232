using System.Net.Http.Headers;
using CareerCompare.Web.Data;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Tests;

/// <summary>A site whose cache looks for a new import five times a second.</summary>
public sealed class QuickCatalogueCheckFactory : CareerCompareFactory
{
    public QuickCatalogueCheckFactory() => Settings["OutputCache:CatalogueCheckInterval"] = "00:00:00.200";
}

/// <summary>The output cache (what it keys on, how an import empties it), compression and static assets.</summary>
public sealed class PerformanceTests(QuickCatalogueCheckFactory factory) : IClassFixture<QuickCatalogueCheckFactory>
{
    [Fact]
    public async Task A_profile_is_served_from_the_cache_whatever_made_up_parameters_come_with_it()
    {
        var client = factory.CreateClient();
        await client.GetAsync(new Uri("/occupations/dentists-general", UriKind.Relative));

        using var again = await client.GetAsync(new Uri("/occupations/dentists-general?utm_source=x&random=8d1f", UriKind.Relative));

        Assert.Equal(200, (int)again.StatusCode);
        Assert.True(again.Headers.Age is not null, "A made-up parameter made a new cache entry.");
        Assert.Equal("Dentists, General", (await again.GetDocumentAsync()).Find("h1").Folded());
    }

    [Fact]
    public async Task The_list_is_cached_by_its_own_parameters_only()
    {
        var client = factory.CreateClient();
        await client.GetAsync(new Uri("/occupations?min=61000&max=91000&sort=title", UriKind.Relative));

        using var sameFilter = await client.GetAsync(new Uri("/occupations?min=61000&max=91000&sort=title&junk=1", UriKind.Relative));
        using var otherFilter = await client.GetAsync(new Uri("/occupations?min=61000&max=91001&sort=title", UriKind.Relative));

        Assert.NotNull(sameFilter.Headers.Age);
        Assert.Null(otherFilter.Headers.Age);
        Assert.Equal(200, (int)otherFilter.StatusCode);
    }

    [Fact]
    public async Task Errors_are_not_cached()
    {
        var client = factory.CreateClient();
        await client.GetAsync(new Uri("/occupations?min=abc", UriKind.Relative));

        using var again = await client.GetAsync(new Uri("/occupations?min=abc", UriKind.Relative));

        Assert.Equal(400, (int)again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task An_import_by_another_process_empties_the_cache()
    {
        // This test writes to the catalogue, so it has a copy of its own.
        using var site = new QuickCatalogueCheckFactory();
        var client = site.CreateClient();
        const string url = "/occupations/orthodontists";
        Assert.Equal("Orthodontists", (await client.GetDocumentAsync(url)).Find("h1").Folded());

        // Another process changes the catalogue: first without recording an import (the cache still answers),
        // then recording it, as the import command does in its transaction.
        await site.QueryAsync(db => db.Occupations.Where(o => o.Slug == "orthodontists")
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.Title, "Orthodontists (revised)")));
        // Nothing to wait for when nothing may happen: the cached page must hold through three checks (200 ms each).
        await Eventually.NeverFailsAsync(async () => Assert.Equal("Orthodontists", (await client.GetDocumentAsync(url)).Find("h1").Folded()),
            TimeSpan.FromMilliseconds(600));

        await site.QueryAsync(async db =>
        {
            var latest = await db.CatalogueImports.OrderByDescending(i => i.Id).FirstAsync();
            db.CatalogueImports.Add(new CatalogueImport
            {
                DataSet = latest.DataSet, ContentHash = latest.ContentHash, ImportedAt = DateTimeOffset.UtcNow, OccupationCount = latest.OccupationCount,
            });
            db.CatalogueImports.Remove(latest);
            return await db.SaveChangesAsync();
        });

        // The site reads the new catalogue whole before it drops the cached page: about a second, longer on a busy machine.
        await Eventually.AssertAsync(async () => Assert.Equal("Orthodontists (revised)", (await client.GetDocumentAsync(url)).Find("h1").Folded()),
            TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_for_browsers_that_accept_it(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/compare/registered-nurses-vs-software-developers");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await factory.CreateClient().SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        using var plain = await factory.CreateClient().GetAsync(new Uri("/compare/registered-nurses-vs-software-developers", UriKind.Relative));

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.True(compressed.Length * 3 < (await plain.Content.ReadAsByteArrayAsync()).Length,
            $"{encoding}: {compressed.Length} bytes is not a third of the page.");
    }

    [Fact]
    public async Task Pages_are_cached_compressed_with_one_entry_per_encoding_chosen()
    {
        var client = factory.CreateClient();
        const string url = "/compare/actors-vs-dentists-general";

        using var brotli = await SendAsync(client, url, "br");
        using var brotliAgain = await SendAsync(client, url, "gzip;q=0.5, deflate, br, zstd");
        using var gzip = await SendAsync(client, url, "gzip");
        using var gzipAgain = await SendAsync(client, url, "deflate, gzip");
        using var plain = await SendAsync(client, url, null);
        using var identity = await SendAsync(client, url, "identity, br;q=0");

        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Null(brotli.Headers.Age);
        Assert.Equal(["br"], brotliAgain.Content.Headers.ContentEncoding);
        Assert.NotNull(brotliAgain.Headers.Age);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Null(gzip.Headers.Age); // a browser that does not take Brotli never gets the Brotli entry
        Assert.Equal(["gzip"], gzipAgain.Content.Headers.ContentEncoding);
        Assert.NotNull(gzipAgain.Headers.Age);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.NotNull(identity.Headers.Age);
        Assert.Contains("Accept-Encoding", brotliAgain.Headers.Vary);

        var page = await plain.Content.ReadAsByteArrayAsync();
        var brotliBytes = await brotliAgain.Content.ReadAsByteArrayAsync();
        Assert.Equal(await brotli.Content.ReadAsByteArrayAsync(), brotliBytes);
        Assert.Equal(page, Decompress(new System.IO.Compression.BrotliStream(new MemoryStream(brotliBytes), System.IO.Compression.CompressionMode.Decompress)));
        Assert.Equal(page, Decompress(new System.IO.Compression.GZipStream(
            new MemoryStream(await gzipAgain.Content.ReadAsByteArrayAsync()), System.IO.Compression.CompressionMode.Decompress)));
        Assert.Equal("Actors vs Dentists, General", (await plain.GetDocumentAsync()).Find("h1").Folded());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await client.SendAsync(request);
    }

    private static byte[] Decompress(Stream compressed)
    {
        using (compressed)
        {
            using var result = new MemoryStream();
            compressed.CopyTo(result);
            return result.ToArray();
        }
    }

    [Fact]
    public async Task Static_assets_have_fingerprinted_addresses()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/occupations/registered-nurses");
        var stylesheet = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("/css/site", StringComparison.Ordinal));
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Append(page.ChartLibrary() ?? string.Empty).ToList();

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", stylesheet);
        Assert.Contains(scripts, s => System.Text.RegularExpressions.Regex.IsMatch(s, @"^/lib/chart\.js/chart\.umd\.min\.[a-z0-9]+\.js$"));
        using var request = new HttpRequestMessage(HttpMethod.Get, stylesheet);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br, zstd");
        using var response = await client.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        // A published site caches them as immutable (bench/throughput.sh checks); a build serves them with no-cache.
        Assert.NotNull(response.Headers.ETag);
    }
}
