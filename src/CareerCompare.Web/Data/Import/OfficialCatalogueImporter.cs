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
    private const string ImporterVersion = "3";

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
        var imported = OfficialCatalogueReader.Read(directory);
        var read = watch.Elapsed;

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Occupations.Where(o => o.DataSet == DataSetName).ExecuteDeleteAsync(cancellationToken);

            var taken = await db.Occupations.Select(o => o.Slug).ToListAsync(cancellationToken);
            foreach (var occupation in imported.Select(i => i.Occupation).Where(o => taken.Contains(o.Slug)))
            {
                occupation.Slug = $"{occupation.Slug}-{occupation.SocCode}";
            }

            // Occupations go in through EF (their ids are needed); their many child rows in bulk.
            var children = imported.Select(i => Detach(i.Occupation)).ToList();
            db.Occupations.AddRange(imported.Select(i => i.Occupation));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (occupation, rows) in imported.Select(i => i.Occupation).Zip(children))
            {
                rows.SetOwner(occupation.Id);
            }

            BulkInsert.Insert(db, children.SelectMany(c => c.Wages));
            BulkInsert.Insert(db, children.SelectMany(c => c.Skills));
            BulkInsert.Insert(db, children.SelectMany(c => c.Responsibilities));
            BulkInsert.Insert(db, children.SelectMany(c => c.DemographicShares));
            BulkInsert.Insert(db, children.SelectMany(c => c.EducationLevels));
            BulkInsert.Insert(db, children.SelectMany(c => c.AlternateTitles));

            var ids = imported.ToDictionary(i => i.Occupation.SocCode!, i => i.Occupation.Id, StringComparer.Ordinal);
            BulkInsert.Insert(db, imported.SelectMany(i => i.RelatedSocCodes.Select((code, rank) => new RelatedOccupation
            {
                OccupationId = i.Occupation.Id, RelatedOccupationId = ids[code], Rank = rank + 1,
            })));
            await db.RecordImportAsync(DataSetName, hash, imported.Count, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        LogImported(logger, imported.Count, read.TotalMilliseconds, watch.Elapsed.TotalMilliseconds);
        return ImportOutcome.Imported;
    }

    private static ChildRows Detach(Occupation occupation)
    {
        var rows = new ChildRows(occupation.Wages, occupation.Skills, occupation.Responsibilities, occupation.DemographicShares,
            occupation.EducationLevels, occupation.AlternateTitles);
        occupation.Wages = [];
        occupation.Skills = [];
        occupation.Responsibilities = [];
        occupation.DemographicShares = [];
        occupation.EducationLevels = [];
        occupation.AlternateTitles = [];
        return rows;
    }

    private sealed record ChildRows(
        List<WageStatistic> Wages,
        List<OccupationSkill> Skills,
        List<Responsibility> Responsibilities,
        List<DemographicShare> DemographicShares,
        List<EducationLevelShare> EducationLevels,
        List<AlternateTitle> AlternateTitles)
    {
        public void SetOwner(int id)
        {
            Wages.ForEach(w => w.OccupationId = id);
            Skills.ForEach(s => s.OccupationId = id);
            Responsibilities.ForEach(r => r.OccupationId = id);
            DemographicShares.ForEach(d => d.OccupationId = id);
            EducationLevels.ForEach(e => e.OccupationId = id);
            AlternateTitles.ForEach(a => a.OccupationId = id);
        }
    }

    /// <summary>The hash of the files this import reads, as recorded after a successful import.</summary>
    public static string Hash(string directory) => CatalogueImport.Hash(directory, "importer " + ImporterVersion, OfficialFiles.All);

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing the official catalogue from {Directory}")]
    private static partial void LogImporting(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} official occupations (files read in {ReadMs:F0} ms, total {TotalMs:F0} ms)")]
    private static partial void LogImported(ILogger logger, int count, double readMs, double totalMs);
}
