using CareerCompare.Web.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Data;

/// <summary>Creates or upgrades the database and loads the seed data, once, before the site serves pages.</summary>
public static partial class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer).FullName!);
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        EnsureDirectoryExists(db.Database.GetConnectionString());
        // Hash the seed files while the database is opened and migrated: both take a few hundred milliseconds.
        var hashing = Task.Run(() => OfficialCatalogueImporter.Hash(scope.ServiceProvider.GetRequiredService<IOptions<SeedDataOptions>>().Value.ResolveDirectory()), cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var migrated = watch.Elapsed.TotalMilliseconds;

        // Each import runs in its own transaction; a failed one was rolled back and the site keeps serving the data it had.
        try
        {
            await scope.ServiceProvider.GetRequiredService<OfficialCatalogueImporter>().ImportAsync(knownHash: await hashing, cancellationToken: cancellationToken);
        }
        catch (SeedDataException e)
        {
            logger.LogError("The official catalogue was not imported; the previous data is kept. {Problem}", e.Message);
        }

        var imported = watch.Elapsed.TotalMilliseconds;
        try
        {
            await scope.ServiceProvider.GetRequiredService<SeedDocumentSeeder>().SeedAsync(cancellationToken: cancellationToken);
        }
        catch (SeedDataException e)
        {
            logger.LogError("Seed data was not loaded; the previous data is kept. {Problem}", e.Message);
        }

        LogReady(logger, migrated, imported - migrated, watch.Elapsed.TotalMilliseconds - imported);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: migrations {MigrateMs:F0} ms, official catalogue {ImportMs:F0} ms, seed document {SeedMs:F0} ms")]
    private static partial void LogReady(ILogger logger, double migrateMs, double importMs, double seedMs);

    /// <summary>The import command: a forced import of both data sets; exit code 0 when both succeed.</summary>
    public static async Task<int> ImportCommandAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer).FullName!);
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();
        EnsureDirectoryExists(db.Database.GetConnectionString());
        await db.Database.MigrateAsync();
        try
        {
            await scope.ServiceProvider.GetRequiredService<OfficialCatalogueImporter>().ImportAsync(force: true);
            await scope.ServiceProvider.GetRequiredService<SeedDocumentSeeder>().SeedAsync(force: true);
            return 0;
        }
        catch (SeedDataException e)
        {
            logger.LogError("Import failed; the database keeps its previous data. {Problem}", e.Message);
            return 1;
        }
    }

    private static void EnsureDirectoryExists(string? connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
