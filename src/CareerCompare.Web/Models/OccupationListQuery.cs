using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Models;

/// <summary>
/// The list's query string as typed by the visitor. Numbers arrive as text so that a bad value gets a
/// message of ours ("Minimum salary must be a whole number of dollars") rather than a binder's.
/// </summary>
public sealed record OccupationListQuery
{
    public const int PageSize = 20;

    /// <summary>Salaries above this are not salaries; a bound past it is a typing mistake.</summary>
    public const int MaxSalaryBound = 10_000_000;

    [FromQuery(Name = "q"), Description("Search text, up to 100 characters: titles, categories and other names for the job.")]
    public string? Q { get; init; }

    [FromQuery(Name = "min"), Description("Lowest yearly salary kept, in whole dollars (\"50000\" or \"$50,000\"); the bound is included.")]
    public string? Min { get; init; }

    [FromQuery(Name = "max"), Description("Highest yearly salary kept, in whole dollars; the bound is included.")]
    public string? Max { get; init; }

    [FromQuery(Name = "sort"), Description("The order: relevance, title, title-desc, median, median-desc, salary (the mean), salary-desc, jobs, jobs-desc, growth or growth-desc.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page"), Description("The page, 1 or more (20 occupations a page).")]
    public string? Page { get; init; }

    [FromQuery(Name = "basis"), Description("Which salary the range filter reads: \"median\" (the default) or \"mean\" (the average).")]
    public string? Basis { get; init; }

    [FromQuery(Name = "category"), Description("Keep one category, by its name (\"Healthcare\").")]
    public string? Category { get; init; }

    [FromQuery(Name = "state"), Description("A two-letter state code, any case (\"TX\"): the salary range and the mean order read the mean yearly wage in that state (BLS OEWS state data, May 2023).")]
    public string? State { get; init; }

    public static IReadOnlyList<SortOption> BasisOptions { get; } =
    [
        new("median", "Median yearly wage"),
        new("mean", "Mean yearly wage (the average)"),
    ];

    public static IReadOnlyList<SortOption> SortOptions { get; } =
    [
        new("relevance", "Best match (when searching)"),
        new("title", "Title (A–Z)"),
        new("title-desc", "Title (Z–A)"),
        new("median-desc", "Median yearly wage (highest first)"),
        new("median", "Median yearly wage (lowest first)"),
        new("salary-desc", "Mean yearly wage (highest first)"),
        new("salary", "Mean yearly wage (lowest first)"),
        new("jobs-desc", "Jobs (most first)"),
        new("jobs", "Jobs (fewest first)"),
        new("growth-desc", "Growth (highest first)"),
        new("growth", "Growth (lowest first)"),
    ];

    /// <summary>Checks every parameter; the criteria are null when any is wrong, and the errors say why.</summary>
    public (OccupationListCriteria? Criteria, IReadOnlyList<FieldError> Errors) Validate()
    {
        var errors = new List<FieldError>();
        var min = ParseSalary(Min, "min", "Minimum salary", errors);
        var max = ParseSalary(Max, "max", "Maximum salary", errors);
        if (min is { } low && max is { } high && low > high)
        {
            errors.Add(new FieldError("min",
                $"Minimum salary ({Formatting.FigureFormat.Money(low)}) is above the maximum salary ({Formatting.FigureFormat.Money(high)})."));
        }

        var text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        var sort = string.IsNullOrWhiteSpace(Sort) ? (text is null ? "title" : "relevance") : Sort.Trim();
        if (!SortOptions.Any(o => o.Key == sort))
        {
            errors.Add(new FieldError("sort",
                $"Unknown sort order \"{Formatting.Wording.Echo(sort)}\". Choose one of: {string.Join(", ", SortOptions.Select(o => o.Key))}."));
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(Page) &&
            (!int.TryParse(Page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors.Add(new FieldError("page", "Page must be a whole number, 1 or more."));
        }

        if (text is { Length: > 100 })
        {
            errors.Add(new FieldError("q", "Search text can be at most 100 characters long."));
        }

        // The median first, as BLS gives it; "basis=mean" keeps working for addresses made before. State figures are means only.
        var state = string.IsNullOrWhiteSpace(State) ? null : State.Trim().ToUpperInvariant();
        var basis = string.IsNullOrWhiteSpace(Basis) ? (state is null ? "median" : "mean") : Basis.Trim();
        if (state is not null && basis == "median")
        {
            errors.Add(new FieldError("basis", "BLS gives state figures as means only: leave basis out, or choose mean, with a state."));
        }

        if (!BasisOptions.Any(o => o.Key == basis))
        {
            errors.Add(new FieldError("basis", $"Unknown salary basis \"{Formatting.Wording.Echo(basis)}\". Choose median or mean."));
        }

        var category = string.IsNullOrWhiteSpace(Category) ? null : Category.Trim();
        return errors.Count > 0
            ? (null, errors)
            : (new OccupationListCriteria(text, min, max, sort, page, basis == "median", category, state), errors);
    }

    private static int? ParseSalary(string? raw, string field, string label, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // People type salaries the way they read them: "$70,777" is as good as "70777".
        var cleaned = raw.Trim().Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (cleaned.StartsWith('-') && decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(new FieldError(field, $"{label} cannot be negative."));
            return null;
        }

        var digitsOnly = cleaned.Length > 0 && cleaned.All(char.IsAsciiDigit);
        if (!long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && !digitsOnly)
        {
            errors.Add(new FieldError(field, $"{label} must be a whole number of dollars, like 50000 (you entered \"{Formatting.Wording.Echo(raw)}\")."));
            return null;
        }

        if (digitsOnly && (cleaned.TrimStart('0').Length > 9 || value > MaxSalaryBound))
        {
            errors.Add(new FieldError(field, $"{label} can be at most {Formatting.FigureFormat.Money(MaxSalaryBound)} a year."));
            return null;
        }

        return (int)value;
    }
}

public sealed record SortOption(string Key, string Label);

public sealed record FieldError(string Field, string Message);

/// <summary>A validated list request.</summary>
/// <param name="State">A state's code whose mean (May 2023) the salary range and the mean order read instead of the national mean.</param>
public sealed record OccupationListCriteria(string? Text, int? MinSalary, int? MaxSalary, string Sort, int Page, bool ByMedian = false, string? Category = null,
    string? State = null);
