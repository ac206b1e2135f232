using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// A site on real Kestrel whose clients may make 100 requests a minute, of which 2 costly answers not in the cache
/// (refilled one a minute), so a test sees the costly budget run out long before the general one.
/// </summary>
public sealed class ExpensiveLimitFactory : CareerCompareFactory
{
    public ExpensiveLimitFactory()
    {
        LimitRate(100, TimeSpan.FromMinutes(1), costlyBurst: 2, costlyRefill: TimeSpan.FromMinutes(1));
        UseKestrel(0);
    }
}

/// <summary>
/// The budget of costly answers the cache does not hold (CSV files, comparisons of three or four, lists in a state):
/// spent only on misses, per client, answered 429 with Retry-After and a message. Each test is its own client
/// (X-Forwarded-For, trusted from loopback) and asks for addresses no other test asks for.
/// </summary>
public sealed class ExpensiveRequestLimitTests(ExpensiveLimitFactory factory) : IClassFixture<ExpensiveLimitFactory>
{
    private const string Refused = "You have asked for many downloads, large comparisons or lists filtered by state in a short time.";

    [Fact]
    public async Task Get_UncachedCsvFloods_Answers429BeforeTheGeneralLimit()
    {
        using var client = factory.CreateClientFrom("203.0.113.40");
        for (var min = 1; min <= 2; min++)
        {
            using var allowed = await client.GetAsync(new Uri($"/api/v1/occupations.csv?q=nurse&min={min}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/api/v1/occupations.csv?q=nurse&min=3", UriKind.Relative));
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        // Three requests of the hundred the general budget allows: pages are still served.
        using var page = await client.GetAsync(new Uri("/occupations/registered-nurses", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", refused.Content.Headers.ContentType?.ToString());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
        Assert.StartsWith(Refused, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Get_CachedCostlyAnswers_DoNotSpendTheBudget()
    {
        using var client = factory.CreateClientFrom("203.0.113.41");
        // One miss, then the same file from the cache twenty times.
        for (var i = 0; i < 21; i++)
        {
            using var cached = await client.GetAsync(new Uri("/api/v1/occupations.csv?q=lawyer", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        using var secondMiss = await client.GetAsync(new Uri("/api/v1/occupations.csv?q=lawyer&min=2", UriKind.Relative));
        using var thirdMiss = await client.GetAsync(new Uri("/api/v1/occupations.csv?q=lawyer&min=3", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, secondMiss.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, thirdMiss.StatusCode);
    }

    [Fact]
    public async Task Get_ComparisonsOfThreeSpendTheBudget_ComparisonsOfTwoDoNot()
    {
        using var client = factory.CreateClientFrom("203.0.113.42");
        string[] others = ["actors", "lawyers", "accountants-and-auditors", "software-developers"];
        foreach (var other in others)
        {
            using var two = await client.GetAsync(new Uri($"/compare/registered-nurses-vs-{other}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        }

        using var first = await client.GetAsync(new Uri("/compare/registered-nurses-vs-actors-vs-lawyers", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/v1/compare/registered-nurses-vs-actors-vs-software-developers", UriKind.Relative));
        using var third = await client.GetAsync(new Uri("/compare/registered-nurses-vs-lawyers-vs-software-developers", UriKind.Relative));
        var document = await third.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("Too many requests", document.Find("h1").Folded());
        Assert.StartsWith(Refused, document.Find("#status-message").Folded(), StringComparison.Ordinal);
        Assert.NotNull(third.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Get_ListsInAState_SpendTheBudget_ListsWithoutOneDoNot()
    {
        using var client = factory.CreateClientFrom("203.0.113.43");
        for (var min = 10; min < 15; min++)
        {
            using var national = await client.GetAsync(new Uri($"/occupations?min={min}000", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        }

        using var first = await client.GetAsync(new Uri("/occupations?state=TX&min=10000", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/v1/occupations?state=TX&min=11000", UriKind.Relative));
        using var third = await client.GetAsync(new Uri("/occupations?state=TX&min=12000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Get_CostlyBudgetIsPerClient()
    {
        using var greedy = factory.CreateClientFrom("203.0.113.44");
        for (var min = 1; min <= 3; min++)
        {
            (await greedy.GetAsync(new Uri($"/api/v1/occupations.csv?q=teacher&min={min}", UriKind.Relative))).Dispose();
        }

        using var limited = await greedy.GetAsync(new Uri("/api/v1/occupations.csv?q=teacher&min=4", UriKind.Relative));
        using var other = await factory.CreateClientFrom("203.0.113.45").GetAsync(new Uri("/api/v1/occupations.csv?q=teacher&min=5", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}

/// <summary>A site whose clients may make 4 requests in any 4 seconds, the window moving in two steps of 2 seconds.</summary>
public sealed class SlidingWindowFactory : CareerCompareFactory
{
    public SlidingWindowFactory()
    {
        LimitRate(4, TimeSpan.FromSeconds(4));
        Settings["RateLimiting:SegmentsPerWindow"] = "2";
        UseKestrel(0);
    }
}

/// <summary>The general limit is a sliding window: requests made late in one window still count early in the next.</summary>
public sealed class SlidingWindowTests(SlidingWindowFactory factory) : IClassFixture<SlidingWindowFactory>
{
    [Fact]
    public async Task Get_RequestsAcrossAWindowBorder_CountInBothWindows()
    {
        using var client = factory.CreateClientFrom("203.0.113.50");
        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));
        // A first request slower than 2.6 s (a machine under load) waits no more; the check below says it took too long.
        if (TimeSpan.FromSeconds(2.6) - clock.Elapsed is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait);
        }

        // Late in the first window (0–4 s): three more, then the limit.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), "The first window's requests took too long to make on this machine.");

        // Early in the next (5 s): a fixed window would allow four again; the sliding one only the request made in the
        // first 2 seconds, since the other three were made less than 4 seconds ago.
        await Task.Delay(TimeSpan.FromSeconds(5) - clock.Elapsed);
        var first = await StatusAsync(client);
        var second = await StatusAsync(client);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), "The second window's requests took too long to make on this machine.");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.TooManyRequests, second);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        return response.StatusCode;
    }
}
