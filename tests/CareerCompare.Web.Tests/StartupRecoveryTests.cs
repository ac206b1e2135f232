using System.Net;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Start-up on a damaged database, after an import killed mid-way, and two processes starting on one file at
/// once. The last two run the built site as child processes (killed at the end of each test, 90 s at most). They
/// import the test extract (TestData/official-extract: twelve official occupations, and the seed document's two),
/// except the one killed mid-way, which needs the full catalogue's import to last long enough to be caught writing.
/// </summary>
public sealed class StartupRecoveryTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private const string ExtractImported = "Imported 12 official occupations";
    private const string ExtractList = "14 occupations.";

    [Fact]
    public async Task Start_OnDamagedFile_MovesItAsideRebuildsAndLogsIt()
    {
        using var factory = new CareerCompareFactory { ImportAtStart = true };
        factory.SeedDirectory = factory.NewSeedFolder(CareerCompareFactory.OfficialExtract);
        await File.WriteAllBytesAsync(factory.DatabasePath, [.. "SQLite format 3\0"u8, .. Enumerable.Repeat((byte)0xA5, 8192)]);
        var logs = new LogCollector();

        using var site = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var document = await site.CreateClient().GetDocumentAsync("/occupations");

        Assert.Equal(ExtractList, document.Find("#result-count").Folded());
        Assert.Contains(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal)
            && line.Contains($"The database {factory.DatabasePath} is damaged", StringComparison.Ordinal)
            && line.Contains("rebuilding it from the seed data", StringComparison.Ordinal));
        Assert.True(File.Exists(factory.DatabasePath + ".damaged"));
        Assert.Contains(logs.Lines, line => line.Contains(ExtractImported, StringComparison.Ordinal));
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
        var seed = CareerCompareFactory.CopySeedFolder(Path.Combine(directory, "seed-data"), CareerCompareFactory.OfficialExtract);
        try
        {
            // The test holds the start-up lock while both processes start, so both are known to be waiting on it
            // whatever the order and the speed they start in; released, one of them imports and the other waits.
            var startUpLock = new FileStream(database + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            await using var one = SiteProcess.Start(database, seed);
            await using var two = SiteProcess.Start(database, seed);
            try
            {
                foreach (var site in new[] { one, two })
                {
                    await site.WaitForAsync(() => site.Output.Contains("Another process is preparing the database", StringComparison.Ordinal),
                        StartTimeout, "the start-up to wait for the lock");
                }
            }
            finally
            {
                await startUpLock.DisposeAsync();
            }

            await Task.WhenAll(one.WaitUntilReadyAsync(StartTimeout), two.WaitUntilReadyAsync(StartTimeout));

            var logs = new[] { one.Output, two.Output };
            Assert.Equal(1, logs.Sum(log => Occurrences(log, "Importing the official catalogue")));
            Assert.Equal(1, logs.Sum(log => Occurrences(log, ExtractImported)));
            Assert.All(logs, log => Assert.Equal(1, Occurrences(log, "Another process is preparing the database")));
            // A fresh file numbers its import records 1 and 2; an import done again would replace its record with a 3.
            Assert.Equal([$"{OfficialCatalogueImporter.DataSetName}:1", $"{SeedDocumentSeeder.DataSetName}:2"], await ImportRecordsAsync(database));
            var comparisons = new List<string>();
            foreach (var site in new[] { one, two })
            {
                using var client = site.CreateClient();
                var list = await client.GetDocumentAsync("/occupations");
                Assert.Equal(ExtractList, list.Find("#result-count").Folded());
                using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                var comparison = await client.GetDocumentAsync(SeedDocument.ComparisonUrl);
                comparisons.Add(comparison.Find("main").Folded());
            }

            Assert.Contains("$94,921", comparisons[0], StringComparison.Ordinal);
            Assert.Equal(comparisons[0], comparisons[1]);
        }
        finally
        {
            TryDelete(directory);
        }
    }

    private static int Occurrences(string log, string text) => log.Split(text).Length - 1;

    /// <summary>The import records in the file ("data set:id"), one per data set, replaced by each completed import.</summary>
    private static async Task<List<string>> ImportRecordsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DataSet, Id FROM CatalogueImports ORDER BY Id";
        var dataSets = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            dataSets.Add($"{reader.GetString(0)}:{reader.GetInt32(1)}");
        }

        return dataSets;
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
