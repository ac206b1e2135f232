using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Data;

public sealed class CareerCompareDbContext(DbContextOptions<CareerCompareDbContext> options) : DbContext(options)
{
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<AlternateTitle> AlternateTitles => Set<AlternateTitle>();
    public DbSet<RelatedOccupation> RelatedOccupations => Set<RelatedOccupation>();
    public DbSet<CatalogueImport> CatalogueImports => Set<CatalogueImport>();
    public DbSet<LevelAnchor> LevelAnchors => Set<LevelAnchor>();
    public DbSet<InterestArea> InterestAreas => Set<InterestArea>();
    public DbSet<UsState> States => Set<UsState>();
    public DbSet<StateWage> StateWages => Set<StateWage>();

    /// <summary>Whether the files with this hash are the last ones imported into the data set.</summary>
    public Task<bool> IsImportedAsync(string dataSet, string hash, CancellationToken cancellationToken) =>
        CatalogueImports.AnyAsync(i => i.DataSet == dataSet && i.ContentHash == hash, cancellationToken);

    /// <summary>Records a completed import in place of the data set's previous one; saved with the import's own changes.</summary>
    public async Task RecordImportAsync(string dataSet, string hash, int occupationCount, CancellationToken cancellationToken)
    {
        await CatalogueImports.Where(i => i.DataSet == dataSet).ExecuteDeleteAsync(cancellationToken);
        CatalogueImports.Add(new CatalogueImport
        {
            DataSet = dataSet, ContentHash = hash, ImportedAt = DateTimeOffset.UtcNow, OccupationCount = occupationCount,
        });
    }

    /// <summary>
    /// Whether both data sets were imported and hold the occupations their imports recorded: what the readiness
    /// probe asks before the site takes traffic.
    /// </summary>
    public async Task<bool> IsCatalogueCompleteAsync(CancellationToken cancellationToken)
    {
        var imports = await CatalogueImports.AsNoTracking()
            .Select(i => new { i.DataSet, i.OccupationCount }).ToListAsync(cancellationToken);
        var counts = await Occupations.AsNoTracking().GroupBy(o => o.DataSet)
            .Select(g => new { DataSet = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new[] { Import.OfficialCatalogueImporter.DataSetName, SeedDocumentSeeder.DataSetName }.All(dataSet =>
            imports.Any(i => i.DataSet == dataSet && i.OccupationCount > 0
                && counts.Any(c => c.DataSet == dataSet && c.Count == i.OccupationCount)));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CareerCompareDbContext).Assembly);
}
