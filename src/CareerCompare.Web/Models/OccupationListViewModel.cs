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

    public bool HasFilter => Query.Min is { Length: > 0 } || Query.Max is { Length: > 0 } || Query.Q is { Length: > 0 };

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

public sealed record OccupationListItem(
    string Slug,
    string Title,
    string Category,
    string Source,
    int? YearlySalary,
    int? SalaryRangeLow,
    int? SalaryRangeHigh,
    int? NumberOfJobs,
    double? GrowthRatePercent);
