using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Sections;

namespace CareerCompare.Web.Services;

/// <summary>
/// Every figure the site shows, defined once. Profiles, comparisons, the JSON API, the CSV files and the JSON-LD read
/// their figures, labels, units, sources and difference rules from here; adding a figure is one entry in its section
/// (<see cref="Sections"/>), its column in the query, and its test. The order is the API's order: the sections' order here.
/// </summary>
public static class FigureCatalogue
{
    public const string Official = OfficialCatalogueImporter.DataSetName;
    public const string Estimate = SeedDocumentSeeder.DataSetName;

    /// <summary>Said instead of a difference when one value is a careers-site estimate and the other official.</summary>
    public const string DifferentSources = "Not compared: different sources";

    /// <summary>The figures every occupation of a data set may have, in the API's order (<see cref="SectionOrder.Catalogue"/>); families sit where their members go.</summary>
    private static readonly IReadOnlyList<CatalogueEntry> Entries = SectionOrder.Catalogue.SelectMany(s => s.Figures()).ToList();

    private static readonly Dictionary<string, FigureDefinition[]> ByKey = Entries.OfType<FigureDefinition>()
        .GroupBy(d => d.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, FigureFamily[]> FamiliesByPrefix = Entries.OfType<FigureFamily>()
        .GroupBy(f => f.KeyPrefix, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The definitions of one occupation, in the API's order, families expanded to the members it has.</summary>
    public static IEnumerable<FigureDefinition> DefinitionsFor(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        foreach (var entry in Entries)
        {
            switch (entry)
            {
                case FigureDefinition definition when definition.AppliesTo(occupation):
                    yield return definition;
                    break;
                case FigureFamily family when family.DataSet == occupation.DataSet:
                    foreach (var member in family.Members(occupation))
                    {
                        yield return family.Member(member);
                    }

                    break;
            }
        }
    }

    /// <summary>Every published figure of one occupation with its key, source and vintage: what the API and CSV give.</summary>
    public static IReadOnlyList<SourcedFigure> For(OccupationDetails occupation) =>
        DefinitionsFor(occupation).Where(d => d.Published).Select(d => d.Of(occupation)).ToList();

    /// <summary>
    /// The definition of <paramref name="key"/> that applies to this occupation, or null when its data set has no such
    /// figure. A key the catalogue does not define is a mistake in the code that asks, not an unknown figure: it throws.
    /// </summary>
    public static FigureDefinition? Find(string key, OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return ByKey.TryGetValue(key, out var definitions)
            ? definitions.FirstOrDefault(d => d.AppliesTo(occupation))
            : throw new ArgumentException($"The figure catalogue has no figure '{key}'.", nameof(key));
    }

    /// <summary>Every key the catalogue defines outside its families, each once.</summary>
    public static IReadOnlyCollection<string> Keys => ByKey.Keys;

    /// <summary>The figure with this key for one occupation; unknown where its data set has no such figure.</summary>
    public static Figure Read(string key, OccupationDetails occupation) => Find(key, occupation)?.Read(occupation) ?? Figure.Words(null);

    /// <summary>The family of figures with this key prefix for this occupation's data set, or null.</summary>
    public static FigureFamily? Family(string prefix, OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return FamiliesByPrefix.TryGetValue(prefix, out var families) ? families.FirstOrDefault(f => f.DataSet == occupation.DataSet) : null;
    }

    /// <summary>The definition of a figure of a data set, for pages that name it without an occupation at hand (the list's columns).</summary>
    public static FigureDefinition DefinitionOf(string key, string dataSet) =>
        ByKey.TryGetValue(key, out var definitions) && definitions.FirstOrDefault(d => d.DataSet == dataSet) is { } definition
            ? definition
            : throw new ArgumentException($"No figure '{key}' in the data set '{dataSet}'.", nameof(key));

    /// <summary>The source of a figure, for the source notes under a section.</summary>
    public static FigureSource SourceOf(string key, OccupationDetails occupation) =>
        Find(key, occupation)?.SourceFor(occupation) ?? throw new ArgumentException($"No figure '{key}' for this occupation.", nameof(key));

    /// <summary>The publisher and release of an official figure, for lists that show it without the whole occupation.</summary>
    public static FigureSource OfficialSource(string key) =>
        ByKey.TryGetValue(key, out var definitions) && definitions.FirstOrDefault(d => d.DataSet == Official)?.Publisher is { } source
            ? source
            : throw new ArgumentException($"No official figure '{key}'.", nameof(key));

    /// <summary>A range's difference, end by end: "Low end +$4,000, high end −$2,000".</summary>
    internal static string? RangeDifference(OccupationDetails first, OccupationDetails other) =>
        FigureFormat.SignedMoney(first.SalaryRangeLow, other.SalaryRangeLow) is { } low &&
        FigureFormat.SignedMoney(first.SalaryRangeHigh, other.SalaryRangeHigh) is { } high
            ? $"Low end {low}, high end {high}"
            : null;
}
