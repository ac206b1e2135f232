using System.Net;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Start-up on a damaged database, after an import killed mid-way, and two processes starting on one file at
/// once. The last two run the built site as child processes (killed at the end of each test, 90 s at most).
/// </summary>
public sealed class StartupRecoveryTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Start_OnDamagedFile_MovesItAsideRebuildsAndLogsIt()
    {
        using var factory = new CareerCompareFactory();
        await File.WriteAllBytesAsync(factory.DatabasePath, [.. "SQLite format 3\0"u8, .. Enumerable.Repeat((byte)0xA5, 8192)]);
        var logs = new LogCollector();

        using var site = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var document = await site.CreateClient().GetDocumentAsync("/occupations");

        Assert.Equal("833 occupations · page 1 of 42.", document.Find("#result-count").Folded());
        Assert.Contains(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal)
            && line.Contains($"The database {factory.DatabasePath} is damaged", StringComparison.Ordinal)
            && line.Contains("rebuilding it from the seed data", StringComparison.Ordinal));
        Assert.True(File.Exists(factory.DatabasePath + ".damaged"));
        Assert.Contains(logs.Lines, line => line.Contains("Imported 831 official occupations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_AfterImportKilledMidWay_FinishesACompleteImport()
    {
        var directory = NewDirectory();
        var database = Path.Combine(directory, "careercompare.db");
        try
        {
            await using (var first = SiteProcess.Start(database))
            {
                // The import writes in one transaction; its rollback journal exists until it commits.
                await first.WaitForAsync(() => first.Output.Contains("Importing the official catalogue", StringComparison.Ordinal)
                    && File.Exists(database + "-journal"), StartTimeout, "the import to start writing");
                first.Kill();
                Assert.DoesNotContain("Imported 831", first.Output, StringComparison.Ordinal);
            }

            Assert.True(File.Exists(database + "-journal"), "The kill should leave a half-written import behind.");

            await using var second = SiteProcess.Start(database);
            await second.WaitUntilReadyAsync(StartTimeout);

            Assert.Contains("Imported 831 official occupations", second.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("is damaged", second.Output, StringComparison.Ordinal);
            using var client = second.CreateClient();
            var list = await client.GetDocumentAsync("/occupations");
            Assert.Equal("833 occupations · page 1 of 42.", list.Find("#result-count").Folded());
        }
        finally
        {
            TryDelete(directory);
        }
    }

    [Fact]
    public async Task Start_TwoProcessesOnOneFile_OneImportsTheOtherWaitsThenBothServe()
    {
        var directory = NewDirectory();
        var database = Path.Combine(directory, "careercompare.db");
        try
        {
            await using var one = SiteProcess.Start(database);
            await using var two = SiteProcess.Start(database);

            await Task.WhenAll(one.WaitUntilReadyAsync(StartTimeout), two.WaitUntilReadyAsync(StartTimeout));

            var logs = new[] { one.Output, two.Output };
            Assert.Equal(1, logs.Count(log => log.Contains("Imported 831 official occupations", StringComparison.Ordinal)));
            Assert.Equal(1, logs.Count(log => log.Contains("Another process is preparing the database", StringComparison.Ordinal)));
            foreach (var site in new[] { one, two })
            {
                using var client = site.CreateClient();
                var list = await client.GetDocumentAsync("/occupations");
                Assert.Equal("833 occupations · page 1 of 42.", list.Find("#result-count").Folded());
                using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }
        }
        finally
        {
            TryDelete(directory);
        }
    }

    private static string NewDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "careercompare-tests", Guid.NewGuid().ToString("N"))).FullName;

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
