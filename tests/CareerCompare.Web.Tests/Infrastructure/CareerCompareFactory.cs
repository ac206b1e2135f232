using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCompare.Web.Tests.Infrastructure;

/// <summary>
/// The real site on its own SQLite file, deleted when the factory is disposed. The catalogue is imported once per
/// test run, by the real start-up code from the repository's seed-data/ (<see cref="ImportedCatalogue"/>); each
/// factory starts on its own copy of that file, which the start-up finds up to date. A factory given a seed folder,
/// an existing file (a restart, a damaged file) or <see cref="ImportAtStart"/> runs the start-up's own import.
/// </summary>
public class CareerCompareFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "careercompare-tests", Guid.NewGuid().ToString("N"));

    public CareerCompareFactory()
    {
        Directory.CreateDirectory(directory);
        DatabasePath = Path.Combine(directory, "careercompare.db");
    }

    /// <summary>The database file; set it to an existing one to start the site on it, as a restart would.</summary>
    public string DatabasePath { get; init; }

    /// <summary>A seed folder to use instead of the one shipped with the site.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>
    /// Start from an empty database and let the site's start-up import seed-data/ itself, for tests of the
    /// start-up and the import; otherwise the site starts on a copy of the run's imported catalogue.
    /// </summary>
    public bool ImportAtStart { get; init; }

    /// <summary>Configuration for this factory's site only, e.g. tight rate limits; applied over the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>A scratch folder that lives as long as the factory.</summary>
    public string WorkDirectory => directory;

    /// <summary>Runs a query on the site's own database, in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<CareerCompare.Web.Data.CareerCompareDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CareerCompare.Web.Data.CareerCompareDbContext>());
    }

    /// <summary>
    /// A new seed folder inside the work directory: a copy of every file under <paramref name="copyFrom"/> (if
    /// given) plus the repository's seed document.
    /// </summary>
    public string NewSeedFolder(string? copyFrom = null) => CopySeedFolder(Path.Combine(directory, Guid.NewGuid().ToString("N")), copyFrom);

    /// <summary>The test extract of the official files (TestData/official-extract).</summary>
    public static string OfficialExtract { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "official-extract");

    /// <summary>
    /// A seed folder at <paramref name="target"/>: a copy of every file under <paramref name="copyFrom"/> (if given)
    /// plus the repository's seed document.
    /// </summary>
    public static string CopySeedFolder(string target, string? copyFrom = null)
    {
        target = Directory.CreateDirectory(target).FullName;
        foreach (var file in copyFrom is null ? [] : Directory.GetFiles(copyFrom, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(copyFrom!, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        const string seedDocument = CareerCompare.Web.Data.SeedDocumentSeeder.FileName;
        File.Copy(Path.Combine(SeedDocument.SeedDataDirectory, seedDocument), Path.Combine(target, seedDocument), overwrite: true);
        return target;
    }

    public HttpClient CreateClientWithoutRedirects() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client that the site takes for <paramref name="address"/> (X-Forwarded-For, trusted from loopback): its own rate limits.</summary>
    public HttpClient CreateClientFrom(string address)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    /// <summary>
    /// Turns the rate limiter on with <paramref name="permitLimit"/> requests per <paramref name="window"/> per client and,
    /// where given, a costly-answer budget of <paramref name="costlyBurst"/> refilled one every <paramref name="costlyRefill"/>.
    /// </summary>
    protected void LimitRate(int permitLimit, TimeSpan window, int? costlyBurst = null, TimeSpan? costlyRefill = null)
    {
        Settings["RateLimiting:Enabled"] = "true";
        Settings["RateLimiting:PermitLimit"] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["RateLimiting:Window"] = window.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        if (costlyBurst is { } burst)
        {
            Settings["RateLimiting:ExpensiveBurst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (costlyRefill is { } refill)
        {
            Settings["RateLimiting:ExpensiveRefill"] = refill.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!ImportAtStart && SeedDirectory is null && !File.Exists(DatabasePath))
        {
            ImportedCatalogue.CopyTo(DatabasePath);
        }

        builder.UseEnvironment("Production");
        // The static files as a build lays them out (wwwroot plus the build's compressed copies), as MapStaticAssets
        // expects; a published site has them all in its own wwwroot.
        builder.UseStaticWebAssets();
        builder.ConfigureAppConfiguration((_, configuration) => configuration
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // A short wait on a locked file, as in production, so a lock test answers in a second.
                ["ConnectionStrings:CareerCompare"] = $"Data Source={DatabasePath};Default Timeout=1",
                ["SeedData:Directory"] = SeedDirectory ?? string.Empty,
                // Tests make hundreds of requests from one client; the limiter's own tests switch it on.
                ["RateLimiting:Enabled"] = "false",
            })
            .AddInMemoryCollection(Settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
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
