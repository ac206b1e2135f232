namespace CareerCompare.Web.Models;

/// <summary>The API guide: real occupations and a real comparison for its examples.</summary>
/// <param name="ExampleComparison">Two occupations O*NET relates to each other ("a-vs-b").</param>
/// <param name="Limits">The rate limits in force, as configured.</param>
public sealed record ApiGuideViewModel(OccupationLink ExampleOccupation, string ExampleComparison, string ExampleCategory, PageMeta Meta,
    Hosting.ClientRateLimitOptions Limits);
