using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// The figures of the occupations list, defined once for its page, its JSON and its CSV file: each with its JSON key and
/// CSV columns (never changed once published), the catalogue's figure it shows for official occupations and for the careers
/// site's, and the CSV group whose source and vintage columns it shares. Labels, units and sources are the catalogue's.
/// </summary>
public static class ListFigures
{
    // The JSON keys, as constants so that the API's model can name its properties by them.
    public const string MedianKey = "medianYearlySalary";
    public const string MeanKey = "meanYearlySalary";
    public const string RangeLowKey = "salaryRangeLow";
    public const string RangeHighKey = "salaryRangeHigh";
    public const string JobsKey = "jobs";
    public const string GrowthKey = "growth";

    public static readonly ListFigure Median = new(MedianKey, "median_yearly_salary_usd", "median_yearly_salary_status", "pay",
        "wages.annual.median", null, i => i.Median);

    public static readonly ListFigure Mean = new(MeanKey, "mean_yearly_salary_usd", "mean_yearly_salary_status", "pay",
        "wages.annual.mean", "salary.average", i => i.Mean);

    public static readonly ListFigure RangeLow = new(RangeLowKey, "salary_range_low_usd", null, "pay",
        "wages.annual.p10", "salary.rangeLow", i => i.RangeLow);

    public static readonly ListFigure RangeHigh = new(RangeHighKey, "salary_range_high_usd", "salary_range_high_status", "pay",
        "wages.annual.p90", "salary.rangeHigh", i => i.RangeHigh);

    public static readonly ListFigure Jobs = new(JobsKey, "jobs", null, "jobs", "jobs.employment", "jobs.count", i => Figure.Count(i.NumberOfJobs));

    public static readonly ListFigure Growth = new(GrowthKey, "growth_percent", null, "growth", "projections.changePercent", "jobs.growthRate",
        i => i.IsOfficial ? Figure.PercentOneDecimal(i.GrowthRatePercent) : Figure.Percent(i.GrowthRatePercent));

    /// <summary>In the JSON's and the CSV's order.</summary>
    public static IReadOnlyList<ListFigure> All { get; } = [Median, Mean, RangeLow, RangeHigh, Jobs, Growth];

    /// <summary>
    /// The list page's columns, each named by the catalogue's figure it shows (official, and the careers site's where it
    /// has one): the range is one column for the two ends.
    /// </summary>
    /// <remarks>The headings are the list's own short words for them ("Median pay"); the figures' labels say the rest.</remarks>
    public static IReadOnlyList<ListColumn> Columns { get; } =
    [
        new("median", "wages.annual.median", null, "Median pay", ["median-desc", "median"]),
        new("growth", "projections.changePercent", "jobs.growthRate", $"Growth {OfficialSources.Projections.Vintage}", ["growth-desc", "growth"]),
        new("education", "education.typicalEntry", null, "Entry education", []),
        new("range", "wages.annual.range", "salary.range", "Pay range, 10th–90th percentile", []),
        new("salary", "wages.annual.mean", "salary.average", "Mean pay", ["salary-desc", "salary"]),
        new("jobs", "jobs.employment", "jobs.count", $"Jobs, {OfficialSources.Wages.Vintage}", ["jobs-desc", "jobs"]),
        new("openings", "projections.annualOpenings", null, "Openings a year", ["openings-desc", "openings"]),
    ];

    /// <summary>The CSV's header: the occupation, then each group's figures (value and status) with its source and vintage.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
    [
        "slug", "title", "category", "figures",
        .. All.GroupBy(f => f.Group).SelectMany(g => g.SelectMany(f => f.CsvColumns).Append($"{g.Key}_source").Append($"{g.Key}_vintage")),
        "profile_url",
    ];
}

/// <summary>A figure of the occupations list.</summary>
/// <param name="JsonKey">Its name in the list's JSON.</param>
/// <param name="CsvColumn">Its value's column in the list's CSV file; <paramref name="CsvStatusColumn"/> its status's, where it has one.</param>
/// <param name="Group">The CSV's source and vintage columns it shares with the figures of its group ("pay": pay_source, pay_vintage).</param>
/// <param name="Read">The figure of a row of the list.</param>
public sealed record ListFigure(string JsonKey, string CsvColumn, string? CsvStatusColumn, string Group, string OfficialKey, string? EstimateKey,
    Func<OccupationListItem, Figure> Read)
{
    public IEnumerable<string> CsvColumns => CsvStatusColumn is null ? [CsvColumn] : [CsvColumn, CsvStatusColumn];

    public string? Unit => FigureCatalogue.DefinitionOf(OfficialKey, FigureCatalogue.Official).Unit;

    /// <summary>The figure's source for a row: the publisher and release, or the careers site's page.</summary>
    public FigureSource SourceFor(OccupationListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.IsOfficial ? FigureCatalogue.OfficialSource(OfficialKey) : FigureSource.Estimate(item.Source, null);
    }
}

/// <summary>A column of the list page: its field, the official figure it shows and the careers site's, its heading and the orders that sort on it.</summary>
public sealed record ListColumn(string Field, string OfficialKey, string? EstimateKey, string Heading, IReadOnlyList<string> Sorts)
{
    /// <summary>"descending", "ascending" or null: how the list is sorted on this column (for aria-sort).</summary>
    public string? SortedAs(string sort) => Sorts.Count > 0 && Sorts[0] == sort ? "descending" : Sorts.Count > 1 && Sorts[1] == sort ? "ascending" : null;

    public string Label => FigureCatalogue.DefinitionOf(OfficialKey, FigureCatalogue.Official).Label;

    public string? EstimateLabel => EstimateKey is null ? null : FigureCatalogue.DefinitionOf(EstimateKey, FigureCatalogue.Estimate).Label;
}
