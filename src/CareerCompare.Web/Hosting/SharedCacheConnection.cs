using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// The one connection to the shared output cache's Redis ("Redis:Configuration"), used by the framework's store and by
/// the site for what that store cannot do: keep the catalogue stamp with no expiry, so that a <c>volatile-*</c>
/// eviction policy never drops it (it drops only keys that expire: the pages), and take out of the tag index the
/// pages Redis evicted (<see cref="TagIndexPruner"/>). Without a configuration there is no Redis and nothing to do.
/// </summary>
public sealed class SharedCacheConnection(IOptions<RedisCacheSettings> options) : IAsyncDisposable
{
    // The framework store's own key layout (Microsoft.AspNetCore.OutputCaching.StackExchangeRedis): a page under
    // "{InstanceName}__MSOCV_{key}", and each tag a sorted set "{InstanceName}__MSOCT_{tag}" of the keys it holds.
    // SharedOutputCacheTests checks the pruning against the real store, so a change of layout fails a test.
    private const string PagePrefix = "__MSOCV_";
    private const string TagPrefix = "__MSOCT_";
    private const string StampName = "catalogue-stamp";
    private const int PruneBatch = 500;

    private readonly Lazy<Task<ConnectionMultiplexer>> connection = new(() =>
        ConnectionMultiplexer.ConnectAsync(SharedOutputCacheExtensions.ConnectionOptions(options.Value.Configuration)));

    private RedisCacheSettings Settings => options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Settings.Configuration);

    public async Task<IConnectionMultiplexer> ConnectAsync() => await connection.Value;

    /// <summary>The stamp of the catalogue the shared pages were made from, or null when none was recorded.</summary>
    public async Task<string?> ReadStampAsync()
    {
        var value = await (await DatabaseAsync()).StringGetAsync(Key(StampName));
        return value.IsNull ? null : value.ToString();
    }

    /// <summary>Records the stamp, with no expiry: under a volatile-* policy Redis never evicts it.</summary>
    public async Task WriteStampAsync(string stamp) => await (await DatabaseAsync()).StringSetAsync(Key(StampName), stamp);

    /// <summary>
    /// Takes out of a tag's index the keys of pages that are no longer stored (evicted by Redis, or expired), a batch
    /// at a time. Returns how many it took out. The index has no expiry, so without this it would keep a member for
    /// every page ever stored until that page's expiry time passes, however little memory is left.
    /// </summary>
    public async Task<long> PruneTagAsync(string tag)
    {
        var database = await DatabaseAsync();
        var tagKey = Key(TagPrefix + tag);
        var removed = 0L;
        var batch = new List<RedisValue>(PruneBatch);
        await foreach (var entry in database.SortedSetScanAsync(tagKey, pageSize: PruneBatch))
        {
            batch.Add(entry.Element);
            if (batch.Count == PruneBatch)
            {
                removed += await RemoveMissingAsync(database, tagKey, batch);
                batch.Clear();
            }
        }

        return removed + await RemoveMissingAsync(database, tagKey, batch);
    }

    /// <summary>
    /// True for the one instance that takes this turn at a shared chore (the key expires after <paramref name="turn"/>;
    /// it is a lock, not data, so its eviction only means two instances may do the chore once).
    /// </summary>
    public async Task<bool> TakeTurnAsync(string chore, TimeSpan turn) =>
        await (await DatabaseAsync()).StringSetAsync(Key(chore), Environment.MachineName, turn, When.NotExists);

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated)
        {
            await (await connection.Value).DisposeAsync();
        }
    }

    private async Task<long> RemoveMissingAsync(IDatabase database, RedisKey tagKey, List<RedisValue> members)
    {
        if (members.Count == 0)
        {
            return 0;
        }

        var exists = members.Select(member => database.KeyExistsAsync(Key(PagePrefix + member))).ToArray();
        await Task.WhenAll(exists);
        var missing = members.Where((_, i) => !exists[i].Result).ToArray();
        return missing.Length == 0 ? 0 : await database.SortedSetRemoveAsync(tagKey, missing);
    }

    private async Task<IDatabase> DatabaseAsync() => (await connection.Value).GetDatabase();

    private RedisKey Key(string name) => Settings.InstanceName + name;
}
