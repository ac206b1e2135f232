using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerCompare.Web.Tests;

/// <summary>One Redis for the class; each test keeps its keys under a prefix of its own.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServer? Server { get; private set; }

    public async Task InitializeAsync()
    {
        if (RedisServer.Unavailable is null)
        {
            Server = await RedisServer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>
/// Several instances sharing one output cache in a real Redis (Debian's redis-server): what one renders, the others
/// serve; an import seen by one empties the cache for all; without Redis, pages are still rendered and served.
/// </summary>
public sealed class SharedOutputCacheTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Profile = "/occupations/orthodontists";

    /// <summary>
    /// How long an instance may take to read the whole catalogue into memory (as it starts, or after an import) before it
    /// compares the catalogue with the cache's: seconds on a busy machine.
    /// </summary>
    private static readonly TimeSpan CatalogueRead = TimeSpan.FromSeconds(30);

    [RedisFact]
    public async Task A_page_cached_by_one_instance_is_served_by_another()
    {
        var prefix = NewPrefix();
        using var first = Instance(prefix);
        using var second = Instance(prefix, first.DatabasePath);

        using var rendered = await first.CreateClient().GetAsync(new Uri(Profile, UriKind.Relative));
        using var served = await second.CreateClient().GetAsync(new Uri(Profile, UriKind.Relative));

        Assert.Null(rendered.Headers.Age);
        Assert.NotNull(served.Headers.Age);
        Assert.Equal(await rendered.Content.ReadAsStringAsync(), await served.Content.ReadAsStringAsync());
        Assert.Equal("Orthodontists", (await served.GetDocumentAsync()).Find("h1").Folded());
        // The page is in Redis under the site's prefix, not in either process.
        Assert.Contains(await Server.KeysAsync(prefix + "*"), key => key.Contains(Profile, StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task An_import_seen_by_one_instance_empties_the_cache_of_every_instance()
    {
        var prefix = NewPrefix();
        using var watching = Instance(prefix, checkInterval: "00:00:00.200");
        // This one looks for a new import only when it starts: only the other's eviction can reach it.
        using var other = Instance(prefix, watching.DatabasePath, checkInterval: "01:00:00");
        Assert.Equal("Orthodontists", (await watching.CreateClient().GetDocumentAsync(Profile)).Find("h1").Folded());
        using (var cached = await other.CreateClient().GetAsync(new Uri(Profile, UriKind.Relative)))
        {
            Assert.NotNull(cached.Headers.Age);
        }

        // The other instance reads the whole catalogue as it starts, in one read transaction (seconds on a busy machine),
        // while it already serves the shared cache's pages; an import waits for that read, as the import command would.
        await other.Services.GetRequiredService<CatalogueStore>().GetAsync();
        await ImportRevisedTitleAsync(watching);

        await Eventually.AssertAsync(async () => Assert.Equal("Orthodontists (revised)", (await other.CreateClient().GetDocumentAsync(Profile)).Find("h1").Folded()),
            CatalogueRead);
    }

    [RedisFact]
    public async Task An_instance_started_after_an_import_drops_the_pages_of_the_older_catalogue()
    {
        var prefix = NewPrefix();
        // An instance that does not look for imports while it runs caches the page, then the catalogue is imported.
        using var running = Instance(prefix, checkInterval: "01:00:00");
        Assert.Equal("Orthodontists", (await running.CreateClient().GetDocumentAsync(Profile)).Find("h1").Folded());
        await ImportRevisedTitleAsync(running);
        using (var stale = await running.CreateClient().GetAsync(new Uri(Profile, UriKind.Relative)))
        {
            Assert.NotNull(stale.Headers.Age);
        }

        // A new instance compares the catalogue with the one the shared cache's pages were made from.
        using var started = Instance(prefix, running.DatabasePath, checkInterval: "01:00:00");
        await Eventually.AssertAsync(async () => Assert.Equal("Orthodontists (revised)", (await started.CreateClient().GetDocumentAsync(Profile)).Find("h1").Folded()),
            CatalogueRead);
        Assert.Equal("Orthodontists (revised)", (await running.CreateClient().GetDocumentAsync(Profile)).Find("h1").Folded());
    }

    [RedisFact]
    public async Task Without_Redis_pages_are_rendered_and_the_cache_comes_back_with_it()
    {
        // A Redis of this test's own, not running when the site starts.
        await using var own = RedisServer.OnFreePort();
        using var site = Instance(NewPrefix(), redisConfiguration: own.Configuration);
        var logs = new LogCollector();
        using var logged = site.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var client = logged.CreateClient();
        await AssertRenderedAsync(client, ("/occupations/orthodontists", "Orthodontists"), ("/compare/patient-relations-director-vs-patient-account-manager", "Patient relations director vs patient account manager"));

        await own.StartAgainAsync();
        await AssertCachedAgainAsync(client);

        await own.KillAsync();
        await AssertRenderedAsync(client, ("/occupations/orthodontists", "Orthodontists"), ("/occupations/actors", "Actors"));

        await own.StartAgainAsync();
        await AssertCachedAgainAsync(client);
        Assert.Contains(await own.KeysAsync("*"), key => key.Contains(Profile, StringComparison.Ordinal));
        // A warning when the cache is lost and a line when it is back; no error, however many requests met it gone.
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("The shared output cache cannot be reached", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("The shared output cache answers again.", StringComparison.Ordinal));
    }

    [RedisTheory]
    [InlineData("deleted")]
    [InlineData("truncated")]
    public async Task Get_CachedPage_DatabaseBroken_IsServedFromRedisAndOthersFromMemory(string damage)
    {
        using var site = Instance(NewPrefix());
        var client = site.CreateClient();
        Assert.Equal("Orthodontists", (await client.GetDocumentAsync(Profile)).Find("h1").Folded());
        // The median the actors' profile shows, read (from the API, which writes the figure the same way) without putting the profile in the cache.
        var median = (await client.GetJsonAsync("/api/v1/occupations/actors")).GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "wages.hourly.median").GetProperty("figure").GetProperty("text").GetString();
        var backup = site.DatabasePath + ".backup";
        File.Copy(site.DatabasePath, backup);
        try
        {
            if (damage == "deleted")
            {
                File.Delete(site.DatabasePath);
            }
            else
            {
                using var file = new FileStream(site.DatabasePath, FileMode.Open, FileAccess.Write);
                file.SetLength(1000);
            }

            // Several times: the broken file must not switch the cache off, nor empty it.
            for (var i = 0; i < 5; i++)
            {
                using var cached = await client.GetAsync(new Uri(Profile, UriKind.Relative));
                Assert.Equal(200, (int)cached.StatusCode);
                Assert.NotNull(cached.Headers.Age);
                Assert.Equal("Orthodontists", (await cached.GetDocumentAsync()).Find("h1").Folded());

                // Built from the catalogue in memory the first time (then cached).
                using var other = await client.GetAsync(new Uri("/occupations/actors", UriKind.Relative));
                Assert.Equal(200, (int)other.StatusCode);
                if (i == 0)
                {
                    Assert.Null(other.Headers.Age);
                }

                var document = await other.GetDocumentAsync();
                Assert.Equal("Actors", document.Find("h1").Folded());
                Assert.Equal(median, document.Find("#wage-table tr[data-row='Median']").QuerySelectorAll("td")[1].VisibleText());
                await Task.Delay(100);
            }

            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(503, (int)ready.StatusCode);
        }
        finally
        {
            File.Copy(backup, site.DatabasePath, overwrite: true);
        }

        Assert.Equal("Actors", (await client.GetDocumentAsync("/occupations/actors")).Find("h1").Folded());
        using var readyAgain = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(200, (int)readyAgain.StatusCode);
    }

    [RedisFact]
    public async Task Get_CachedPage_RedisFull_IsStillServedAndFullIsLoggedOnce()
    {
        await using var own = await RedisServer.StartAsync();
        using var site = Instance(NewPrefix(), redisConfiguration: own.Configuration);
        // A pause after a failure would last the whole test: any read skipped because a write failed shows.
        site.Settings["Redis:RetryAfter"] = "00:05:00";
        var logs = new LogCollector();
        using var logged = site.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var client = logged.CreateClient();
        await AssertCachedAgainAsync(client);

        // Full, as a Redis that can evict nothing more: every write is answered "OOM", reads still work.
        await own.ConfigSetAsync("maxmemory-policy", "noeviction");
        await own.ConfigSetAsync("maxmemory", "1");
        try
        {
            foreach (var (url, heading) in new[] { ("/occupations/actors", "Actors"), ("/occupations/software-developers", "Software Developers"), ("/occupations/actors", "Actors") })
            {
                using var rendered = await client.GetAsync(new Uri(url, UriKind.Relative));
                Assert.Equal(200, (int)rendered.StatusCode);
                Assert.Null(rendered.Headers.Age);
                Assert.Equal(heading, (await rendered.GetDocumentAsync()).Find("h1").Folded());

                using var popular = await client.GetAsync(new Uri(Profile, UriKind.Relative));
                Assert.NotNull(popular.Headers.Age);
                Assert.Equal("Orthodontists", (await popular.GetDocumentAsync()).Find("h1").Folded());
            }
        }
        finally
        {
            await own.ConfigSetAsync("maxmemory", "0");
        }

        Assert.Single(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("Redis is full", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("cannot be reached", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task CatalogueStamp_RedisEvictsWhatExpires_SurvivesAndAnImportStillDropsOldPages()
    {
        await using var own = await RedisServer.StartAsync();
        var prefix = NewPrefix();
        using var running = Instance(prefix, checkInterval: "01:00:00", redisConfiguration: own.Configuration);
        var client = running.CreateClient();
        await AssertCachedAgainAsync(client);
        await Eventually.TrueAsync(async () => (await own.KeysAsync("*catalogue-stamp")).Count == 1, CatalogueRead, "the catalogue stamp to be recorded");

        // Memory pressure under the recommended policy (volatile-lru): Redis evicts every key that expires.
        await own.ConfigSetAsync("maxmemory-policy", "volatile-lru");
        await own.ConfigSetAsync("maxmemory", "1");
        await (await own.DatabaseAsync()).PingAsync();
        await own.ConfigSetAsync("maxmemory", "0");
        Assert.DoesNotContain(await own.KeysAsync("*"), key => key.Contains(Profile, StringComparison.Ordinal));
        Assert.Single(await own.KeysAsync("*catalogue-stamp"));

        // The page cached again, then a new catalogue imported while no instance looks: one started now drops it.
        await AssertCachedAgainAsync(client);
        await ImportRevisedTitleAsync(running);
        using var started = Instance(prefix, running.DatabasePath, checkInterval: "01:00:00", redisConfiguration: own.Configuration);
        await Eventually.AssertAsync(async () => Assert.Equal("Orthodontists (revised)", (await started.CreateClient().GetDocumentAsync(Profile)).Find("h1").Folded()),
            CatalogueRead);
    }

    [RedisFact]
    public async Task TagIndex_PagesRedisEvicted_AreTakenOut()
    {
        var prefix = NewPrefix();
        using var site = Instance(prefix);
        site.Settings["Redis:PruneInterval"] = "00:00:00.200";
        var client = site.CreateClient();
        await AssertRenderedOnceAsync(client, Profile);
        await AssertRenderedOnceAsync(client, "/occupations/actors");
        var database = await Server.DatabaseAsync();
        var index = prefix + "__MSOCT_" + CareerCompare.Web.Hosting.CachePolicies.CatalogueTag;
        Assert.Equal(2, await database.SortedSetLengthAsync(index));

        // One page goes as Redis would evict it for room; its entry in the tag index goes with it, the other stays.
        var evicted = Assert.Single(await Server.KeysAsync(prefix + "__MSOCV_*"), key => key.Contains("/occupations/actors", StringComparison.Ordinal));
        await database.KeyDeleteAsync(evicted);

        await Eventually.AssertAsync(async () => Assert.Equal(1, await database.SortedSetLengthAsync(index)), TimeSpan.FromSeconds(5));
        var kept = Assert.Single(await database.SortedSetRangeByRankAsync(index));
        Assert.Contains(Profile, kept.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The page is rendered (no Age), then served from the cache.</summary>
    private static async Task AssertRenderedOnceAsync(HttpClient client, string url)
    {
        using (var first = await client.GetAsync(new Uri(url, UriKind.Relative)))
        {
            Assert.Equal(200, (int)first.StatusCode);
        }

        using var again = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.NotNull(again.Headers.Age);
    }

    private RedisServer Server => redis.Server!;

    private static string NewPrefix() => $"test-{Guid.NewGuid():N}:";

    private CareerCompareFactory Instance(string prefix, string? databasePath = null, string? checkInterval = null, string? redisConfiguration = null)
    {
        var site = databasePath is null ? new CareerCompareFactory() : new CareerCompareFactory { DatabasePath = databasePath };
        site.Settings["Redis:Configuration"] = redisConfiguration ?? Server.Configuration;
        site.Settings["Redis:InstanceName"] = prefix;
        if (checkInterval is not null)
        {
            site.Settings["OutputCache:CatalogueCheckInterval"] = checkInterval;
        }

        return site;
    }

    /// <summary>Changes a title and records an import, as the import command does in its transaction.</summary>
    private static Task<int> ImportRevisedTitleAsync(CareerCompareFactory site) => site.QueryAsync(async db =>
    {
        await db.Occupations.Where(o => o.Slug == "orthodontists").ExecuteUpdateAsync(o => o.SetProperty(x => x.Title, "Orthodontists (revised)"));
        var latest = await db.CatalogueImports.OrderByDescending(i => i.Id).FirstAsync();
        db.CatalogueImports.Add(new CatalogueImport
        {
            DataSet = latest.DataSet, ContentHash = latest.ContentHash, ImportedAt = DateTimeOffset.UtcNow, OccupationCount = latest.OccupationCount,
        });
        db.CatalogueImports.Remove(latest);
        return await db.SaveChangesAsync();
    });

    /// <summary>Each page is served whole, twice, and neither time from a cache (there is none to be had).</summary>
    private static async Task AssertRenderedAsync(HttpClient client, params (string Url, string Heading)[] pages)
    {
        foreach (var (url, heading) in pages.Concat(pages))
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Null(response.Headers.Age);
            Assert.Equal(heading, (await response.GetDocumentAsync()).Find("h1").Folded());
        }
    }

    /// <summary>Once the connection is back, a page asked for twice is served from the cache the second time.</summary>
    private static Task AssertCachedAgainAsync(HttpClient client) => Eventually.AssertAsync(async () =>
    {
        await client.GetAsync(new Uri(Profile, UriKind.Relative));
        using var again = await client.GetAsync(new Uri(Profile, UriKind.Relative));
        Assert.NotNull(again.Headers.Age);
        Assert.Equal("Orthodontists", (await again.GetDocumentAsync()).Find("h1").Folded());
    }, TimeSpan.FromSeconds(15));
}
