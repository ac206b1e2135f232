using CareerCompare.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Empties the output cache when the catalogue changes under the running site: the import command runs in a
/// process of its own, so the site looks at the import records every few seconds and compares them with the last.
/// </summary>
public sealed partial class CatalogueChangeWatcher(
    IServiceScopeFactory scopes, IOutputCacheStore cache, IOptions<PagesCacheOptions> options, ILogger<CatalogueChangeWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? seen = null;
        using var timer = new PeriodicTimer(options.Value.CatalogueCheckInterval);
        do
        {
            try
            {
                var stamp = await ReadStampAsync(stoppingToken);
                if (seen is not null && stamp != seen)
                {
                    await cache.EvictByTagAsync(CachePolicies.CatalogueTag, stoppingToken);
                    LogEvicted(logger);
                }

                seen = stamp;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be missing or locked for a while; the health check and the pages report that.
                LogUnreadable(logger, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<string> ReadStampAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();
        var imports = await db.CatalogueImports.AsNoTracking().OrderBy(i => i.DataSet)
            .Select(i => new { i.DataSet, i.Id, i.ContentHash }).ToListAsync(cancellationToken);
        return string.Join(';', imports.Select(i => $"{i.DataSet}:{i.Id}:{i.ContentHash}"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The catalogue was imported again: the cached pages were dropped.")]
    private static partial void LogEvicted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not read the import records to check for a new catalogue: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
