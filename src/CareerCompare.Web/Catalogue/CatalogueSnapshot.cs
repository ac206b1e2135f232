using System.Collections.Concurrent;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Catalogue;

/// <summary>
/// The whole catalogue as one import left it, read once into memory and never changed: every occupation's figures, the
/// states, O*NET's level anchors and interest areas, and the search index. Pages, the API, the CSV files and search read
/// this instead of the database; a new import is a new snapshot (<see cref="CatalogueStore"/>).
/// </summary>
public sealed class CatalogueSnapshot
{
    private readonly Dictionary<string, OccupationDetails> bySlug;
    private readonly Dictionary<string, OccupationDetails> bySoc;
    private readonly Dictionary<int, OccupationDetails> byId;
    private readonly ILookup<(string Kind, string Element), LevelAnchor> anchors;
    private readonly ConcurrentDictionary<(Type, string), object> built = new();

    private CatalogueSnapshot(long version, string stamp, List<OccupationDetails> occupations, List<StateSummary> states,
        List<LevelAnchor> levelAnchors, List<InterestArea> interestAreas, SearchIndex search)
    {
        Version = version;
        Stamp = stamp;
        Occupations = occupations;
        States = states;
        InterestAreas = interestAreas;
        Search = search;
        bySlug = occupations.ToDictionary(o => o.Slug, StringComparer.Ordinal);
        byId = occupations.ToDictionary(o => o.Id);
        FinderRows = occupations.Select(o => new FinderRow(o.Id, o.Slug, o.Title, o.Category, o.IsOfficial,
            o.MedianYearlySalary, o.MedianYearlyTopCoded, o.YearlySalary, o.NumberOfJobs, o.GrowthRatePercent, o.AnnualOpenings,
            o.TypicalEntryEducation, o.WorkExperience, o.OnTheJobTraining, o.JobZone, o.InterestCode, o.GptsHumanBetaPercentile)).ToList();
        bySoc = occupations.Where(o => o.IsOfficial && o.SocCode is not null).GroupBy(o => o.SocCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        anchors = levelAnchors.ToLookup(a => (a.Kind, a.Element));
    }

    /// <summary>Counts up from 1 in one process: a page built from one snapshot can tell it from the next.</summary>
    public long Version { get; }

    /// <summary>The import records the snapshot was read with (data set, import and content hash of each).</summary>
    public string Stamp { get; }

    /// <summary>When the latest of its imports was made (what the sitemap gives as every address's last change), or null before any.</summary>
    public DateTimeOffset? ImportedAt { get; private init; }

    /// <summary>Every occupation, in the order the catalogue stores them (official ones, then the careers site's).</summary>
    public IReadOnlyList<OccupationDetails> Occupations { get; }

    /// <summary>The states and territories of the state file, by name, with their price levels.</summary>
    public IReadOnlyList<StateSummary> States { get; }

    /// <summary>O*NET's six interest areas, in O*NET's order.</summary>
    public IReadOnlyList<InterestArea> InterestAreas { get; }

    /// <summary>Titles, other names for the job and categories, ready to search.</summary>
    public SearchIndex Search { get; }

    /// <summary>What the list filters and sorts on, an occupation each, in the catalogue's order.</summary>
    public IReadOnlyList<FinderRow> FinderRows { get; }

    /// <summary>
    /// What a page builds from this catalogue alone (a profile's view model and its rendered sections), built the first
    /// time it is asked for and kept as long as this catalogue is the current one.
    /// </summary>
    public T Once<T>(string key, Func<T> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        return (T)built.GetOrAdd((typeof(T), key), static (_, make) => make(), build);
    }

    /// <summary>The occupation with this number (from a search result or a row of the list).</summary>
    public OccupationDetails ById(int id) => byId[id];

    /// <summary>The occupation with this address, or null.</summary>
    public OccupationDetails? Find(string slug) => bySlug.GetValueOrDefault(slug);

    /// <summary>The official occupation with this SOC code, or null.</summary>
    public OccupationDetails? BySoc(string? socCode) => socCode is null ? null : bySoc.GetValueOrDefault(socCode);

    /// <summary>The occupations with these addresses, in the order given; unknown ones are skipped.</summary>
    public List<OccupationDetails> FindAll(IEnumerable<string> slugs) => slugs.Select(Find).OfType<OccupationDetails>().ToList();

    /// <summary>What the levels of these skills and knowledge areas mean (O*NET Level Scale Anchors).</summary>
    public List<LevelAnchor> AnchorsOf(IEnumerable<(string Kind, string Element)> elements) =>
        elements.Distinct().SelectMany(e => anchors[e]).ToList();

    /// <summary>O*NET's words for the areas of a high-point code ("ICR"), in the code's order; none for no code.</summary>
    public List<InterestArea> InterestAreasOf(string? code) => string.IsNullOrEmpty(code) ? []
        : code.Select(letter => InterestAreas.FirstOrDefault(a => a.Letter == letter)).OfType<InterestArea>().ToList();

    /// <summary>Whether both data sets hold the occupations their imports recorded (a half-written catalogue does not).</summary>
    public bool IsComplete { get; private init; }

    /// <summary>The import records as one string: what tells one catalogue from the next.</summary>
    public static async Task<string> ReadStampAsync(CareerCompareDbContext db, CancellationToken cancellationToken) =>
        Stamped(await ImportsAsync(db, cancellationToken));

    private static Task<List<ImportRecord>> ImportsAsync(CareerCompareDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CatalogueImports.AsNoTracking().OrderBy(i => i.DataSet)
            .Select(i => new ImportRecord(i.DataSet, i.Id, i.ContentHash, i.OccupationCount, i.ImportedAt)).ToListAsync(cancellationToken);
    }

    private static string Stamped(List<ImportRecord> imports) => string.Join(';', imports.Select(i => $"{i.DataSet}:{i.Id}:{i.ContentHash}"));

    private sealed record ImportRecord(string DataSet, int Id, string ContentHash, int OccupationCount, DateTimeOffset ImportedAt);

    /// <summary>Reads the whole catalogue, in one read transaction so that an import cannot land halfway through.</summary>
    public static async Task<CatalogueSnapshot> LoadAsync(CareerCompareDbContext db, long version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var imports = await ImportsAsync(db, cancellationToken);
        var occupations = await db.Occupations.AsNoTracking().OrderBy(o => o.Id).AsSplitQuery()
            .Select(OccupationDetails.Projection).ToListAsync(cancellationToken);
        var states = await db.States.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new StateSummary(s.Code, s.Name, s.Slug, s.PriceParity, s.AllOccupationsMeanYearly)).ToListAsync(cancellationToken);
        var levelAnchors = await db.LevelAnchors.AsNoTracking().ToListAsync(cancellationToken);
        var interestAreas = await db.InterestAreas.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var search = await SearchIndex.LoadAsync(db, cancellationToken);
        var complete = new[] { OfficialCatalogueImporter.DataSetName, SeedDocumentSeeder.DataSetName }.All(set =>
            imports.Any(i => i.DataSet == set && i.OccupationCount > 0 && i.OccupationCount == occupations.Count(o => o.DataSet == set)));
        return new CatalogueSnapshot(version, Stamped(imports), occupations, states, levelAnchors, interestAreas, search)
        {
            IsComplete = complete,
            ImportedAt = imports.Count == 0 ? null : imports.Max(i => i.ImportedAt),
        };
    }
}
