using CareerCompare.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Empties the output cache when the catalogue changes under the running site: the import command runs in a
/// process of its own, so the site looks at the import records every few seconds and compares them with the last.
/// With a shared store every instance does so; the first to see the change empties the cache for all, and each
/// instance's own eviction, at most one check later, drops anything another rendered from the old file meanwhile.
/// </summary>
public sealed partial class CatalogueChangeWatcher(
    IServiceScopeFactory scopes, IOutputCacheStore cache, SharedCacheConnection shared, IOptions<PagesCacheOptions> options,
    ILogger<CatalogueChangeWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? seen = null;
        using var timer = new PeriodicTimer(options.Value.CatalogueCheckInterval);
        do
        {
            string stamp;
            try
            {
                stamp = await ReadStampAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be missing or locked for a while; the health check and the pages report that.
                LogUnreadable(logger, exception.Message);
                continue;
            }

            try
            {
                // A shared store (Redis) outlives this process: at first, compare with the catalogue its pages were
                // made from, so pages cached before an import made while this instance was down are dropped too.
                var previous = seen ?? await RecordedStampAsync();
                if (previous is not null && previous != stamp)
                {
                    await cache.EvictByTagAsync(CachePolicies.CatalogueTag, stoppingToken);
                    LogEvicted(logger);
                }

                if (previous != stamp && shared.IsConfigured)
                {
                    await shared.WriteStampAsync(stamp);
                }

                seen = stamp;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The shared cache may be unreachable: try again at the next check, until the eviction is done.
                LogNotEvicted(logger, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// The catalogue the shared cache's pages were made from, kept in Redis with no expiry, so that an eviction policy
    /// that drops pages never drops it. A cache in this process's memory starts empty: nothing to compare.
    /// </summary>
    private async Task<string?> RecordedStampAsync() => shared.IsConfigured ? await shared.ReadStampAsync() : null;

    private async Task<string> ReadStampAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();
        var imports = await db.CatalogueImports.AsNoTracking().OrderBy(i => i.DataSet)
            .Select(i => new { i.DataSet, i.Id, i.ContentHash }).ToListAsync(cancellationToken);
        return string.Join(';', imports.Select(i => $"{i.DataSet}:{i.Id}:{i.ContentHash}"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The catalogue was imported again: the cached pages were dropped.")]
    private static partial void LogEvicted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not drop the cached pages of the previous catalogue (trying again at the next check): {Reason}")]
    private static partial void LogNotEvicted(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not read the import records to check for a new catalogue: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
