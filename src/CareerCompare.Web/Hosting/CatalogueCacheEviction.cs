using CareerCompare.Web.Catalogue;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Empties the output cache when <see cref="CatalogueStore"/> swaps in a new catalogue, and asks the store to look at
/// the import records every few seconds (the import command runs in a process of its own, and a database without a
/// file has no last-write time to look at). With a shared store every instance does so; the first to see the change
/// empties the cache for all, and each instance's own eviction, at most one check later, drops anything another
/// rendered from the old catalogue meanwhile.
/// </summary>
public sealed partial class CatalogueCacheEviction(
    CatalogueStore store, IOutputCacheStore cache, SharedCacheConnection shared, IOptions<PagesCacheOptions> options,
    ILogger<CatalogueCacheEviction> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? seen = null;
        using var wake = new SemaphoreSlim(0);
        using var onChange = ChangeToken.OnChange(store.GetChangeToken, () => wake.Release());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var stamp = (await store.RefreshAsync(force: true, stoppingToken)).Stamp;
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
                // No catalogue read yet (the pages say so), or the shared cache unreachable: try again at the next check,
                // until the eviction is done.
                LogNotEvicted(logger, exception.Message);
            }

            await wake.WaitAsync(options.Value.CatalogueCheckInterval, stoppingToken);
        }
    }

    /// <summary>
    /// The catalogue the shared cache's pages were made from, kept in Redis with no expiry, so that an eviction policy
    /// that drops pages never drops it. A cache in this process's memory starts empty: nothing to compare.
    /// </summary>
    private async Task<string?> RecordedStampAsync() => shared.IsConfigured ? await shared.ReadStampAsync() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "The catalogue was imported again: the cached pages were dropped.")]
    private static partial void LogEvicted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not drop the cached pages of the previous catalogue (trying again at the next check): {Reason}")]
    private static partial void LogNotEvicted(ILogger logger, string reason);
}
