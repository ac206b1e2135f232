using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// The output cache kept in another process (Redis), which may go away. The framework's middleware already renders
/// the page when its store throws, but it logs an error with a stack trace for every request and waits out every
/// call's timeout. Here a read that fails is a miss and a write that fails is skipped, with one warning when the store
/// is lost and a line when it answers again; after a failure the store is left alone for
/// <see cref="RedisCacheSettings.RetryAfter"/>, so a server that hangs costs one timeout a second instead of one a
/// request. The connection itself comes back on its own. Evicting by tag is not hidden: its caller
/// (<see cref="CatalogueChangeWatcher"/>) must know it failed, to try again.
/// </summary>
public sealed partial class ResilientOutputCacheStore(
    IOutputCacheBufferStore inner, TimeSpan retryAfter, TimeProvider time, ILogger<ResilientOutputCacheStore> logger)
    : IOutputCacheBufferStore
{
    private long resumeAtTicks;
    private int failing;

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

    private bool Paused => time.GetUtcNow().UtcTicks < Volatile.Read(ref resumeAtTicks);

    // RedisTimeoutException is a TimeoutException, not a RedisException.
    private static bool IsStoreFault(Exception exception) => exception is RedisException or TimeoutException or SocketException;

    private void Failed(Exception exception)
    {
        Volatile.Write(ref resumeAtTicks, (time.GetUtcNow() + retryAfter).UtcTicks);
        if (Interlocked.Exchange(ref failing, 1) == 0)
        {
            LogUnavailable(logger, exception.GetType().Name, exception.Message);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "The shared output cache answers again.")]
    private static partial void LogAvailable(ILogger logger);
}
