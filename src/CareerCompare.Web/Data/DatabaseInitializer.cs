using CareerCompare.Web.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Data;

/// <summary>Creates or upgrades the database and loads the seed data, once, before the site serves pages.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer).FullName!);
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();

        EnsureDirectoryExists(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);

        // Each import runs in its own transaction; a failed one was rolled back and the site keeps serving the data it had.
        try
        {
            await scope.ServiceProvider.GetRequiredService<OfficialCatalogueImporter>().ImportAsync(cancellationToken: cancellationToken);
        }
        catch (SeedDataException e)
        {
            logger.LogError("The official catalogue was not imported; the previous data is kept. {Problem}", e.Message);
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<SeedDocumentSeeder>().SeedAsync(cancellationToken);
        }
        catch (SeedDataException e)
        {
            logger.LogError("Seed data was not loaded; the previous data is kept. {Problem}", e.Message);
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
