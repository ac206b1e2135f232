using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// The output cache kept in another process (Redis), which may go away or fill up. The framework's middleware already
/// renders the page when its store throws, but it logs an error with a stack trace for every request and waits out
/// every call's timeout. Here a read that fails is a miss and a write that fails is skipped.
/// <para>Only a lost connection or a timeout means the store is away: one warning, a line when it answers again, and
/// meanwhile the store is left alone for <see cref="RedisCacheSettings.RetryAfter"/>, so a server that hangs costs one
/// timeout a second instead of one a request. The connection itself comes back on its own.</para>
/// <para>An error the server answers (above all "OOM" when Redis is full and can evict nothing more) concerns that
/// one command: the write is skipped and reads go on, so the pages already stored are still served; "Redis is full"
/// is logged at most once per <see cref="RefusedWarningInterval"/>.</para>
/// Evicting by tag is not hidden: its caller (<see cref="CatalogueCacheEviction"/>) must know it failed, to try again.
/// </summary>
public sealed partial class ResilientOutputCacheStore(
    IOutputCacheBufferStore inner, TimeSpan retryAfter, TimeProvider time, ILogger<ResilientOutputCacheStore> logger)
    : IOutputCacheBufferStore
{
    /// <summary>How often, at most, the log says that Redis refused to store a page.</summary>
    public static readonly TimeSpan RefusedWarningInterval = TimeSpan.FromMinutes(1);

    private long resumeAtTicks;
    private int failing;
    private long refusedWarningDueTicks;

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (Paused)
        {
            return false;
        }

        try
        {
            var found = await inner.TryGetAsync(key, destination, cancellationToken);
            Succeeded();
            return found;
        }
        catch (RedisServerException exception)
        {
            Refused(exception);
            return false;
        }
        catch (Exception exception) when (IsStoreFault(exception))
        {
            Failed(exception);
            return false;
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (Paused)
        {
            return null;
        }

        try
        {
            var value = await inner.GetAsync(key, cancellationToken);
            Succeeded();
            return value;
        }
        catch (RedisServerException exception)
        {
            Refused(exception);
            return null;
        }
        catch (Exception exception) when (IsStoreFault(exception))
        {
            Failed(exception);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (Paused)
        {
            return;
        }

        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
            Succeeded();
        }
        catch (RedisServerException exception)
        {
            Refused(exception);
        }
        catch (Exception exception) when (IsStoreFault(exception))
        {
            Failed(exception);
        }
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        SetAsync(key, new ReadOnlySequence<byte>(value), tags ?? [], validFor, cancellationToken);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
            Succeeded();
        }
        catch (Exception exception) when (IsStoreFault(exception))
        {
            Failed(exception);
            throw;
        }
    }

    /// <summary>
    /// True while the store is left alone after a lost connection or a timeout. Others using the same Redis in the same
    /// request (the costly budget) read it, so that a hung server costs a request one timeout, not one per use.
    /// </summary>
    public bool Paused => time.GetUtcNow().UtcTicks < Volatile.Read(ref resumeAtTicks);

    // The store is away: the connection failed or an answer did not come in time (RedisTimeoutException is a
    // TimeoutException, not a RedisException). Errors the server answered (RedisServerException) are caught first.
    private static bool IsStoreFault(Exception exception) => exception is RedisException or TimeoutException or SocketException;

    private void Failed(Exception exception)
    {
        Volatile.Write(ref resumeAtTicks, (time.GetUtcNow() + retryAfter).UtcTicks);
        if (Interlocked.Exchange(ref failing, 1) == 0)
        {
            LogUnavailable(logger, exception.GetType().Name, exception.Message);
        }
    }

    /// <summary>The server answered with an error: that command failed, the connection is fine.</summary>
    private void Refused(RedisServerException exception)
    {
        Succeeded();
        var now = time.GetUtcNow().UtcTicks;
        var due = Volatile.Read(ref refusedWarningDueTicks);
        if (now >= due && Interlocked.CompareExchange(ref refusedWarningDueTicks, now + RefusedWarningInterval.Ticks, due) == due)
        {
            if (exception.Message.StartsWith("OOM", StringComparison.Ordinal))
            {
                LogFull(logger, exception.Message);
            }
            else
            {
                LogRefused(logger, exception.Message);
            }
        }
    }

    private void Succeeded()
    {
        if (Volatile.Read(ref failing) == 1 && Interlocked.Exchange(ref failing, 0) == 1)
        {
            LogAvailable(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared output cache cannot be reached ({Kind}: {Reason}); pages are rendered without it until it is back.")]
    private static partial void LogUnavailable(ILogger logger, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is full: new pages are not stored, those stored are still served ({Reason}). Give it more memory (maxmemory) or check its eviction policy (volatile-lru). Said at most once a minute.")]
    private static partial void LogFull(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared output cache refused a command ({Reason}); pages are rendered without it where it fails. Said at most once a minute.")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The shared output cache answers again.")]
    private static partial void LogAvailable(ILogger logger);
}
