using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Keeps the shared cache's tag index to the pages Redis still holds. The framework's store lists every page it
/// stores in the index of its tag (here <see cref="CachePolicies.CatalogueTag"/>), with no expiry, and takes a page out
/// only when the page's own expiry time has passed; a page Redis evicted for room stays listed until then. Every
/// <see cref="RedisCacheSettings.PruneInterval"/> one instance (whichever takes the turn) takes those out. Does
/// nothing when the cache is in memory.
/// </summary>
public sealed partial class TagIndexPruner(SharedCacheConnection shared, IOptions<RedisCacheSettings> options, ILogger<TagIndexPruner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!shared.IsConfigured)
        {
            return;
        }

        var interval = options.Value.PruneInterval;
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await TakeTurnAsync(interval))
                {
                    var removed = await shared.PruneTagAsync(CachePolicies.CatalogueTag);
                    if (removed > 0)
                    {
                        LogPruned(logger, removed);
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Redis away or busy: the next turn does it.
                LogNotPruned(logger, exception.Message);
            }
        }
    }

    private async Task<bool> TakeTurnAsync(TimeSpan interval)
    {
        try
        {
            return await shared.TakeTurnAsync("tag-index-pruning", interval);
        }
        catch (RedisServerException)
        {
            // Full ("OOM"): the turn cannot be written, and pruning, which frees room, is allowed and needed most.
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Took {Count} pages that Redis no longer holds out of the cache's tag index.")]
    private static partial void LogPruned(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not prune the cache's tag index (trying again at the next turn): {Reason}")]
    private static partial void LogNotPruned(ILogger logger, string reason);
}
