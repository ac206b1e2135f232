using System.Diagnostics;
using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Readiness (/health/ready): the catalogue in memory was read, is complete and is the database's as it is now (the
/// store could read the file at its last look: while it cannot, the pages are served from the last catalogue read, but
/// the site is not ready); the database answers a real query (both data sets hold the occupations their imports
/// recorded) and passes SQLite's quick check, which reads every page of every table and index, so damage only a
/// search would meet (a few zeroed pages of the other names for the job) is seen too. The quick check reads the
/// whole file (35–70 ms for the full catalogue's 9.6 MB), so its result is kept for <see cref="QuickCheckInterval"/>,
/// and no longer than the file keeps its size and last-write time: a file written or replaced is checked at the next
/// probe.
/// </summary>
public sealed class CatalogueHealthCheck(CareerCompareDbContext db, CatalogueStore store, CatalogueHealthCheck.LastQuickCheck last) : IHealthCheck
{
    public static readonly TimeSpan QuickCheckInterval = TimeSpan.FromSeconds(30);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        CatalogueSnapshot snapshot;
        try
        {
            // Also the store's look at the file: a file changed since the last page is read (or found unreadable) now.
            snapshot = await store.GetAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"No catalogue could be read: {exception.Message}", exception);
        }

        if (store.LastError is { } error)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be read (the catalogue in memory is served): {error}");
        }

        if (!snapshot.IsComplete)
        {
            return HealthCheckResult.Unhealthy("The catalogue in memory is incomplete.");
        }

        if (!await db.IsCatalogueCompleteAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The catalogue is incomplete.");
        }

        var file = DatabaseFile.PathOf(db.Database.GetConnectionString()) is { } path ? DatabaseFile.Stamp.Of(path) : null;
        if (last.Result is not { } result || result.File != file || Stopwatch.GetElapsedTime(result.CheckedAt) > QuickCheckInterval)
        {
            // "ok", or the first problem found; the pragma as a table-valued function runs as an ordinary query.
            var answer = await db.Database.SqlQueryRaw<string>("SELECT quick_check AS Value FROM pragma_quick_check LIMIT 1")
                .ToListAsync(cancellationToken);
            result = new QuickCheck(file, Stopwatch.GetTimestamp(), answer is ["ok"] ? null : string.Join("; ", answer));
            last.Result = result;
        }

        return result.Damage is null ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"SQLite's quick check failed: {result.Damage}");
    }

    /// <summary>The last quick check's result, shared by the probes of one site (a singleton).</summary>
    public sealed class LastQuickCheck
    {
        private QuickCheck? result;

        internal QuickCheck? Result
        {
            get => Volatile.Read(ref result);
            set => Volatile.Write(ref result, value);
        }
    }

    internal sealed record QuickCheck(DatabaseFile.Stamp? File, long CheckedAt, string? Damage);

}
