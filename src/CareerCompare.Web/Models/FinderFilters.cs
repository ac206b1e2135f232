using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

/// <summary>
/// What the list's filters read of an occupation: one narrow row each, read for the whole catalogue in one statement,
/// so that every filter, every option's count and every order is worked out over the same rows.
/// </summary>
public sealed record FinderRow(
    int Id,
    string Slug,
    string Title,
    string Category,
    bool IsOfficial,
    int? MedianYearlySalary,
    bool MedianTopCoded,
    int? YearlySalary,
    int? NumberOfJobs,
    double? GrowthRatePercent,
    int? AnnualOpenings,
    string? TypicalEntryEducation,
    string? WorkExperience,
    string? OnTheJobTraining,
    int? JobZone,
    string? InterestCode = null,
    double? AiExposurePercentile = null);

/// <summary>One choice of a filter: its value in the address, its words on the page, and which occupations it keeps.</summary>
public sealed record FinderOption(string Key, string Label, Func<FinderRow, bool> Keeps);

/// <summary>
/// A filter of the list, like those of the Occupational Outlook Handbook's Occupation Finder: one query parameter,
/// one choice at a time. To add one, add an entry to <see cref="FinderFilters.All"/> and a property to
/// <see cref="OccupationListQuery"/> that <see cref="Read"/> returns; the page, the API, the CSV, the counts and the
/// output cache then know it.
/// </summary>
/// <param name="Key">The query parameter ("education").</param>
/// <param name="Label">The control's label ("Typical entry education").</param>
/// <param name="Name">The filter in a sentence ("entry education"), for messages.</param>
/// <param name="Source">Where the figure comes from, said under the filters.</param>
public sealed record FinderFilter(string Key, string Label, string Name, string Source, IReadOnlyList<FinderOption> Options,
    Func<OccupationListQuery, string?> Read)
{
    public FinderOption? Find(string key) => Options.FirstOrDefault(o => o.Key == key);
}

/// <summary>The list's filters beyond search, category and salary.</summary>
public static class FinderFilters
{
    private static readonly string Projections = Data.Import.OfficialFiles.ProjectionsSource;

    /// <summary>The address's words for <see cref="Wording.GrowthOutlookBands"/>, in their order.</summary>
    private static readonly string[] BandKeys = ["much-faster", "faster", "average", "slower", "little-change", "decline"];

    /// <summary>BLS's categories of typical entry-level education, in the Handbook's order (the values are BLS's words).</summary>
    public static readonly FinderFilter Education = new("education", "Typical entry education", "entry education", Projections,
        Exactly(r => r.TypicalEntryEducation,
            ("no-formal-credential", "No formal educational credential"),
            ("high-school", "High school diploma or equivalent"),
            ("postsecondary-nondegree", "Postsecondary nondegree award"),
            ("some-college", "Some college, no degree"),
            ("associate", "Associate's degree"),
            ("bachelor", "Bachelor's degree"),
            ("master", "Master's degree"),
            ("doctoral", "Doctoral or professional degree")),
        q => q.Education);

    public static readonly FinderFilter Experience = new("experience", "Related work experience", "work experience", Projections,
        Exactly(r => r.WorkExperience,
            ("none", "None"),
            ("less-than-5-years", "Less than 5 years"),
            ("5-years-or-more", "5 years or more")),
        q => q.Experience);

    public static readonly FinderFilter Training = new("training", "On-the-job training", "on-the-job training", Projections,
        Exactly(r => r.OnTheJobTraining,
            ("none", "None"),
            ("short-term", "Short-term on-the-job training"),
            ("moderate-term", "Moderate-term on-the-job training"),
            ("long-term", "Long-term on-the-job training"),
            ("apprenticeship", "Apprenticeship"),
            ("internship-residency", "Internship/residency")),
        q => q.Training);

    /// <summary>
    /// BLS's outlook words for the projected change (<see cref="Wording.GrowthOutlookBands"/>), read by the same rule as
    /// everywhere on the site; official occupations only (the careers site's growth rate is not worded against BLS's
    /// average). "Faster or much faster" joins the two fastest bands.
    /// </summary>
    public static readonly FinderFilter Growth = new("growth", $"Projected growth, {Data.Import.OfficialSources.Projections.Vintage}", "projected growth", Projections,
        [
            .. Wording.GrowthOutlookBands.Take(2).Select((b, i) => Band(b, BandKeys[i])),
            new("faster-or-more", $"Faster or much faster ({Wording.GrowthOutlookBands[1].Range.Split(' ')[0]} or more)",
                r => r.IsOfficial && Wording.GrowthOutlook(r.GrowthRatePercent) is { } words
                    && Wording.GrowthOutlookBands.Take(2).Any(b => b.Words == words)),
            .. Wording.GrowthOutlookBands.Skip(2).Select((b, i) => Band(b, BandKeys[i + 2])),
        ],
        q => q.Growth);

    /// <summary>Average yearly openings, 2024–34 (new jobs and workers to replace).</summary>
    public static readonly FinderFilter Openings = new("openings", "Openings a year", "openings a year", Projections,
        [
            new("fewer-than-1000", "Fewer than 1,000", r => r.AnnualOpenings < 1_000),
            new("1000-to-4999", "1,000 to 4,999", r => r.AnnualOpenings is >= 1_000 and < 5_000),
            new("5000-to-19999", "5,000 to 19,999", r => r.AnnualOpenings is >= 5_000 and < 20_000),
            new("20000-to-99999", "20,000 to 99,999", r => r.AnnualOpenings is >= 20_000 and < 100_000),
            new("100000-or-more", "100,000 or more", r => r.AnnualOpenings >= 100_000),
        ],
        q => q.Openings);

    /// <summary>O*NET's job zones: how much preparation the work needs (O*NET's names for them).</summary>
    public static readonly FinderFilter JobZone = new("zone", "Preparation (O*NET job zone)", "job zone", "O*NET 29.3",
        [
            new("1", "1 · Little or no preparation", r => r.JobZone == 1),
            new("2", "2 · Some preparation", r => r.JobZone == 2),
            new("3", "3 · Medium preparation", r => r.JobZone == 3),
            new("4", "4 · Considerable preparation", r => r.JobZone == 4),
            new("5", "5 · Extensive preparation", r => r.JobZone == 5),
        ],
        q => q.Zone);

    /// <summary>
    /// Exposure to AI by the people-rated share of a job's tasks exposed to language models ("GPTs are GPTs", β), in
    /// fifths of its percentile among the occupations the study rates; occupations it does not rate are in none.
    /// </summary>
    public static readonly FinderFilter AiExposure = new("exposure", "Exposure to AI (tasks rated by people, GPTs are GPTs)", "exposure to AI",
        Data.Import.OfficialSources.GptsAreGpts.ToString(),
        [
            new("lowest", "Least exposed fifth (percentile 0–20)", r => r.AiExposurePercentile is < 20),
            new("low", "Second fifth (20–40)", r => r.AiExposurePercentile is >= 20 and < 40),
            new("middle", "Middle fifth (40–60)", r => r.AiExposurePercentile is >= 40 and < 60),
            new("high", "Fourth fifth (60–80)", r => r.AiExposurePercentile is >= 60 and < 80),
            new("highest", "Most exposed fifth (80–100)", r => r.AiExposurePercentile >= 80),
        ],
        q => q.Exposure);

    /// <summary>In the form's order.</summary>
    public static IReadOnlyList<FinderFilter> All { get; } = [Education, Experience, Training, Growth, Openings, JobZone, AiExposure];

    private static FinderOption Band(GrowthOutlookBand band, string key) =>
        new(key, $"{Wording.Capitalize(band.Words)} ({band.Range})", r => r.IsOfficial && Wording.GrowthOutlook(r.GrowthRatePercent) == band.Words);

    private static List<FinderOption> Exactly(Func<FinderRow, string?> value, params (string Key, string Label)[] options) =>
        options.Select(o => new FinderOption(o.Key, o.Label, r => value(r) == o.Label)).ToList();
}
