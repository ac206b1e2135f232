using System.Net;
using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerCompare.Web.Tests;

/// <summary>
/// One instance of several behind a load balancer, on real Kestrel, sharing a Redis: a client may make 100 requests a
/// minute, of which 2 costly answers not in the cache (refilled one a minute). Keeps what the site logs.
/// </summary>
public sealed class CostlyBudgetInstance : CareerCompareFactory
{
    public CostlyBudgetInstance(string redisConfiguration, string prefix)
    {
        Settings["Redis:Configuration"] = redisConfiguration;
        Settings["Redis:InstanceName"] = prefix;
        LimitRate(100, TimeSpan.FromMinutes(1), costlyBurst: 2, costlyRefill: TimeSpan.FromMinutes(1));
        UseKestrel(0);
    }

    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}

/// <summary>
/// The budget of costly uncached answers is one per client across instances when they share a Redis, and falls back
/// to each instance's own when Redis is away: pages still answer, the budget still holds, the log says it once.
/// </summary>
public sealed class SharedCostlyBudgetTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Refused = "You have asked for many downloads, large comparisons or lists filtered by state in a short time.";

    [RedisFact]
    public async Task Get_CostlyBurstSpentOnOneInstance_IsRefusedOnAnother()
    {
        var prefix = NewPrefix();
        using var first = new CostlyBudgetInstance(redis.Server!.Configuration, prefix);
        using var second = new CostlyBudgetInstance(redis.Server.Configuration, prefix) { DatabasePath = first.DatabasePath };
        using var onFirst = first.CreateClientFrom("203.0.113.60");
        using var onSecond = second.CreateClientFrom("203.0.113.60");

        var spent = new[] { await StatusAsync(onFirst, "/api/v1/occupations.csv?q=nurse&min=1"), await StatusAsync(onFirst, "/api/v1/occupations.csv?q=nurse&min=2") };
        using var refused = await onSecond.GetAsync(new Uri("/api/v1/occupations.csv?q=nurse&min=3", UriKind.Relative));
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        using var another = second.CreateClientFrom("203.0.113.61");
        var otherClient = await StatusAsync(another, "/api/v1/occupations.csv?q=nurse&min=4");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], spent);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith(Refused, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal(HttpStatusCode.OK, otherClient);
        // The bucket is in Redis under the site's prefix and the client's address.
        Assert.Contains(await redis.Server.KeysAsync($"*{prefix}costly:203.0.113.60*"), key => key.Contains("203.0.113.60", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task Get_CostlyBudgetWithRedisStopped_HoldsPerInstance_AndPagesAnswer_ThenIsSharedAgain()
    {
        // A Redis of this test's own, stopped once the shared budget has been spent on it.
        await using var own = await RedisServer.StartAsync();
        var prefix = NewPrefix();
        using var first = new CostlyBudgetInstance(own.Configuration, prefix);
        using var second = new CostlyBudgetInstance(own.Configuration, prefix) { DatabasePath = first.DatabasePath };
        using var onFirst = first.CreateClientFrom("203.0.113.62");
        using var onSecond = second.CreateClientFrom("203.0.113.62");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(onFirst, "/api/v1/occupations.csv?q=teacher&min=1"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(onSecond, "/api/v1/occupations.csv?q=teacher&min=2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(onFirst, "/api/v1/occupations.csv?q=teacher&min=3"));

        await own.KillAsync();

        // Each instance now counts the client's costly answers itself: two each, then 429; pages are still answered.
        HttpStatusCode[] expected = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests];
        foreach (var (client, from) in new[] { (onFirst, 10), (onSecond, 20) })
        {
            var statuses = new List<HttpStatusCode>();
            for (var min = from; min < from + 3; min++)
            {
                statuses.Add(await StatusAsync(client, $"/api/v1/occupations.csv?q=teacher&min={min}"));
            }

            Assert.Equal(expected, statuses);
            using var page = await client.GetAsync(new Uri("/occupations/registered-nurses", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("Registered Nurses", (await page.GetDocumentAsync()).Find("h1").Folded());
        }

        // One warning per instance for the outage, however many costly requests met it; no error.
        foreach (var instance in new[] { first, second })
        {
            Assert.DoesNotContain(instance.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
            Assert.Single(instance.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal)
                && line.Contains("The shared budget of costly answers is not available in Redis", StringComparison.Ordinal));
        }

        // Redis back: within seconds (the connection is tried again every second) a client's burst is shared again,
        // and each instance says it keeps the budget in Redis again. A new client each try, as a try may still meet
        // Redis away and spend tokens of an instance's own bucket.
        await own.StartAgainAsync();
        var tries = 0;
        await Eventually.AssertAsync(async () =>
        {
            var address = $"203.0.113.{70 + tries++}";
            using var onFirstAgain = first.CreateClientFrom(address);
            using var onSecondAgain = second.CreateClientFrom(address);
            var statuses = new[]
            {
                await StatusAsync(onFirstAgain, $"/api/v1/occupations.csv?q=teacher&min={100 + 3 * tries}"),
                await StatusAsync(onFirstAgain, $"/api/v1/occupations.csv?q=teacher&min={101 + 3 * tries}"),
                await StatusAsync(onSecondAgain, $"/api/v1/occupations.csv?q=teacher&min={102 + 3 * tries}"),
            };
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        }, TimeSpan.FromSeconds(15));
        foreach (var instance in new[] { first, second })
        {
            Assert.Contains(instance.Logs.Lines, line => line.Contains("The shared budget of costly answers is kept in Redis again.", StringComparison.Ordinal));
        }
    }

    private static string NewPrefix() => $"test-{Guid.NewGuid():N}:";

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }
}
