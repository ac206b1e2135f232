using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerCompare.Web.Data;

/// <summary>
/// Lets the site keep SQLite's connection pool and still see at once a database file deleted, truncated, replaced
/// or repaired while it runs. A pooled connection keeps its file open, and on Linux an open handle goes on reading
/// a deleted or replaced file; so before each connection is opened the file's size and last-write time are read
/// (one stat call) and, when they differ from the last ones seen, the pool is emptied and the file opened afresh.
/// A missing file then fails to open (the site never creates it at run time): a 503 page, not an empty database.
/// Any SQLite error on opening or on a command empties the pool too, whoever met it (a page, the health check,
/// the cache's import watcher), so the next read starts from the file as it is.
/// </summary>
public sealed class PooledFileGuard(string path) : DbConnectionInterceptor, IDbCommandInterceptor
{
    private readonly Lock gate = new();
    private FileState? seen;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Check();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check();
        return ValueTask.FromResult(result);
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => SqliteConnection.ClearAllPools();

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => SqliteConnection.ClearAllPools();

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    /// <summary>Empties the pool when the file is not the one the pooled connections opened.</summary>
    public void Check()
    {
        var file = new FileInfo(path);
        var now = file.Exists ? new FileState(true, file.Length, file.LastWriteTimeUtc) : FileState.Missing;
        if (now == Volatile.Read(ref seen))
        {
            return;
        }

        lock (gate)
        {
            if (now != seen)
            {
                SqliteConnection.ClearAllPools();
                Volatile.Write(ref seen, now);
            }
        }
    }

    private sealed record FileState(bool Exists, long Length, DateTime Written)
    {
        public static readonly FileState Missing = new(false, 0, default);
    }
}
