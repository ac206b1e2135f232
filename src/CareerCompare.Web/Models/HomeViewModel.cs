namespace CareerCompare.Web.Models;

/// <param name="EstimateOccupations">The careers site's occupations (those of the seed document).</param>
/// <param name="FeaturedComparison">The first two occupations of the seed document, when there are two.</param>
/// <param name="EstimateSource">What the careers site's figures are: "careers-site estimates (Zippia)"; null without them.</param>
/// <param name="EstimatePage">The careers site's page they were transcribed from.</param>
public sealed record HomeViewModel(
    IReadOnlyList<OccupationLink> EstimateOccupations,
    IReadOnlyList<OccupationLink> FeaturedComparison,
    IReadOnlyList<CategoryCount> Categories,
    int OfficialCount,
    ComparePickerViewModel Picker,
    PageMeta Meta,
    string? EstimateSource = null,
    string? EstimatePage = null);
