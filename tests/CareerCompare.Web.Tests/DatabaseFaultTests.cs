using System.Net;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerCompare.Web.Tests;

/// <summary>The site without its output cache: every page is read from the database.</summary>
public sealed class UncachedFactory : CareerCompareFactory
{
    public UncachedFactory() => Settings["OutputCache:Enabled"] = "false";
}

/// <summary>
/// While the database file is missing, pages already in the output cache keep being served; others answer 503.
/// </summary>
public sealed class CachedPagesDuringFaultsTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    [Fact]
    public async Task Deleted_WhileRunning_CachedPagesAreStillServedAndOthersAnswer503()
    {
        var client = factory.CreateClient();
        Assert.Equal("Registered Nurses", (await client.GetDocumentAsync("/occupations/registered-nurses")).Find("h1").Folded());
        var aside = factory.DatabasePath + ".aside";
        File.Move(factory.DatabasePath, aside);
        try
        {
            using var cached = await client.GetAsync(new Uri("/occupations/registered-nurses", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.NotNull(cached.Headers.Age);
            var uncached = await client.GetDocumentAsync("/occupations/software-developers", 503);
            Assert.Contains("cannot be read at the moment", uncached.Find("main").Folded(), StringComparison.Ordinal);
        }
        finally
        {
            File.Move(aside, factory.DatabasePath);
        }

        Assert.Equal("Software Developers", (await client.GetDocumentAsync("/occupations/software-developers")).Find("h1").Folded());
    }

    [Fact]
    public async Task Truncated_WhileRunning_CachedPagesAreStillServedAndOthersAnswer503()
    {
        var client = factory.CreateClient();
        Assert.Equal("Actors", (await client.GetDocumentAsync("/occupations/actors")).Find("h1").Folded());
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
                var uncached = await client.GetDocumentAsync("/occupations/accountants-and-auditors", 503);
                Assert.Contains("cannot be read at the moment", uncached.Find("main").Folded(), StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Copy(backup, factory.DatabasePath, overwrite: true);
        }

        Assert.Equal("Accountants and Auditors", (await client.GetDocumentAsync("/occupations/accountants-and-auditors")).Find("h1").Folded());
    }
}

/// <summary>
/// The database file deleted, truncated, corrupted, locked or made read-only while the site runs: pages answer
/// a clear 503 (or keep serving), the readiness probe says so, and the site recovers by itself when the file is
/// back. Each test puts the file back as it found it.
/// </summary>
public sealed class DatabaseFaultTests(UncachedFactory factory) : IClassFixture<UncachedFactory>
{
    private const string Unavailable = "The occupations data cannot be read at the moment. Please try again in a minute.";

    [Fact]
    public async Task Health_CompleteCatalogue_LiveAndReadyAnswerHealthy()
    {
        var client = factory.CreateClient();

        await AssertHealthAsync(client, "/health/live", HttpStatusCode.OK, "Healthy");
        await AssertHealthAsync(client, "/health/ready", HttpStatusCode.OK, "Healthy");
    }

    [Fact]
    public async Task Deleted_WhileRunning_Answers503ThenRecoversWhenBack()
    {
        await WithDamageAsync(File.Delete, _ =>
        {
            Assert.False(File.Exists(factory.DatabasePath), "The site must not create an empty database in its place.");
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Truncated_WhileRunning_Answers503ThenRecoversWhenBack()
    {
        await WithDamageAsync(path =>
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            file.SetLength(1000);
        });
    }

    [Fact]
    public async Task Corrupted_WhileRunning_Answers503ThenRecoversWhenBack()
    {
        await WithDamageAsync(path =>
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            file.Write(Enumerable.Repeat((byte)0x5A, 4096).ToArray());
        });
    }

    [Fact]
    public async Task Locked_ByAnotherProcess_Answers503ThenServesWhenReleased()
    {
        var client = factory.CreateClient();
        using (var other = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "BEGIN EXCLUSIVE";
            command.ExecuteNonQuery();

            await AssertUnavailableAsync(client);
            await AssertHealthAsync(client, "/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
            await AssertHealthAsync(client, "/health/live", HttpStatusCode.OK, "Healthy");
        }

        await AssertServingAsync(client);
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
    public async Task IncompleteCatalogue_ReadyAnswers503()
    {
        await WithDamageAsync(path =>
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM Occupations WHERE Slug = 'registered-nurses'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }, pagesUnavailable: false);
    }

    [Fact]
    public async Task PagesZeroed_WhileRunning_ReadyAnswers503()
    {
        await WithDamageAsync(path =>
        {
            // Ten pages amid the other names for the job: the catalogue's counts still read, searches do not.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            Assert.True(file.Length > 1510 * 4096L, $"The database is smaller than expected: {file.Length} bytes.");
            for (var page = 1500; page < 1510; page++)
            {
                file.Seek((page - 1) * 4096L, SeekOrigin.Begin);
                file.Write(new byte[4096]);
            }
        }, async client =>
        {
            using var search = await client.GetAsync(new Uri("/occupations?q=pilot", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
            Assert.Equal(Unavailable, (await search.GetDocumentAsync()).Find("#status-message").Folded());
        }, pagesUnavailable: false);
    }

    /// <summary>Damages the file, checks the site says so, puts the file back and checks the site serves again.</summary>
    private async Task WithDamageAsync(Action<string> damage, Func<HttpClient, Task>? whileDamaged = null, bool pagesUnavailable = true)
    {
        var client = factory.CreateClient();
        await AssertServingAsync(client);
        var backup = Path.Combine(factory.WorkDirectory, $"backup-{Guid.NewGuid():N}.db");
        File.Copy(factory.DatabasePath, backup);
        try
        {
            damage(factory.DatabasePath);

            if (pagesUnavailable)
            {
                await AssertUnavailableAsync(client);
            }

            await AssertHealthAsync(client, "/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
            await AssertHealthAsync(client, "/health/live", HttpStatusCode.OK, "Healthy");
            if (whileDamaged is not null)
            {
                await whileDamaged(client);
            }
        }
        finally
        {
            File.Copy(backup, factory.DatabasePath, overwrite: true);
        }

        await AssertServingAsync(client);
        await AssertHealthAsync(client, "/health/ready", HttpStatusCode.OK, "Healthy");
    }

    private static async Task AssertUnavailableAsync(HttpClient client)
    {
        foreach (var url in new[] { "/occupations", "/occupations/registered-nurses", SeedDocument.ComparisonUrl })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var document = await response.GetDocumentAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Temporarily unavailable", document.Find("h1").Folded());
            Assert.Equal(Unavailable, document.Find("#status-message").Folded());
            Assert.Equal("30", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain("Sqlite", document.Source.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task AssertServingAsync(HttpClient client)
    {
        var list = await client.GetDocumentAsync("/occupations");
        Assert.Equal("833 occupations · page 1 of 42.", list.Find("#result-count").Folded());
        var profile = await client.GetDocumentAsync("/occupations/registered-nurses");
        Assert.Equal("Registered Nurses", profile.Find("h1").Folded());
    }

    private static async Task AssertHealthAsync(HttpClient client, string url, HttpStatusCode status, string text)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(text, await response.Content.ReadAsStringAsync());
    }
}
