using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Data.Import;

public enum ImportOutcome
{
    Imported,

    /// <summary>The files are the ones already imported: nothing to do.</summary>
    UpToDate,
}

/// <summary>
/// Builds the official catalogue from seed-data/ in one transaction: the database holds either the previous
/// catalogue or the complete new one. Skipped when the files and the importer are those of the last import.
/// </summary>
public sealed partial class OfficialCatalogueImporter(
    CareerCompareDbContext db,
    IOptions<SeedDataOptions> options,
    ILogger<OfficialCatalogueImporter> logger)
{
    public const string DataSetName = OfficialCatalogueReader.DataSetName;

    // Bump when the import's rules change, so the next start re-imports unchanged files.
    private const string ImporterVersion = "14";

    /// <param name="knownHash">The files' hash when the caller computed it already (start-up does, in parallel).</param>
    public async Task<ImportOutcome> ImportAsync(bool force = false, string? knownHash = null, CancellationToken cancellationToken = default)
    {
        var directory = options.Value.ResolveDirectory();
        var hash = knownHash ?? Hash(directory);
        if (!force && await db.IsImportedAsync(DataSetName, hash, cancellationToken))
        {
            return ImportOutcome.UpToDate;
        }

        LogImporting(logger, directory);
        var watch = Stopwatch.StartNew();
        var catalogue = OfficialCatalogueReader.Read(directory, logger);
        var imported = catalogue.Occupations;
        var read = watch.Elapsed;

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Occupations.Where(o => o.DataSet == DataSetName).ExecuteDeleteAsync(cancellationToken);
            await db.States.ExecuteDeleteAsync(cancellationToken);
            BulkInsert.Insert(db, catalogue.States);

            var taken = await db.Occupations.Select(o => o.Slug).ToListAsync(cancellationToken);
            foreach (var occupation in imported.Select(i => i.Occupation).Where(o => taken.Contains(o.Slug)))
            {
                occupation.Slug = $"{occupation.Slug}-{occupation.SocCode}";
            }

            // Occupations go in through EF (their ids are needed; their figures' JSON columns are EF's to write); the
            // many other names for the jobs in bulk.
            var alternateTitles = imported.Select(i => Detach(i.Occupation)).ToList();
            var stateWages = imported.Select(i => DetachStates(i.Occupation)).ToList();
            db.Occupations.AddRange(imported.Select(i => i.Occupation));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (occupation, titles) in imported.Select(i => i.Occupation).Zip(alternateTitles))
            {
                titles.ForEach(a => a.OccupationId = occupation.Id);
            }

            BulkInsert.Insert(db, alternateTitles.SelectMany(a => a));
            foreach (var (occupation, wages) in imported.Select(i => i.Occupation).Zip(stateWages))
            {
                wages.ForEach(w => w.OccupationId = occupation.Id);
            }

            BulkInsert.Insert(db, stateWages.SelectMany(w => w));

            var ids = imported.ToDictionary(i => i.Occupation.SocCode!, i => i.Occupation.Id, StringComparer.Ordinal);
            BulkInsert.Insert(db, imported.SelectMany(i => i.RelatedSocCodes.Select((code, rank) => new RelatedOccupation
            {
                OccupationId = i.Occupation.Id, RelatedOccupationId = ids[code], Kind = RelationKind.Onet, Rank = rank + 1,
            }).Concat(i.MovesThatPayMore.Select((move, rank) => new RelatedOccupation
            {
                OccupationId = i.Occupation.Id, RelatedOccupationId = ids[move.SocCode], Kind = RelationKind.PaysMore, Rank = rank + 1,
                Similarity = move.Similarity,
            }))));
            await db.LevelAnchors.ExecuteDeleteAsync(cancellationToken);
            BulkInsert.Insert(db, catalogue.LevelAnchors);
            await db.InterestAreas.ExecuteDeleteAsync(cancellationToken);
            BulkInsert.Insert(db, catalogue.InterestAreas);
            await db.RecordImportAsync(DataSetName, hash, imported.Count, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var (titleCount, stateMeanCount) = (alternateTitles.Sum(a => a.Count), stateWages.Sum(w => w.Count));
            LogWritten(logger, imported.Count, titleCount, stateMeanCount, (watch.Elapsed - read).TotalMilliseconds);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        LogImported(logger, imported.Count, read.TotalMilliseconds, watch.Elapsed.TotalMilliseconds);
        return ImportOutcome.Imported;
    }

    private static List<AlternateTitle> Detach(Occupation occupation)
    {
        var titles = occupation.AlternateTitles;
        occupation.AlternateTitles = [];
        return titles;
    }

    private static List<StateWage> DetachStates(Occupation occupation)
    {
        var wages = occupation.StateWages;
        occupation.StateWages = [];
        return wages;
    }

    /// <summary>The hash of the files this import reads, as recorded after a successful import.</summary>
    public static string Hash(string directory) => CatalogueImport.Hash(directory, "importer " + ImporterVersion, [.. OfficialFiles.All, .. HandbookPages.Files(directory)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing the official catalogue from {Directory}")]
    private static partial void LogImporting(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote to the database: {Count} occupations, {Titles} other names for them and {StateMeans} state means ({Ms:F0} ms)")]
    private static partial void LogWritten(ILogger logger, int count, int titles, int stateMeans, double ms);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} official occupations (files read in {ReadMs:F0} ms, total {TotalMs:F0} ms)")]
    private static partial void LogImported(ILogger logger, int count, double readMs, double totalMs);
}
