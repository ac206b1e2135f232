using System.Text.Json.Serialization;
using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Services;

namespace CareerCompare.Web.Models;

/// <summary>One figure as the API gives it: the number, how the site writes it, whether it is known, and where it comes from.</summary>
/// <param name="Value">The number in its unit (dollars for money, also hourly wages); null for words and for unknown or withheld figures.</param>
/// <param name="Text">As the site writes it: "$239,200 or more", "Bachelor's degree", "not published"; null when unknown.</param>
/// <param name="Status">"published", "top-coded" (the value is the top code, the truth that or more), "not-published" (withheld by the publisher) or "unknown".</param>
/// <param name="Source">The publisher: "BLS OEWS".</param>
/// <param name="Vintage">The release: "May 2025"; "undated" for the careers site's estimates.</param>
public sealed record ApiFigure(double? Value, string? Text, string Status, string? Unit, string Source, string Vintage)
{
    public static ApiFigure From(Figure figure, FigureSource source, string? unit)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(source);
        return new(NumberOf(figure), TextOf(figure), StatusOf(figure), unit, source.Name, source.Vintage);
    }

    /// <summary>The number in its unit: cents become dollars; words and withheld figures have none.</summary>
    public static double? NumberOf(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Kind == FigureKind.Text || figure.Status == FigureStatus.NotPublished ? null
            : figure.Kind == FigureKind.MoneyCents ? figure.Value / 100 : figure.Value;
    }

    public static string? TextOf(Figure figure) =>
        figure?.Status == FigureStatus.NotPublished ? FigureFormat.NotPublished : FigureFormat.Format(figure!);

    public static string StatusOf(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Status switch
        {
            FigureStatus.NotPublished => "not-published",
            FigureStatus.TopCoded => "top-coded",
            FigureStatus.LowReliability => "low-reliability",
            _ => figure.IsKnown ? "published" : "unknown",
        };
    }
}

/// <summary>A figure of an occupation with its key and label.</summary>
public sealed record ApiNamedFigure(string Key, string Section, string Label, ApiFigure Figure)
{
    public static ApiNamedFigure From(SourcedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new(figure.Key, figure.Section, figure.Label, ApiFigure.From(figure.Figure, figure.Source, figure.Unit));
    }
}

/// <summary>Addresses on this site: the page for people, the API resource, the CSV file.</summary>
public sealed record ApiLinks(string Page, string? Self = null, string? Csv = null);

/// <summary>A page of the occupations list.</summary>
/// <param name="TotalCount">How many occupations match, on every page.</param>
/// <param name="UnknownSalaryExcluded">Occupations left out by the salary range because the salary it reads is unknown.</param>
/// <param name="TopCodedInResults">Matching occupations whose median is top-coded, filtered and sorted as the top code.</param>
/// <param name="EstimatesListedAfter">
/// Careers-site estimates among the matches, listed after every official occupation when the list is sorted or filtered
/// on a figure (never ranked among official figures); 0 when the order is by title.
/// </param>
public sealed record ApiOccupationList(
    int Page,
    int PageSize,
    int TotalCount,
    int TotalPages,
    string Sort,
    string Basis,
    string? Category,
    int UnknownSalaryExcluded,
    int TopCodedInResults,
    int EstimatesListedAfter,
    int? MinSalary,
    int? MaxSalary,
    IReadOnlyList<ApiFinderFilter> Filters,
    IReadOnlyList<ApiOccupationListItem> Items,
    ApiLinks Links);

/// <summary>One of the list's filters: its parameter, the option chosen (null: any), and each option with the number of occupations it would leave given the other choices.</summary>
public sealed record ApiFinderFilter(string Key, string Label, string? Chosen, IReadOnlyList<ApiFinderOption> Options);

/// <summary>An option of a filter: its value for the parameter, its words and the occupations it would leave.</summary>
public sealed record ApiFinderOption(string Key, string Label, int Count);

/// <summary>An occupation of the list; its figures are named by <see cref="ListFigures"/>, as the CSV's columns are.</summary>
/// <param name="Official">True for official statistics (BLS, O*NET), false for the careers site's estimates.</param>
/// <param name="AlsoCalled">The other name for the job that matched the search, when the title did not.</param>
/// <param name="SalaryRangeLow">Official: the 10th percentile of yearly wages; careers site: the low end of its range.</param>
/// <param name="SalaryRangeHigh">Official: the 90th percentile of yearly wages; careers site: the high end of its range.</param>
/// <param name="Growth">Official: projected change in employment, 2024–34; careers site: its growth rate.</param>
/// <param name="GrowthOutlook">Official: BLS's words for the projected change ("faster than average"); null for the careers site's growth rate.</param>
public sealed record ApiOccupationListItem(
    string Slug,
    string Title,
    string Category,
    bool Official,
    string? AlsoCalled,
    [property: JsonPropertyName(ListFigures.MedianKey)] ApiFigure MedianYearlySalary,
    [property: JsonPropertyName(ListFigures.MeanKey)] ApiFigure MeanYearlySalary,
    [property: JsonPropertyName(ListFigures.RangeLowKey)] ApiFigure SalaryRangeLow,
    [property: JsonPropertyName(ListFigures.RangeHighKey)] ApiFigure SalaryRangeHigh,
    [property: JsonPropertyName(ListFigures.JobsKey)] ApiFigure Jobs,
    [property: JsonPropertyName(ListFigures.GrowthKey)] ApiFigure Growth,
    string? GrowthOutlook,
    ApiLinks Links);

/// <summary>An occupation with every figure the site has for it.</summary>
/// <param name="SocCode">2018 SOC code (official occupations).</param>
/// <param name="OnetCode">The O*NET-SOC code whose description, tasks and skills are given.</param>
/// <param name="NearestOfficialSocCode">Careers-site occupations: the nearest official occupation (a judgement call, not an official match).</param>
/// <param name="Description">With <see cref="TextSource"/>: O*NET's description, or the careers site's.</param>
/// <param name="Tasks">O*NET's tasks (official) or the careers site's example responsibilities.</param>
public sealed record ApiOccupation(
    string Slug,
    string Title,
    string Category,
    bool Official,
    string Source,
    string? SocCode,
    string? OnetCode,
    string? NearestOfficialSocCode,
    string WageBasis,
    string? Description,
    IReadOnlyList<string> Tasks,
    FigureSource TextSource,
    IReadOnlyList<ApiNamedFigure> Figures,
    IReadOnlyList<ApiRelated> Related,
    ApiLinks Links)
{
    /// <summary>The closest occupations in skills that pay a higher median, the closest first (official occupations with skill ratings).</summary>
    public IReadOnlyList<ApiMove> MovesThatPayMore { get; init; } = [];

    /// <summary>The Occupational Outlook Handbook's page on it and its text; null where the Handbook has no page on it.</summary>
    public ApiHandbook? Handbook { get; init; }
}

/// <summary>
/// The Occupational Outlook Handbook's page on an occupation (BLS): its address, title and edition, the citation BLS asks
/// for, the site's other occupations the page also describes, the sentence saying a licence is required (null where
/// none does) and its text, part by part in the page's order.
/// </summary>
public sealed record ApiHandbook(string Address, string Title, FigureSource Source, string Citation, IReadOnlyList<string> AlsoDescribes,
    string? LicenceSentence, IReadOnlyList<ApiHandbookPart> Parts);

/// <summary>
/// One paragraph, list or table of the Handbook's text. <paramref name="Tab"/>: "whatTheyDoSummary",
/// "workEnvironmentSummary", "howToBecomeOneSummary" (the Summary's lines), "whatTheyDo", "workEnvironment",
/// "howToBecomeOne"; <paramref name="Heading"/>: the tab's sub-heading it is under; <paramref name="Lead"/>: a
/// paragraph's bold opening words; <paramref name="Items"/>: a list's items or a table's rows (cells joined by a tab).
/// </summary>
public sealed record ApiHandbookPart(string Tab, string? Heading, string Kind, string Text, string? Lead, IReadOnlyList<string>? Items);

/// <summary>A related occupation (O*NET), with the comparison of the two.</summary>
public sealed record ApiRelated(string Slug, string Title, ApiLinks Links, string ComparisonPage);

/// <summary>
/// A move that pays more: an occupation close in skills with a higher median (BLS OEWS), how alike the skills are
/// (0 to 1: 1 less the importance-weighted mean gap between their O*NET skill levels, as a share of the 7-point scale),
/// and how much more its median is, with the source and release of both medians (<paramref name="PaySource"/>) and of
/// the entry education (<paramref name="EducationSource"/>).
/// </summary>
public sealed record ApiMove(string Slug, string Title, double Similarity, string? Median, string? PayDifference, FigureSource PaySource,
    string? TypicalEntryEducation, FigureSource EducationSource, ApiLinks Links, string ComparisonPage);

/// <summary>A comparison of two to four occupations, figure by figure.</summary>
/// <param name="CanonicalPair">The same comparison in its canonical order (slugs sorted): the address search engines are given.</param>
/// <param name="Rows">One row per figure any of them has: a value per occupation (null where its source has no such figure) and how the first differs from each other.</param>
public sealed record ApiComparison(
    string Heading,
    string Pair,
    string CanonicalPair,
    IReadOnlyList<ApiComparedOccupation> Occupations,
    IReadOnlyList<ApiComparisonRow> Rows,
    ApiLinks Links)
{
    /// <summary>The state asked for (<c>?state=TX</c>): the state rows are its only; null without one.</summary>
    public string? State { get; init; }
}

public sealed record ApiComparedOccupation(string Slug, string Title, string Category, bool Official, string Source, ApiLinks Links);

/// <param name="Differences">For each occupation after the first: how the first differs from it ("+$24,144 (+34%)"), "Not compared: different sources", or null.</param>
public sealed record ApiComparisonRow(string Key, string Section, string Label, IReadOnlyList<ApiFigure?> Values, IReadOnlyList<string?> Differences);

/// <summary>A CSV file to download.</summary>
public sealed record CsvFile(string FileName, byte[] Content);

/// <summary>What an API request led to: the answer, or the problem (status, title, message and the fields at fault).</summary>
public sealed record OpenDataResult<T>(T? Value, int StatusCode, string? Title = null, string? Detail = null, IReadOnlyList<FieldError>? Errors = null)
    where T : class;

/// <summary>A state, DC or territory in the API: its price level and its all-occupations mean, each with source and vintage.</summary>
public sealed record ApiState(string Code, string Name, string Slug, ApiFigure PriceParity, ApiFigure AllOccupationsMeanYearly,
    ApiFigure AllOccupationsMeanYearlyAfterPrices, ApiLinks Links);

/// <summary>One occupation's pay in a state: its mean (May 2023; hourly for hourly-only occupations), at national prices, and its national mean of the same year.</summary>
public sealed record ApiStateOccupation(string Slug, string Title, string Period, ApiFigure Mean, ApiFigure MeanAfterPrices, ApiFigure NationalMean2023,
    ApiFigure AfterPricesVersusNational, string Profile);

/// <summary>A state with every occupation's pay there, by title.</summary>
public sealed record ApiStateDetail(ApiState State, IReadOnlyList<ApiStateOccupation> Occupations);
