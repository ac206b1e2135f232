namespace CareerCompare.Web.Models;

/// <param name="FeaturedComparison">The first two occupations of the seed document, when there are two.</param>
public sealed record HomeViewModel(
    IReadOnlyList<OccupationLink> Occupations,
    IReadOnlyList<OccupationLink> FeaturedComparison,
    ComparePickerViewModel Picker);
