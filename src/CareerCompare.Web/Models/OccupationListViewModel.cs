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

    /// <summary>The finder's filters, each with the option chosen and how many occupations each option would leave.</summary>
    public required IReadOnlyList<FinderFacet> Facets { get; init; }

    /// <summary>The salary bounds as read ("60k" → 60000), null when not given or not readable.</summary>
    public int? MinSalary { get; init; }

    public int? MaxSalary { get; init; }

    /// <summary>The occupations picked for a comparison, in the order they were picked.</summary>
    public required IReadOnlyList<OccupationLink> Shortlist { get; init; }

    public required PageMeta Meta { get; init; }

    /// <summary>The interests chosen (O*NET's names).</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];

    /// <summary>For each of the six interests, how many occupations choosing it too would leave; empty when the request was refused.</summary>
    public IReadOnlyDictionary<string, int> InterestCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>The states and territories whose means the salary range can read: code and name.</summary>
    public IReadOnlyList<(string Code, string Name)> States { get; init; } = [];

    public bool HasFilter => FiltersOn > 0;

    /// <summary>How many choices narrow the list: the search, the category, each salary bound and each finder filter.</summary>
    public int FiltersOn =>
        new[] { Query.Q, Query.Min, Query.Max }.Count(v => !string.IsNullOrWhiteSpace(v)) + (Category is null ? 0 : 1)
        + Facets.Count(f => f.Selected is not null) + Interests.Count + (string.IsNullOrWhiteSpace(Query.State) ? 0 : 1);

    /// <summary>The address's parameters with one changed (null: left out); any change but the page's goes back to page 1.</summary>
    public Dictionary<string, string> LinkWith(string key, string? value)
    {
        var query = Query.With(key, value);
        return (key is "page" or "shortlist" ? query : query with { Page = null }).RouteValues();
    }

    /// <summary>This list's query string without "?" (a profile's way back carries it), or null for the plain list.</summary>
    public string? BackValue => Query.QueryString() is { Length: > 0 } value ? value : null;

    /// <summary>The shortlist as the address writes it, with this occupation added or taken off.</summary>
    public string? ShortlistWith(string slug, bool add)
    {
        var slugs = Shortlist.Select(s => s.Slug).Where(s => s != slug).ToList();
        if (add)
        {
            slugs.Add(slug);
        }

        return slugs.Count == 0 ? null : Services.ComparisonAddress.Of(slugs);
    }

    public bool Shortlisted(string slug) => Shortlist.Any(s => s.Slug == slug);

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
    /// <summary>Average openings a year, 2024–34 (official occupations).</summary>
    public int? AnnualOpenings { get; init; }

    /// <summary>BLS's typical entry-level education (official occupations).</summary>
    public string? TypicalEntryEducation { get; init; }

    /// <summary>
    /// The OEWS release of its pay and jobs where it is not the current one: BLS no longer publishes the occupation
    /// (11-1031 Legislators, last published May 2024), and the row says so.
    /// </summary>
    public int? LastPublishedYear { get; init; }

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

/// <summary>A finder filter on the page: the option chosen (its key) and each option with what it would leave.</summary>
public sealed record FinderFacet(FinderFilter Filter, string? Selected, IReadOnlyList<FacetOption> Options);

/// <summary>An option and how many occupations choosing it would leave (null when the request could not be answered).</summary>
public sealed record FacetOption(string Key, string Label, int? Count);
