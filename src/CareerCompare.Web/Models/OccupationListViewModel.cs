using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

public sealed record OccupationListViewModel
{
    /// <summary>What the visitor typed, echoed back into the form.</summary>
    public required OccupationListQuery Query { get; init; }

    public required IReadOnlyList<FieldError> Errors { get; init; }
    public required IReadOnlyList<OccupationListItem> Items { get; init; }
    public required int TotalCount { get; init; }
    public required int Page { get; init; }
    public required int TotalPages { get; init; }
    public required string Sort { get; init; }

    /// <summary>Occupations left out because their salary is unknown and a salary bound is set.</summary>
    public required int UnknownSalaryExcluded { get; init; }

    /// <summary>Occupations in the results whose median is top-coded ("$239,200 or more").</summary>
    public required int TopCodedInResults { get; init; }

    /// <summary>
    /// Careers-site estimates in the results, listed after every official occupation because the list is sorted or
    /// filtered on a figure (never ranked among official figures); 0 when the order is by title.
    /// </summary>
    public int EstimatesListedAfter { get; init; }

    public required bool ByMedian { get; init; }
    public required string? Category { get; init; }
    public required IReadOnlyList<CategoryCount> Categories { get; init; }

    public required PageMeta Meta { get; init; }

    public bool HasFilter => Query.Min is { Length: > 0 } || Query.Max is { Length: > 0 } || Query.Q is { Length: > 0 } || Category is not null;

    /// <summary>200; 404 for a page past the last one; 400 for anything else the form could not take.</summary>
    public int StatusCode => Errors.Count == 0 ? 200 : Errors.Any(e => e.Field == "page") && TotalPages > 0 ? 404 : 400;

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

public sealed record OccupationListItem(
    string Slug,
    string Title,
    string Category,
    string Source,
    bool IsOfficial,
    int? YearlySalary,
    int? MedianYearlySalary,
    bool MedianTopCoded,
    int? SalaryRangeLow,
    int? SalaryRangeHigh,
    bool SalaryRangeHighTopCoded,
    int? NumberOfJobs,
    double? GrowthRatePercent,
    string? AlsoCalled = null)
{
    // An official wage BLS did not release ("*", e.g. yearly pay of actors) is "not published", not unknown.
    private FigureStatus Missing(int? amount) => amount is null && IsOfficial ? FigureStatus.NotPublished : FigureStatus.Published;

    public Figure Median => Figure.Wage(FigureKind.Money, MedianYearlySalary, MedianTopCoded ? FigureStatus.TopCoded : Missing(MedianYearlySalary));

    public Figure Mean => Figure.Wage(FigureKind.Money, YearlySalary, Missing(YearlySalary));

    // The same rule as the profile: an official yearly figure BLS does not release (hourly-only occupations) is "not published".
    public Figure RangeLow => Figure.Wage(FigureKind.Money, SalaryRangeLow, Missing(SalaryRangeLow));

    public Figure RangeHigh => Figure.Wage(FigureKind.Money, SalaryRangeHigh, SalaryRangeHighTopCoded ? FigureStatus.TopCoded : Missing(SalaryRangeHigh));

    /// <summary>"$61,000 – $145,000", "not published" where BLS releases no yearly figures, unknown otherwise.</summary>
    public Figure Range => RangeLow.Status == FigureStatus.NotPublished || RangeHigh.Status == FigureStatus.NotPublished
        ? new Figure(FigureKind.Text, null, null, FigureStatus.NotPublished)
        : Figure.Words(FigureFormat.MoneyRange(SalaryRangeLow, SalaryRangeHigh, SalaryRangeHighTopCoded));
}

public sealed record CategoryCount(string Name, int Count);
