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
        // Hash the seed files while the database is checked, opened and migrated: each takes a few hundred milliseconds.
        var seedDirectory = scope.ServiceProvider.GetRequiredService<IOptions<SeedDataOptions>>().Value.ResolveDirectory();
        var hashing = Task.Run(() => OfficialCatalogueImporter.Hash(seedDirectory), cancellationToken);
        var path = DatabaseFile.PathOf(db.Database.GetConnectionString());
        await using var fileLock = path is null ? null : await PrepareFileAsync(path, logger, cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await UseRollbackJournalAsync(db, cancellationToken);

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

    /// <summary>
    /// Takes the start-up lock, then makes sure a sound database file exists: a damaged one (not a database,
    /// truncated, failing SQLite's quick check) is moved aside and rebuilt from the seed data. The site opens the
    /// file without creating it (a file deleted while it runs must not come back empty), so it is created here.
    /// </summary>
    private static async Task<FileStream?> PrepareFileAsync(string path, ILogger logger, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fileLock = await DatabaseFile.LockAsync(path, logger, cancellationToken);
        if (DatabaseFile.FindDamage(path) is { } damage)
        {
            var aside = DatabaseFile.MoveAside(path);
            LogRebuilding(logger, path, damage, aside);
        }

        if (!File.Exists(path))
        {
            await File.Create(path).DisposeAsync();
        }

        return fileLock;
    }

    /// <summary>
    /// A rollback journal rather than WAL: the catalogue is read-only at run time, readers then need nothing but
    /// read access to the one file, and that file alone is the whole database (to copy, share or restore).
    /// </summary>
    private static async Task UseRollbackJournalAsync(CareerCompareDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE", cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Path} is damaged ({Problem}); moved it to {Aside} and rebuilding it from the seed data")]
    private static partial void LogRebuilding(ILogger logger, string path, string problem, string aside);
}
