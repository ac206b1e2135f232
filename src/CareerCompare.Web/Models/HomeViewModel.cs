namespace CareerCompare.Web.Models;

/// <param name="EstimateOccupations">The careers site's occupations (those of the seed document).</param>
/// <param name="FeaturedComparison">The first two occupations of the seed document, when there are two.</param>
public sealed record HomeViewModel(
    IReadOnlyList<OccupationLink> EstimateOccupations,
    IReadOnlyList<OccupationLink> FeaturedComparison,
    IReadOnlyList<CategoryCount> Categories,
    int OfficialCount,
    ComparePickerViewModel Picker,
    PageMeta Meta);
