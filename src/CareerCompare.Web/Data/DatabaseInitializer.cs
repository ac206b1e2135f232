using CareerCompare.Web.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Data;

/// <summary>Creates or upgrades the database and loads the seed data, once, before the site serves pages.</summary>
public static partial class DatabaseInitializer
{
    /// <summary>
    /// Applies pending migrations, then imports the official catalogue and the seed document when their files
    /// changed (always, when <paramref name="force"/>). Each import runs in its own transaction: a failed one is
    /// logged and the database keeps what it had. Returns whether both imports succeeded.
    /// </summary>
    public static async Task<bool> InitializeDatabaseAsync(this IServiceProvider services, bool force = false, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer).FullName!);
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        EnsureDirectoryExists(db.Database.GetConnectionString());
        // Hash the seed files while the database is opened and migrated: both take a few hundred milliseconds.
        var seedDirectory = scope.ServiceProvider.GetRequiredService<IOptions<SeedDataOptions>>().Value.ResolveDirectory();
        var hashing = Task.Run(() => OfficialCatalogueImporter.Hash(seedDirectory), cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var migrated = watch.Elapsed.TotalMilliseconds;
        var succeeded = true;
        try
        {
            await scope.ServiceProvider.GetRequiredService<OfficialCatalogueImporter>()
                .ImportAsync(force, knownHash: await hashing, cancellationToken: cancellationToken);
        }
        catch (SeedDataException e)
        {
            logger.LogError("The official catalogue was not imported; the previous data is kept. {Problem}", e.Message);
            succeeded = false;
        }

        var imported = watch.Elapsed.TotalMilliseconds;
        try
        {
            await scope.ServiceProvider.GetRequiredService<SeedDocumentSeeder>().SeedAsync(force, cancellationToken);
        }
        catch (SeedDataException e)
        {
            logger.LogError("Seed data was not loaded; the previous data is kept. {Problem}", e.Message);
            succeeded = false;
        }

        LogReady(logger, migrated, imported - migrated, watch.Elapsed.TotalMilliseconds - imported);
        return succeeded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: migrations {MigrateMs:F0} ms, official catalogue {ImportMs:F0} ms, seed document {SeedMs:F0} ms")]
    private static partial void LogReady(ILogger logger, double migrateMs, double importMs, double seedMs);

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
