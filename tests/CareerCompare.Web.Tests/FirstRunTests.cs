using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Tests.Browser;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareerCompare.Web.Tests;

/// <summary>
/// A newcomer's first run: the README's command (<c>dotnet run --project src/CareerCompare.Web</c>) answers where the usual
/// ways say (ASPNETCORE_URLS) and serves what a visitor gets; the first import says what it is doing, data set by data set.
/// </summary>
public sealed partial class FirstRunTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private static readonly string[] CompressedEncodings = ["br", "gzip"];

    [Fact]
    public async Task FirstStart_ImportLogsEachDataSetWithItsCountAndTime()
    {
        using var factory = new CareerCompareFactory { ImportAtStart = true };
        factory.SeedDirectory = factory.NewSeedFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "official-extract"));
        var logs = new LogCollector();
        using var site = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        _ = site.Server;

        // One line a data set, at Information, from the importer: "Read O*NET: 1016 O*NET occupations (1430 ms)".
        var steps = logs.Lines.Where(l => l.StartsWith($"Information {typeof(OfficialCatalogueImporter).FullName}: ", StringComparison.Ordinal))
            .Select(l => Step().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["step"].Value, m => (Count: int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture), What: m.Groups["what"].Value));
        string[] expected =
        [
            "Read BLS OEWS national estimates", "Read BLS OEWS state means and BEA price parities", "Read BLS Employment Projections",
            "Read the Current Population Survey", "Read O*NET", "Read BLS OEWS industry-sector estimates", "Joined the files by SOC code",
            "Found the moves that pay more", "Wrote to the database",
        ];
        Assert.All(expected, prefix => Assert.Contains(steps.Keys, step => step.StartsWith(prefix, StringComparison.Ordinal)));

        // The counts are what was imported.
        var occupations = await factory.QueryAsync(db => db.Occupations.CountAsync(o => o.DataSet == OfficialCatalogueImporter.DataSetName));
        var titles = await factory.QueryAsync(db => db.AlternateTitles.CountAsync());
        var stateMeans = await factory.QueryAsync(db => db.StateWages.CountAsync());
        var states = await factory.QueryAsync(db => db.States.CountAsync());
        Assert.Equal(occupations, steps["Joined the files by SOC code"].Count);
        Assert.Equal(occupations, steps["Wrote to the database"].Count);
        Assert.Equal($"occupations, {titles} other names for them and {stateMeans} state means", steps["Wrote to the database"].What);
        Assert.Equal(stateMeans, steps.Single(s => s.Key.StartsWith("Read BLS OEWS state means", StringComparison.Ordinal)).Value.Count);
        Assert.Contains(steps.Keys, step => step == $"Read BLS OEWS state means and BEA price parities, {states} states and territories");
    }

    [Fact]
    public async Task DotnetRun_AsTheReadmeSays_AnswersOnAspNetCoreUrlsAndServesWhatAVisitorGets()
    {
        var database = Path.Combine(Path.GetTempPath(), "careercompare-tests", Guid.NewGuid().ToString("N"), "careercompare.db");
        Infrastructure.ImportedCatalogue.CopyTo(database);
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var configuration = typeof(Program).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        // The README's command, from the repository's root; --no-build and -c only because the test run built it already.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = BrowserFixture.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--project", "src/CareerCompare.Web", "--no-build", "-c", configuration })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment["ConnectionStrings__CareerCompare"] = $"Data Source={database}";
        var output = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None })
            {
                BaseAddress = address,
                Timeout = TimeSpan.FromSeconds(10),
            };
            var watch = Stopwatch.StartNew();
            while (!await IsReadyAsync(client))
            {
                Assert.False(process.HasExited || watch.Elapsed > StartTimeout,
                    $"Nothing answered on {address} (ASPNETCORE_URLS) within {watch.Elapsed.TotalSeconds:F0} s. Log:\n{string.Join('\n', output)}");
                await Task.Delay(200);
            }

            // What a visitor gets: Production, and static files compressed and kept by the browser.
            Assert.Contains("Hosting environment: Production", string.Join('\n', output), StringComparison.Ordinal);
            var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
            var stylesheet = Stylesheet().Match(home).Groups[1].Value;
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(stylesheet, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // A build compresses static files with gzip (a publish adds Brotli): compressed either way, never sent bare.
            Assert.Contains(Assert.Single(response.Content.Headers.ContentEncoding), CompressedEncodings);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
            Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.FromDays(30), $"Cache-Control: {response.Headers.CacheControl}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(database)!, recursive: true);
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@": (?<step>[^:]+): (?<count>\d+) (?<what>.+) \(\d+ ms\)$")]
    private static partial Regex Step();

    [GeneratedRegex(@"href=""(/css/site\.[a-z0-9]+\.css)""")]
    private static partial Regex Stylesheet();
}
