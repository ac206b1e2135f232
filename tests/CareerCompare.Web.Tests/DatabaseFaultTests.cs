using System.Net;
using CareerCompare.Web.Hosting;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerCompare.Web.Tests;

/// <summary>The site without its output cache: every page is built for each request (from the catalogue in memory).</summary>
public sealed class UncachedFactory : CareerCompareFactory
{
    public UncachedFactory() => Settings["OutputCache:Enabled"] = "false";
}

/// <summary>
/// The site without the background check that reads the catalogue as soon as it starts (and again every few seconds):
/// the first request that needs the catalogue is the store's first read, so a test can make the file unreadable before
/// the site has read any catalogue.
/// </summary>
public sealed class FirstReadOnRequestFactory : CareerCompareFactory
{
    public FirstReadOnRequestFactory() => Settings["OutputCache:Enabled"] = "false";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Remove(services.Single(d => d.ImplementationType == typeof(CatalogueCacheEviction))));
    }
}

/// <summary>
/// While the database file is missing or truncated, pages already in the output cache keep being served from it, and
/// the others are built from the catalogue in memory.
/// </summary>
public sealed class CachedPagesDuringFaultsTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    [Fact]
    public async Task Deleted_WhileRunning_CachedPagesStillServed_OthersServedFromMemory()
    {
        var client = factory.CreateClient();
        Assert.Equal("Registered Nurses", (await client.GetDocumentAsync("/occupations/registered-nurses")).Find("h1").Folded());
        var median = await MedianShownAsync(client, "software-developers");
        var aside = factory.DatabasePath + ".aside";
        File.Move(factory.DatabasePath, aside);
        try
        {
            using var cached = await client.GetAsync(new Uri("/occupations/registered-nurses", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.NotNull(cached.Headers.Age);
            using var uncached = await client.GetAsync(new Uri("/occupations/software-developers", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, uncached.StatusCode);
            Assert.Null(uncached.Headers.Age);
            var document = await uncached.GetDocumentAsync();
            Assert.Equal("Software Developers", document.Find("h1").Folded());
            Assert.Equal(median, Median(document));
        }
        finally
        {
            File.Move(aside, factory.DatabasePath);
        }

        Assert.Equal("Software Developers", (await client.GetDocumentAsync("/occupations/software-developers")).Find("h1").Folded());
    }

    [Fact]
    public async Task Truncated_WhileRunning_CachedPagesStillServed_OthersServedFromMemory()
    {
        var client = factory.CreateClient();
        Assert.Equal("Actors", (await client.GetDocumentAsync("/occupations/actors")).Find("h1").Folded());
        var median = await MedianShownAsync(client, "accountants-and-auditors");
        var backup = factory.DatabasePath + ".backup";
        File.Copy(factory.DatabasePath, backup);
        try
        {
            using (var file = new FileStream(factory.DatabasePath, FileMode.Open, FileAccess.Write))
            {
                file.SetLength(1000);
            }

            for (var i = 0; i < 3; i++)
            {
                using var cached = await client.GetAsync(new Uri("/occupations/actors", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
                Assert.NotNull(cached.Headers.Age);
                var other = await client.GetDocumentAsync("/occupations/accountants-and-auditors");
                Assert.Equal("Accountants and Auditors", other.Find("h1").Folded());
                Assert.Equal(median, Median(other));
            }
        }
        finally
        {
            File.Copy(backup, factory.DatabasePath, overwrite: true);
        }

        Assert.Equal("Accountants and Auditors", (await client.GetDocumentAsync("/occupations/accountants-and-auditors")).Find("h1").Folded());
    }

    /// <summary>
    /// The median a profile shows, read before the damage without putting the profile in the cache: the API gives the
    /// same text for the figure (the profile page tests check they agree).
    /// </summary>
    private static async Task<string> MedianShownAsync(HttpClient client, string slug) =>
        (await client.GetJsonAsync($"/api/v1/occupations/{slug}")).GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "wages.annual.median").GetProperty("figure").GetProperty("text").GetString()!;

    private static string Median(AngleSharp.Dom.IDocument profile) => profile.Find("#wage-table tr[data-row='Median'] td").VisibleText();
}

/// <summary>
/// The database file deleted, truncated, corrupted, zeroed in part, locked or made read-only while the site runs: every
/// page is still served from the catalogue in memory, with the same figures as before; the readiness probe answers 503
/// while the file cannot be read (or fails its checks), the liveness probe 200, and readiness is back by itself when the
/// file is. Each test puts the file back as it found it.
/// </summary>
public sealed class DatabaseFaultTests(UncachedFactory factory) : IClassFixture<UncachedFactory>
{
    [Fact]
    public async Task Health_CompleteCatalogue_LiveAndReadyAnswerHealthy()
    {
        var client = factory.CreateClient();

        await AssertHealthAsync(client, "/health/live", HttpStatusCode.OK, "Healthy");
        await AssertHealthAsync(client, "/health/ready", HttpStatusCode.OK, "Healthy");
    }

    [Fact]
    public async Task Deleted_WhileRunning_PagesServedFromMemory_ReadyAnswers503ThenRecovers()
    {
        await WithDamageAsync(File.Delete, async _ =>
        {
            Assert.False(File.Exists(factory.DatabasePath), "The site must not create an empty database in its place.");
            Assert.StartsWith("The database cannot be read (the catalogue in memory is served): ", await ReadinessProblemAsync(factory), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Truncated_WhileRunning_PagesServedFromMemory_ReadyAnswers503ThenRecovers()
    {
        await WithDamageAsync(path =>
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            file.SetLength(1000);
        });
    }

    [Fact]
    public async Task Corrupted_WhileRunning_PagesServedFromMemory_ReadyAnswers503ThenRecovers()
    {
        await WithDamageAsync(path =>
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            file.Write(Enumerable.Repeat((byte)0x5A, 4096).ToArray());
        }, async _ => Assert.StartsWith("The database cannot be read (the catalogue in memory is served): ", await ReadinessProblemAsync(factory), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Locked_ByAnotherProcess_PagesServedFromMemory_ReadyAnswers503ThenRecovers()
    {
        var client = factory.CreateClient();
        var before = await AssertServingAsync(client);
        using (var other = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "BEGIN EXCLUSIVE";
            command.ExecuteNonQuery();

            Assert.Equal(before, await AssertServingAsync(client));
            await AssertHealthAsync(client, "/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
            await AssertHealthAsync(client, "/health/live", HttpStatusCode.OK, "Healthy");
        }

        Assert.Equal(before, await AssertServingAsync(client));
        await AssertHealthAsync(client, "/health/ready", HttpStatusCode.OK, "Healthy");
    }

    [Fact]
    public async Task MadeReadOnly_WhileRunning_KeepsServing()
    {
        var client = factory.CreateClient();
        var attributes = File.GetAttributes(factory.DatabasePath);
        try
        {
            File.SetAttributes(factory.DatabasePath, attributes | FileAttributes.ReadOnly);

            await AssertServingAsync(client);
            await AssertHealthAsync(client, "/health/ready", HttpStatusCode.OK, "Healthy");
        }
        finally
        {
            File.SetAttributes(factory.DatabasePath, attributes);
        }
    }

    [Fact]
    public async Task IncompleteCatalogue_PagesServedFromMemory_ReadyAnswers503()
    {
        await WithDamageAsync(path =>
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM Occupations WHERE Slug = 'registered-nurses'";
            Assert.Equal(1, command.ExecuteNonQuery());
        });
    }

    [Fact]
    public async Task PagesZeroed_WhileRunning_SearchServedFromMemory_ReadyAnswers503()
    {
        var client = factory.CreateClient();
        var found = (await client.GetDocumentAsync("/occupations?q=pilot")).Find("#result-count").Folded();
        await WithDamageAsync(path =>
        {
            // Ten pages amid the other names for the job: the catalogue's counts still read, a search in SQL would not.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            Assert.True(file.Length > 1510 * 4096L, $"The database is smaller than expected: {file.Length} bytes.");
            for (var page = 1500; page < 1510; page++)
            {
                file.Seek((page - 1) * 4096L, SeekOrigin.Begin);
                file.Write(new byte[4096]);
            }
        }, async damaged =>
        {
            var search = await damaged.GetDocumentAsync("/occupations?q=pilot");
            Assert.Equal(found, search.Find("#result-count").Folded());
            Assert.NotNull(search.QuerySelector("#occupation-list tr[data-slug='airline-pilots-copilots-and-flight-engineers']"));
            Assert.StartsWith("SQLite's quick check failed: ", await ReadinessProblemAsync(factory), StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// Damages the file; checks every page is still served as before it, and that readiness says the file is not sound
    /// while liveness does not; puts the file back and checks the pages and readiness again.
    /// </summary>
    private async Task WithDamageAsync(Action<string> damage, Func<HttpClient, Task>? whileDamaged = null)
    {
        var client = factory.CreateClient();
        var before = await AssertServingAsync(client);
        var backup = Path.Combine(factory.WorkDirectory, $"backup-{Guid.NewGuid():N}.db");
        File.Copy(factory.DatabasePath, backup);
        try
        {
            damage(factory.DatabasePath);

            Assert.Equal(before, await AssertServingAsync(client));
            await AssertHealthAsync(client, "/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
            await AssertHealthAsync(client, "/health/live", HttpStatusCode.OK, "Healthy");
            // Still served after the probe had its look at the file.
            Assert.Equal(before, await AssertServingAsync(client));
            if (whileDamaged is not null)
            {
                await whileDamaged(client);
            }
        }
        finally
        {
            File.Copy(backup, factory.DatabasePath, overwrite: true);
        }

        Assert.Equal(before, await AssertServingAsync(client));
        await AssertHealthAsync(client, "/health/ready", HttpStatusCode.OK, "Healthy");
    }

    /// <summary>
    /// Reads the list, a profile, a comparison, a state page and the home page, checks each answers 200 with its heading,
    /// and returns what they show (headings and figures) to be compared before, during and after a fault.
    /// </summary>
    private static async Task<List<string>> AssertServingAsync(HttpClient client)
    {
        var list = await client.GetDocumentAsync("/occupations");
        Assert.Equal("833 occupations · page 1 of 42.", list.Find("#result-count").Folded());
        var profile = await client.GetDocumentAsync("/occupations/registered-nurses");
        Assert.Equal("Registered Nurses", profile.Find("h1").Folded());
        var median = profile.Find("#wage-table tr[data-row='Median'] td").VisibleText();
        Assert.StartsWith("$", median, StringComparison.Ordinal);
        var comparison = await client.GetDocumentAsync(SeedDocument.ComparisonUrl);
        Assert.Contains("$94,921", comparison.Find("main").Folded(), StringComparison.Ordinal);
        var state = await client.GetDocumentAsync("/states/texas");
        Assert.Equal("Pay in Texas", state.Find("h1").Folded());
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Compare two careers", home.Find("h1").Folded());
        return
        [
            list.Find("#result-count").Folded(), profile.Find("h1").Folded(), median, comparison.Find("h1").Folded(),
            comparison.Find("main").Folded(), state.Find("#all-mean").Folded(), state.Find("#highest-heading").Folded(),
            home.Find("main").Folded(),
        ];
    }

    private static async Task AssertHealthAsync(HttpClient client, string url, HttpStatusCode status, string text)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(text, await response.Content.ReadAsStringAsync());
    }

    /// <summary>What the readiness check says is wrong (what the probe's log line carries), or null when nothing is.</summary>
    internal static async Task<string?> ReadinessProblemAsync(CareerCompareFactory site)
    {
        var report = await site.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "catalogue");
        return report.Entries["catalogue"].Description;
    }
}

/// <summary>
/// Before the site has read any catalogue there is nothing in memory to serve: while the file cannot be read, pages
/// answer a clear 503, readiness 503 and liveness 200, and the first request after the file is back reads it and is
/// served.
/// </summary>
public sealed class NoCatalogueReadYetTests
{
    private const string Unavailable = "The occupations data cannot be read at the moment. Please try again in a minute.";

    [Theory]
    [InlineData("deleted")]
    [InlineData("truncated")]
    public async Task FirstRead_FileUnreadable_PagesAnswer503ThenServeWhenBack(string damage)
    {
        using var factory = new FirstReadOnRequestFactory();
        var client = factory.CreateClient();
        var backup = factory.DatabasePath + ".backup";
        File.Copy(factory.DatabasePath, backup);
        try
        {
            if (damage == "deleted")
            {
                File.Delete(factory.DatabasePath);
            }
            else
            {
                using var file = new FileStream(factory.DatabasePath, FileMode.Open, FileAccess.Write);
                file.SetLength(1000);
            }

            foreach (var url in new[] { "/occupations", "/occupations/registered-nurses", SeedDocument.ComparisonUrl, "/states/texas", "/" })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                var document = await response.GetDocumentAsync();

                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("Temporarily unavailable", document.Find("h1").Folded());
                Assert.Equal(Unavailable, document.Find("#status-message").Folded());
                Assert.Equal("30", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.DoesNotContain("Sqlite", document.Source.Text, StringComparison.OrdinalIgnoreCase);
            }

            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.StartsWith("No catalogue could be read: ", await DatabaseFaultTests.ReadinessProblemAsync(factory), StringComparison.Ordinal);
            using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            File.Copy(backup, factory.DatabasePath, overwrite: true);
        }

        Assert.Equal("Registered Nurses", (await client.GetDocumentAsync("/occupations/registered-nurses")).Find("h1").Folded());
        using var readyAgain = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }
}
