using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// The budget of one client's costly uncached answers (<see cref="ExpensiveRequests"/>) in this process, in two parts.
/// <para>Tokens: a bucket of <see cref="ClientRateLimitOptions.ExpensiveBurst"/> refilled by one every
/// <see cref="ClientRateLimitOptions.ExpensiveRefill"/>. With "Redis:Configuration" set, the bucket is kept in that
/// Redis (RedisRateLimiting's token bucket, one script call per costly miss), so however many instances the load
/// balancer spreads a client over, it has one bucket, not one per instance. When Redis cannot be reached, times out or
/// refuses the call, that request spends a token of this instance's own bucket instead: never an error, never a wait
/// longer than the connection's timeouts. A lost connection or a timeout leaves Redis alone for
/// <see cref="RedisCacheSettings.RetryAfter"/>, as does the output cache's store finding it away (the cache is asked
/// first, so a hung Redis costs a request one timeout, not two); the log says so once per outage, and once when Redis
/// answers again.</para>
/// <para>Places: at most <see cref="ClientRateLimitOptions.ExpensiveConcurrency"/> of a client's costly answers are
/// built at once in this process (the rest wait their turn). This part stays per instance: it protects this
/// instance's cores. Measured, a burst of ten CSV files built at once stalled other visitors' cached pages for a second
/// and a half on the busy 2-core machine.</para>
/// </summary>
public sealed partial class ExpensiveRequestLimiter : IDisposable
{
    private readonly ClientRateLimitOptions limit;
    private readonly RedisCacheSettings redis;
    private readonly SharedCacheConnection connection;
    private readonly IOutputCacheStore cacheStore;
    private readonly ILogger<ExpensiveRequestLimiter> logger;
    private readonly PartitionedRateLimiter<HttpContext> localTokens;
    private readonly PartitionedRateLimiter<HttpContext> places;
    private long resumeAtTicks;
    private int failing;

    public ExpensiveRequestLimiter(
        IOptions<ClientRateLimitOptions> limits, IOptions<RedisCacheSettings> redisSettings, SharedCacheConnection connection,
        IOutputCacheStore cacheStore, ILogger<ExpensiveRequestLimiter> logger)
    {
        this.cacheStore = cacheStore;
        limit = limits.Value;
        redis = redisSettings.Value;
        this.connection = connection;
        this.logger = logger;
        localTokens = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
            ClientKey(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.ExpensiveBurst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = limit.ExpensiveRefill,
                AutoReplenishment = true,
                QueueLimit = 0,
            }));
        places = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetConcurrencyLimiter(
            ClientKey(context), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limit.ExpensiveConcurrency,
                QueueLimit = limit.ExpensiveBurst,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
    }

    /// <summary>
    /// A token (refused at once when the client's bucket is empty: that lease, with when to come back), then one of
    /// the client's places to build the answer (waited for in turn). Dispose the lease when the answer is written.
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var token = await TakeTokenAsync(context);
        if (!token.IsAcquired)
        {
            return token;
        }

        token.Dispose();
        return await places.AcquireAsync(context, 1, cancellationToken);
    }

    public void Dispose()
    {
        localTokens.Dispose();
        places.Dispose();
    }

    private static string ClientKey(HttpContext context) => RateLimitingExtensions.ClientKey(context.Connection.RemoteIpAddress);

    private bool Paused => Environment.TickCount64 < Interlocked.Read(ref resumeAtTicks)
        || cacheStore is ResilientOutputCacheStore { Paused: true };

    private async ValueTask<RateLimitLease> TakeTokenAsync(HttpContext context)
    {
        if (!connection.IsConfigured)
        {
            return localTokens.AttemptAcquire(context);
        }

        if (Paused)
        {
            return FallBack(context, "Redis was found away a moment ago");
        }

        try
        {
            var multiplexer = await connection.ConnectAsync();
            // The limiter holds only its key and options (its state is in Redis): one per call, so that no dictionary
            // of every client ever seen grows in this process.
            using var shared = new RedisTokenBucketRateLimiter<string>(
                $"{redis.InstanceName}costly:{ClientKey(context)}",
                new RedisTokenBucketRateLimiterOptions
                {
                    ConnectionMultiplexerFactory = () => multiplexer,
                    TokenLimit = limit.ExpensiveBurst,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = limit.ExpensiveRefill,
                });
            var lease = await shared.AcquireAsync(1);
            if (Interlocked.Exchange(ref failing, 0) == 1)
            {
                LogAnswersAgain();
            }

            return lease;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or SocketException)
        {
            // A refusal Redis answers (out of memory, say) concerns this call only; a lost connection or a timeout
            // means Redis is away, and asking again at once would only wait out another timeout.
            if (exception is not RedisServerException)
            {
                Interlocked.Exchange(ref resumeAtTicks, Environment.TickCount64 + (long)redis.RetryAfter.TotalMilliseconds);
            }

            return FallBack(context, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private RateLimitLease FallBack(HttpContext context, string reason)
    {
        if (Interlocked.Exchange(ref failing, 1) == 0)
        {
            LogUnreachable(reason);
        }

        return localTokens.AttemptAcquire(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared budget of costly answers is not available in Redis ({Reason}); each instance counts its own until Redis answers again.")]
    private partial void LogUnreachable(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The shared budget of costly answers is kept in Redis again.")]
    private partial void LogAnswersAgain();
}
