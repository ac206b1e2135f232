namespace CareerCompare.Web.Data;

/// <summary>A completed import: which data set, from which files (their hash), when, and how much.</summary>
public sealed class CatalogueImport
{
    public int Id { get; set; }
    public required string DataSet { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int OccupationCount { get; set; }
}
