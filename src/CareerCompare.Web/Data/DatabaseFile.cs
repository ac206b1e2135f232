using Microsoft.Data.Sqlite;

namespace CareerCompare.Web.Data;

/// <summary>
/// The SQLite file behind the site: where it is, whether it is sound, and the lock that lets one process at a
/// time prepare it (migrations and imports), so two instances started together on one file do not both import.
/// </summary>
public static partial class DatabaseFile
{
    /// <summary>How long a start-up waits for another process to finish preparing the same file.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The file a connection string names; null for an in-memory database.</summary>
    public static string? PathOf(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? null : Path.GetFullPath(dataSource);
    }

    /// <summary>What tells one state of the file from another: its size and last-write time; null where it is missing.</summary>
    public sealed record Stamp(long Length, DateTime Written)
    {
        public static Stamp? Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new Stamp(info.Length, info.LastWriteTimeUtc) : null;
        }
    }

    /// <summary>
    /// Takes the exclusive lock on "<paramref name="path"/>.lock", waiting while another process holds it. The
    /// operating system releases it when its holder exits, even when killed. Null when the folder is read-only
    /// (a shared, prepared file): nothing will be written then, so there is nothing to guard.
    /// </summary>
    public static async Task<FileStream?> LockAsync(string path, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lockPath = path + ".lock";
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        var logged = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock other processes respect (flock on Linux and macOS).
                // The file itself stays: deleting it on release would let two waiters lock two different files.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (UnauthorizedAccessException)
            {
                LogNoLock(logger, lockPath);
                return null;
            }
            catch (IOException) when (waiting.Elapsed < LockTimeout)
            {
                if (!logged)
                {
                    LogWaiting(logger, path);
                    logged = true;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Why the file cannot be used as a database (not one, or failing SQLite's quick check); null when it is
    /// sound or absent. Opening it read-write also rolls back an import a killed process left half-written.
    /// </summary>
    public static string? FindDamage(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return null;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false,
            }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1)";
            var result = command.ExecuteScalar() as string;
            return result == "ok" ? null : $"quick check: {result}";
        }
        catch (SqliteException e) when (e.SqliteErrorCode is not (SqliteErrorCodes.Busy or SqliteErrorCodes.Locked))
        {
            return e.Message;
        }
    }

    /// <summary>Moves a damaged file (and its journals, which belong to it) aside so a new one can be built.</summary>
    public static string MoveAside(string path)
    {
        var aside = path + ".damaged";
        File.Move(path, aside, overwrite: true);
        foreach (var journal in new[] { "-journal", "-wal", "-shm" })
        {
            File.Delete(path + journal);
        }

        return aside;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another process is preparing the database {Path}; waiting for it to finish")]
    private static partial void LogWaiting(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot create the lock file {LockPath} (read-only folder); starting without it")]
    private static partial void LogNoLock(ILogger logger, string lockPath);
}

/// <summary>The SQLite result codes the site tells apart (https://sqlite.org/rescode.html).</summary>
internal static class SqliteErrorCodes
{
    public const int Busy = 5;
    public const int Locked = 6;
}
