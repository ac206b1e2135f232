using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Tests.Infrastructure;

/// <summary>
/// The catalogue imported once per test run: the first factory that needs it starts the real site on an empty
/// file in a folder of the run's own, which migrates and imports seed-data/ as any first start does; every other
/// factory starts on a copy of that file. The copy records the same import (the same files' hash), so the copy's
/// start-up applies no migration and imports nothing.
/// </summary>
public static class ImportedCatalogue
{
    private static readonly string RunDirectory = Path.Combine(Path.GetTempPath(), "careercompare-tests", "run-" + Guid.NewGuid().ToString("N"));

    // Imported on the thread pool: the factories that wait for it block test threads, which the import must not need.
    private static readonly Lazy<string> Template = new(() => Task.Run(ImportAsync).GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the run's imported database to <paramref name="path"/>, importing it first if no one has yet.</summary>
    public static void CopyTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Template.Value, path);
    }

    private static async Task<string> ImportAsync()
    {
        Directory.CreateDirectory(RunDirectory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(RunDirectory);
        var path = Path.Combine(RunDirectory, "catalogue.db");
        // The real start-up: migrations, the official import and the seed document. Disposing the site closes its
        // connections; the file alone is then the whole database (a rollback journal, no WAL), ready to copy.
        using var site = new CareerCompareFactory { DatabasePath = path, ImportAtStart = true };
        var imports = await site.QueryAsync(db => db.CatalogueImports.Select(i => i.DataSet).ToListAsync());
        if (!imports.Contains(OfficialCatalogueImporter.DataSetName) || !imports.Contains(SeedDocumentSeeder.DataSetName))
        {
            throw new InvalidOperationException($"The start-up did not import the catalogue (imports recorded: {string.Join(", ", imports)}).");
        }

        return path;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
