namespace CareerCompare.Web.Models;

/// <param name="LastModified">When the catalogue was last imported: the pages change only then.</param>
/// <param name="States">The state pages' addresses ("new-york").</param>
/// <param name="Comparisons">Comparison addresses ("a-vs-b"), each in its canonical order.</param>
public sealed record SitemapViewModel(
    DateOnly? LastModified,
    IReadOnlyList<string> Profiles,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Comparisons,
    IReadOnlyList<string>? States = null);
