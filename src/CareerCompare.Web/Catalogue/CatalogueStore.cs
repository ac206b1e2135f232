using CareerCompare.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace CareerCompare.Web.Catalogue;

/// <summary>
/// Holds the catalogue in memory (<see cref="CatalogueSnapshot"/>) and swaps in a new one when an import changed the
/// database: the one place that notices a new catalogue. A request costs one look at the database file's size and
/// last-write time; only when they moved are the import records read, and only when those changed is the catalogue read
/// again (in about a second), then swapped in whole, so a page is built from one catalogue or the next, never a mix.
/// While the file cannot be read (missing, locked, damaged) the last catalogue read keeps being served and
/// <see cref="LastError"/> says why (the readiness probe reports it); with none read yet, the error reaches the page (503).
/// </summary>
public sealed partial class CatalogueStore(IServiceScopeFactory scopes, ILogger<CatalogueStore> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lazy<string?> path = new(() => PathOf(scopes));
    private CatalogueSnapshot? current;
    private DatabaseFile.Stamp? seenFile;
    private CancellationTokenSource changed = new();
    private long versions;

    /// <summary>Why the database could not be read at the last look, or null when it could.</summary>
    public string? LastError { get; private set; }

    /// <summary>The catalogue as it is now, read first if this process has none yet.</summary>
    public async ValueTask<CatalogueSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && (path.Value is not { } file || DatabaseFile.Stamp.Of(file) == Volatile.Read(ref seenFile)))
        {
            return snapshot;
        }

        return await RefreshAsync(force: false, cancellationToken);
    }

    /// <summary>A token that fires when a new catalogue has been swapped in (and a new token is to be asked for).</summary>
    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref changed).Token);

    /// <summary>
    /// Looks at the import records and reads the catalogue again when they changed. <paramref name="force"/>: even when
    /// the file looks the same (a database without a file, or a periodic check).
    /// </summary>
    public async Task<CatalogueSnapshot> RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var file = path.Value is { } p ? DatabaseFile.Stamp.Of(p) : null;
            var snapshot = current;
            if (snapshot is not null && !force && file is not null && file == seenFile)
            {
                return snapshot;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();
                if (snapshot is null || await CatalogueSnapshot.ReadStampAsync(db, cancellationToken) != snapshot.Stamp)
                {
                    var started = TimeProvider.System.GetTimestamp();
                    var loaded = await CatalogueSnapshot.LoadAsync(db, Interlocked.Increment(ref versions), cancellationToken);
                    var elapsed = (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
                    LogLoaded(logger, loaded.Occupations.Count, elapsed);
                    Swap(loaded);
                    snapshot = loaded;
                }

                seenFile = file;
                LastError = null;
                return snapshot;
            }
            catch (Exception exception) when (snapshot is not null && exception is not OperationCanceledException)
            {
                // The last catalogue stays; the file is looked at again on the next request.
                if (LastError is null)
                {
                    LogUnreadable(logger, exception.Message);
                }

                LastError = exception.Message;
                seenFile = null;
                return snapshot;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private void Swap(CatalogueSnapshot snapshot)
    {
        var previous = current;
        Volatile.Write(ref current, snapshot);
        if (previous is not null)
        {
            var fired = Interlocked.Exchange(ref changed, new CancellationTokenSource());
            fired.Cancel();
            fired.Dispose();
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        changed.Dispose();
    }

    private static string? PathOf(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        return DatabaseFile.PathOf(scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>().Database.GetConnectionString());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read the catalogue into memory: {Count} occupations ({Milliseconds} ms).")]
    private static partial void LogLoaded(ILogger logger, int count, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be read; the catalogue already in memory is served until it can: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
