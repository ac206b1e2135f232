namespace CareerCompare.Web.Models;

/// <param name="EstimateOccupations">The careers site's occupations (those of the seed document).</param>
/// <param name="CareersSiteComparison">The careers site's two occupations, when there are two: where the site began.</param>
/// <param name="PopularComparisons">The largest occupations, each beside the first occupation O*NET relates to it.</param>
/// <param name="Lists">The Handbook's three lists: highest paying, fastest growing, most openings.</param>
/// <param name="EstimateSource">What the careers site's figures are: "careers-site estimates (Zippia)"; null without them.</param>
/// <param name="EstimatePage">The careers site's page they were transcribed from.</param>
public sealed record HomeViewModel(
    IReadOnlyList<OccupationLink> EstimateOccupations,
    IReadOnlyList<OccupationLink> CareersSiteComparison,
    IReadOnlyList<PopularComparison> PopularComparisons,
    IReadOnlyList<TopList> Lists,
    IReadOnlyList<CategoryCount> Categories,
    int OfficialCount,
    ComparePickerViewModel Picker,
    PageMeta Meta,
    string? EstimateSource = null,
    string? EstimatePage = null);

/// <summary>Two occupations to compare: a large one and one O*NET relates to it; the address is the canonical one.</summary>
public sealed record PopularComparison(OccupationLink First, OccupationLink Second, string Pair);

/// <summary>One of the home page's short lists: its heading, the list's order, the source, and its occupations with their figure.</summary>
public sealed record TopList(string Id, string Heading, string Sort, string Source, IReadOnlyList<TopListItem> Items);

public sealed record TopListItem(OccupationLink Occupation, string Figure);
