using System.Globalization;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>How two values of one figure are compared on a comparison page and in the comparison API.</summary>
public enum DifferenceRule
{
    /// <summary>Money "+$24,144 (+34%)", counts "+1,200 (+5%)", numbers "+2", percentages "+4.8 pts".</summary>
    Subtract,

    /// <summary>Words: "Same" or "Different".</summary>
    SameOrDifferent,

    /// <summary>A range, by its ends: "Low end +$4,000, high end −$2,000".</summary>
    Range,

    /// <summary>Not compared (a description of the figures rather than a figure).</summary>
    None,
}

/// <summary>An entry of the catalogue: one figure, or a family of figures of the same shape.</summary>
public abstract record CatalogueEntry(string DataSet);

/// <summary>
/// One figure: its stable key (the API's and the CSV's name for it), where it belongs, what it is called, its unit,
/// its source and vintage, which occupations have it, how it is read and how two of its values are compared.
/// </summary>
/// <param name="Key">A stable name for programs: "wages.annual.median". Never changed once published.</param>
/// <param name="Section">The part of the profile it belongs to: "pay", "jobs", "education", "demographics", "skills".</param>
/// <param name="Label">Its full name, as the API and the CSV files give it.</param>
/// <param name="Unit">"USD per year", "percent", "jobs"…; null for words.</param>
/// <param name="DataSet">The occupations that have it: official statistics or the careers site's estimates.</param>
/// <param name="Publisher">Who published it and which release; null for the careers site's estimates, whose source is the occupation's own page.</param>
/// <param name="Read">The figure of one occupation; unknown, not zero, where the source gives none.</param>
/// <param name="Applies">For figures only some occupations of the data set have (hourly-only occupations…).</param>
/// <param name="Published">False for a page's wording of figures the API already gives one by one (a range, a state with its wage).</param>
/// <param name="PublisherFor">The release for one occupation where it is not the same for all: an occupation BLS no longer publishes keeps its last year's.</param>
/// <param name="Period">
/// Where the figure's time is not the same for every occupation, its time for one ("in May 2024", "since May 2021"),
/// from its source: the label is then <see cref="Label"/> and that ("Change in jobs since May 2021"), and a comparison
/// whose occupations differ in it says each value's own time beside it.
/// </param>
/// <param name="PeriodInGeneral">What the label says instead of one occupation's time where several differ in it ("over a year").</param>
/// <param name="HigherIsBetter">
/// A comparison marks the highest value (pay, jobs, growth, openings). False where more is not better, only different:
/// an age, a share of women, the experience a job asks for, a skill's importance.
/// </param>
public sealed record FigureDefinition(
    string Key,
    string Section,
    string Label,
    string? Unit,
    string DataSet,
    FigureSource? Publisher,
    Func<OccupationDetails, Figure> Read,
    DifferenceRule Difference = DifferenceRule.Subtract,
    Func<OccupationDetails, bool>? Applies = null,
    bool Published = true,
    Func<OccupationDetails, FigureSource>? PublisherFor = null,
    Func<OccupationDetails, string?>? Period = null,
    string? PeriodInGeneral = null,
    bool HigherIsBetter = false) : CatalogueEntry(DataSet)
{
    /// <summary>The figure's name without one occupation's time: "Change in jobs over a year".</summary>
    public string GeneralLabel => PeriodInGeneral is null ? Label : $"{Label} {PeriodInGeneral}";

    /// <summary>The figure's name for one occupation: its label with its own time where that varies ("Jobs in May 2024").</summary>
    public string LabelFor(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return PeriodOf(occupation) is { } period ? $"{Label} {period}" : Label;
    }

    /// <summary>The figure's own time for this occupation, or null where the figure has none of its own.</summary>
    public string? PeriodOf(OccupationDetails occupation) => Period?.Invoke(occupation);

    public bool AppliesTo(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return occupation.DataSet == DataSet && (Applies?.Invoke(occupation) ?? true);
    }

    public SourcedFigure Of(OccupationDetails occupation) => new(Key, Section, LabelFor(occupation), Read(occupation), SourceFor(occupation), Unit);

    /// <summary>The figure's source for this occupation: the publisher and release, or the careers site's page it was taken from.</summary>
    public FigureSource SourceFor(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return PublisherFor?.Invoke(occupation) ?? Publisher ?? FigureSource.Estimate(occupation.Source, occupation.SourceReference);
    }

    /// <summary>
    /// How <paramref name="first"/> differs from <paramref name="other"/> for this figure: never across sources,
    /// null when either is unknown or top-coded (the truth is unknown), or when the rule says not to compare.
    /// </summary>
    public string? DifferenceOf(OccupationDetails first, OccupationDetails other)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(other);
        return first.DataSet != other.DataSet ? FigureCatalogue.DifferentSources : Difference switch
        {
            DifferenceRule.None => null,
            DifferenceRule.Range => FigureCatalogue.RangeDifference(first, other),
            _ => FigureFormat.Difference(Read(first), Read(other)),
        };
    }
}

/// <summary>
/// A set of figures of the same shape, one per member an occupation has: a skill, a survey group, an education level.
/// A member's key is the prefix and the member's key ("skills.importance.active-listening").
/// </summary>
/// <param name="Members">The members an occupation has, each with the key part and the name its figure is read by.</param>
/// <param name="KeyFormat">A member's whole key from its key part, where the key does not start with the prefix.</param>
/// <param name="PublisherOf">A member's own release, where the members are not of one (a year of the history is that year's release).</param>
/// <param name="HigherIsBetter">As a figure's: a comparison marks the highest member value (a state's mean, a sector's median).</param>
public sealed record FigureFamily(
    string KeyPrefix,
    string Section,
    Func<string, string> Label,
    string? Unit,
    string DataSet,
    FigureSource? Publisher,
    Func<OccupationDetails, IEnumerable<FamilyMember>> Members,
    Func<OccupationDetails, string, Figure> Read,
    Func<string, string>? KeyFormat = null,
    Func<string, FigureSource>? PublisherOf = null,
    bool HigherIsBetter = false) : CatalogueEntry(DataSet)
{
    public FigureDefinition Member(FamilyMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(KeyFormat?.Invoke(member.Key) ?? $"{KeyPrefix}.{member.Key}", Section, Label(member.Name), Unit, DataSet,
            PublisherOf?.Invoke(member.Name) ?? Publisher, o => Read(o, member.Name), HigherIsBetter: HigherIsBetter);
    }

    /// <summary>Members named by their names: "Black or African American" is keyed "black-or-african-american".</summary>
    public static IEnumerable<FamilyMember> Named(IEnumerable<string> names) => names.Select(n => new FamilyMember(Slug.FromTitle(n), n));
}

/// <summary>A member of a figure family: its key part and its name.</summary>
public sealed record FamilyMember(string Key, string Name);

/// <summary>
/// Every figure the site shows, defined once. Profiles, comparisons, the JSON API, the CSV files and the JSON-LD read
/// their figures, labels, units, sources and difference rules from here; adding a figure is one entry here, its column
/// in the query, and its test. The order is the API's order.
/// </summary>
public static class FigureCatalogue
{
    public const string Official = OfficialCatalogueImporter.DataSetName;
    public const string Estimate = SeedDocumentSeeder.DataSetName;

    /// <summary>Said instead of a difference when one value is a careers-site estimate and the other official.</summary>
    public const string DifferentSources = "Not compared: different sources";

    private static readonly (WageMeasure Measure, string Key, string Label)[] WageMeasures =
    [
        (WageMeasure.Percentile10, "p10", "10th percentile"), (WageMeasure.Percentile25, "p25", "25th percentile"),
        (WageMeasure.Median, "median", "median"), (WageMeasure.Mean, "mean", "mean"),
        (WageMeasure.Percentile75, "p75", "75th percentile"), (WageMeasure.Percentile90, "p90", "90th percentile"),
    ];

    private static bool HourlyOnly(OccupationDetails o) => o.WageBasis == WageBasis.HourlyOnly;

    /// <summary>"$61,000 – $145,000 or more": the 10th to the 90th percentile; not published where BLS withholds either end.</summary>
    private static Figure AnnualRange(OccupationDetails o)
    {
        var (low, high) = (o.Wage(WagePeriod.Annual, WageMeasure.Percentile10), o.Wage(WagePeriod.Annual, WageMeasure.Percentile90));
        return low.Status == FigureStatus.NotPublished || high.Status == FigureStatus.NotPublished
            ? new Figure(FigureKind.Text, null, null, FigureStatus.NotPublished)
            : Figure.Words(FigureFormat.MoneyRange((int?)low.Value, (int?)high.Value, high.Status == FigureStatus.TopCoded));
    }

    /// <summary>"Median yearly wage", "Mean hourly wage", "Yearly wage, 10th percentile".</summary>
    private static string WageLabel(string period, string measure) => measure is "median" or "mean"
        ? $"{Wording.Capitalize(measure)} {period} wage"
        : $"{Wording.Capitalize(period)} wage, {measure}";

    private static FigureDefinition OfficialFigure(string key, string section, string label, string? unit, FigureSource source, Func<OccupationDetails, Figure> read,
        DifferenceRule difference = DifferenceRule.Subtract, Func<OccupationDetails, bool>? applies = null, bool published = true,
        Func<OccupationDetails, string?>? period = null, string? periodInGeneral = null, bool higherIsBetter = false) =>
        new(key, section, label, unit, Official, source, read, difference, applies, published, ReleaseOf(source), period, periodInGeneral, higherIsBetter);

    private const string OverAYear = "over a year";
    private const string SinceFirstYear = "since its first year";

    /// <summary>The national OEWS release an occupation's current figures come from (May 2024 for one BLS no longer publishes).</summary>
    private static int ReleaseYear(OccupationDetails o) => o.WagesYear ?? OfficialFiles.CurrentWagesYear;

    /// <summary>"in May 2025": the release of an occupation's jobs and wages.</summary>
    private static string InRelease(OccupationDetails o) => "in " + OfficialSources.May(ReleaseYear(o));

    /// <summary>"since May 2024": the release before the occupation's own, where its change over a year starts.</summary>
    private static string SincePreviousRelease(OccupationDetails o) => OfficialSources.Since(ReleaseYear(o) - 1);

    /// <summary>
    /// The national OEWS figures' release for one occupation: the current one, or the last that published it (May 2024
    /// for 11-1031 Legislators, which May 2025 no longer has).
    /// </summary>
    private static Func<OccupationDetails, FigureSource>? ReleaseOf(FigureSource source) =>
        source == OfficialSources.Wages ? o => o.WagesYear is { } y ? OfficialSources.WagesOf(y) : source
        : source == OfficialSources.WageChange ? o => o.WagesYear is { } y ? OfficialSources.ChangeOf(y) : source
        : null;

    private static FigureDefinition EstimateFigure(string key, string section, string label, string? unit, Func<OccupationDetails, Figure> read,
        DifferenceRule difference = DifferenceRule.Subtract, bool published = true, bool higherIsBetter = false) =>
        new(key, section, label, unit, Estimate, null, read, difference, null, published, HigherIsBetter: higherIsBetter);

    /// <summary>The figures every occupation of a data set may have, in the API's order; families sit where their members go.</summary>
    private static readonly IReadOnlyList<CatalogueEntry> Entries =
    [
        // Official statistics: pay (BLS OEWS).
        .. WageMeasures.Select(m => OfficialFigure($"wages.annual.{m.Key}", "pay", WageLabel("yearly", m.Label), "USD per year", OfficialSources.Wages,
            o => o.Wage(WagePeriod.Annual, m.Measure), higherIsBetter: true)),
        .. WageMeasures.Select(m => OfficialFigure($"wages.hourly.{m.Key}", "pay", WageLabel("hourly", m.Label), "USD per hour", OfficialSources.Wages,
            o => o.Wage(WagePeriod.Hourly, m.Measure), higherIsBetter: true)),
        OfficialFigure("wages.annual.range", "pay", "Yearly wage, 10th to 90th percentile", null, OfficialSources.Wages,
            AnnualRange, DifferenceRule.None, published: false),
        OfficialFigure("wages.hourly.mean.change", "pay", "Change in mean hourly wage", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(FigureFormat.ChangePercent(o.PreviousMeanHourlyCents, o.HourlyRateCents)), applies: HourlyOnly, period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("wages.annual.mean.change", "pay", "Change in mean yearly wage", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(FigureFormat.ChangePercent(o.PreviousMeanYearly, o.YearlySalary)), applies: o => !HourlyOnly(o), period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("wages.hourly.median.change", "pay", "Change in median hourly wage", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(o.MedianChangePercent()), applies: HourlyOnly, period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("wages.annual.median.change", "pay", "Change in median yearly wage", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(o.MedianChangePercent()), applies: o => !HourlyOnly(o), period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("wages.highestPayingState", "pay", "Highest-paying state or territory", null, OfficialSources.States,
            o => o.HighestPayingStateFigure(), DifferenceRule.None),
        OfficialFigure("wages.highestPayingState.mean", "pay", "Mean hourly wage in the highest-paying state", "USD per hour", OfficialSources.States,
            o => o.HighestPayingStateMeanFigure(), DifferenceRule.None, applies: HourlyOnly),
        OfficialFigure("wages.highestPayingState.mean", "pay", "Mean yearly wage in the highest-paying state", "USD per year", OfficialSources.States,
            o => o.HighestPayingStateMeanFigure(), DifferenceRule.None, applies: o => !HourlyOnly(o)),
        OfficialFigure("wages.highestPayingState.topCodedStates", "pay", "States whose mean is top-coded (so the highest-paying state is not known)", null,
            OfficialSources.States, o => o.StatesTopCodedFigure(), DifferenceRule.None),
        OfficialFigure("wages.highestPayingState.summary", "pay", $"Highest-paying state or territory ({OfficialSources.States.Vintage})", null, OfficialSources.States,
            o => Figure.Words(FigureFormat.StateWage(o.HighestPayingState, o.HighestPayingStateWage, o.WageBasis, o.StatesTopCoded)), DifferenceRule.None, published: false),

        OfficialFigure("wages.highestPayingStateAfterPrices", "pay", "Highest pay after prices: state", null, OfficialSources.StatesAfterPrices,
            o => o.HighestAfterPricesFigure(), DifferenceRule.None),
        OfficialFigure("wages.highestPayingStateAfterPrices.mean", "pay", "Mean hourly wage in that state at national prices", "USD per hour",
            OfficialSources.StatesAfterPrices, o => o.HighestAfterPrices().Mean, DifferenceRule.None, applies: HourlyOnly),
        OfficialFigure("wages.highestPayingStateAfterPrices.mean", "pay", "Mean yearly wage in that state at national prices", "USD per year",
            OfficialSources.StatesAfterPrices, o => o.HighestAfterPrices().Mean, DifferenceRule.None, applies: o => !HourlyOnly(o)),
        OfficialFigure("wages.highestPayingStateAfterPrices.summary", "pay", $"Highest pay after prices ({OfficialSources.States.Vintage} means, BEA RPP {OfficialSources.Prices.Vintage})", null,
            OfficialSources.StatesAfterPrices, o => Figure.Words(AfterPricesSummary(o)), DifferenceRule.None, published: false),
        OfficialFigure("wages.hourly.mean.may2023", "pay", $"Mean hourly wage, {OfficialSources.Wages2023.Vintage} (national)", "USD per hour", OfficialSources.Wages2023,
            o => o.NationalMean2023(hourly: true), applies: o => o.WageBasis != WageBasis.AnnualOnly, higherIsBetter: true),
        OfficialFigure("wages.annual.mean.may2023", "pay", $"Mean yearly wage, {OfficialSources.Wages2023.Vintage} (national)", "USD per year", OfficialSources.Wages2023,
            o => o.NationalMean2023(hourly: false), applies: o => !HourlyOnly(o), higherIsBetter: true),

        // Official statistics: how pay and jobs moved over the national releases the site holds (OEWS, nominal dollars), a
        // member per year of the history; a change starts at each occupation's own first year.
        .. HistoryEntries(),

        // Official statistics: pay in each industry sector (OEWS industry-sector estimates, May 2024) and the best-paying
        // one by a stated reliability rule; a member per sector BLS publishes the occupation in, keyed by its NAICS code.
        .. IndustryEntries(),

        // Official statistics: pay in each state (OEWS May 2023) and what it buys there (BEA RPP 2023). A member per state
        // the state file gives the occupation a row in, keyed by the state's address ("wages.states.annual.mean.new-york").
        .. StateFamilies(),

        // Official statistics: jobs (OEWS) and projections (BLS Employment Projections).
        OfficialFigure("jobs.employment", "jobs", "Jobs", "jobs", OfficialSources.Wages, o => Figure.Count(o.NumberOfJobs), period: InRelease, periodInGeneral: "in its latest release", higherIsBetter: true),
        OfficialFigure("jobs.employment.change", "jobs", "Change in jobs", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(FigureFormat.ChangePercent(o.PreviousNumberOfJobs, o.NumberOfJobs)), period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("projections.employment2024", "jobs", $"Employment, {OfficialFiles.ProjectionsFirstYear} (the projections' base year)", "jobs", OfficialSources.Projections, o => Figure.Count(o.ProjectedEmployment2024), higherIsBetter: true),
        OfficialFigure("projections.employment2034", "jobs", $"Employment, {OfficialFiles.ProjectionsLastYear} (projected)", "jobs", OfficialSources.Projections, o => Figure.Count(o.ProjectedEmployment2034), higherIsBetter: true),
        OfficialFigure("projections.change", "jobs", $"Change in employment, {OfficialSources.Projections.Vintage}", "jobs", OfficialSources.Projections, o => Figure.Count(o.ProjectedChangeNumeric), higherIsBetter: true),
        OfficialFigure("projections.changePercent", "jobs", $"Projected growth, {OfficialSources.Projections.Vintage}", "percent", OfficialSources.Projections,
            o => Figure.PercentOneDecimal(o.GrowthRatePercent), higherIsBetter: true),
        OfficialFigure("projections.outlook", "jobs", $"Projected growth, {OfficialSources.Projections.Vintage}, in BLS's words", null, OfficialSources.Projections,
            o => Figure.Words(Wording.GrowthOutlook(o.GrowthRatePercent)), DifferenceRule.SameOrDifferent),
        OfficialFigure("projections.changePercent.summary", "jobs", $"Projected growth, {OfficialSources.Projections.Vintage}", null, OfficialSources.Projections,
            o => Figure.Words(FigureFormat.GrowthWithOutlook(o.GrowthRatePercent)), DifferenceRule.None, published: false),
        OfficialFigure("projections.annualOpenings", "jobs", $"Openings a year, {OfficialSources.Projections.Vintage}", "jobs", OfficialSources.Projections, o => Figure.Count(o.AnnualOpenings), higherIsBetter: true),

        // Official statistics: education (Employment Projections, O*NET).
        OfficialFigure("education.typicalEntry", "education", "Typical entry education", null, OfficialSources.Projections,
            o => Figure.Words(o.TypicalEntryEducation), DifferenceRule.SameOrDifferent),
        OfficialFigure("education.workExperience", "education", "Work experience in a related occupation", null, OfficialSources.Projections,
            o => Figure.Words(o.WorkExperience), DifferenceRule.SameOrDifferent),
        OfficialFigure("education.onTheJobTraining", "education", "On-the-job training", null, OfficialSources.Projections,
            o => Figure.Words(o.OnTheJobTraining), DifferenceRule.SameOrDifferent),
        OfficialFigure("education.jobZone", "education", "Job zone (1 = little preparation, 5 = extensive)", "zone, 1 to 5", OfficialSources.Onet,
            o => Figure.Number(o.JobZone)),
        OfficialFigure("education.jobZone.summary", "education", "Job zone", null, OfficialSources.Onet,
            o => Figure.Words(FigureFormat.JobZone(o.JobZone)), DifferenceRule.SameOrDifferent, published: false),
        OfficialFigure("education.required.top", "education", "Education most often required (O*NET)", null, OfficialSources.Onet,
            o => Figure.Words(FigureFormat.TopEducation(o.EducationLevels)), DifferenceRule.SameOrDifferent, published: false),
        new FigureFamily("education.required", "education", level => $"Share of respondents who say the job requires: {level}", "percent", Official,
            OfficialSources.Onet, o => o.EducationLevels.Select(l => new FamilyMember(l.Category.ToString(CultureInfo.InvariantCulture), l.Level)),
            (o, level) => o.EducationLevels.FirstOrDefault(l => l.Level == level)?.Figure ?? Figure.PercentOneDecimal(null)),
        OfficialFigure("experience.related.middle", "education", "Related experience (O*NET)", null, OfficialSources.Onet,
            o => Figure.Words(FigureFormat.MiddleAnswer(o.ExperienceLevels)), DifferenceRule.SameOrDifferent),
        new FigureFamily("experience.related", "education", period => $"Share of respondents who say the job requires related work experience of: {period}", "percent",
            Official, OfficialSources.Onet, o => o.ExperienceLevels.Select(l => new FamilyMember(l.Category.ToString(CultureInfo.InvariantCulture), l.Level)),
            (o, period) => o.ExperienceLevels.FirstOrDefault(l => l.Level == period)?.Figure ?? Figure.PercentOneDecimal(null)),
        OfficialFigure("training.onTheJob.middle", "education", "Job training (O*NET)", null, OfficialSources.Onet,
            o => Figure.Words(FigureFormat.MiddleAnswer(o.TrainingLevels)), DifferenceRule.SameOrDifferent),
        new FigureFamily("training.onTheJob", "education", period => $"Share of respondents who say the job requires on-the-job training of: {period}", "percent",
            Official, OfficialSources.Onet, o => o.TrainingLevels.Select(l => new FamilyMember(l.Category.ToString(CultureInfo.InvariantCulture), l.Level)),
            (o, period) => o.TrainingLevels.FirstOrDefault(l => l.Level == period)?.Figure ?? Figure.PercentOneDecimal(null)),

        // Official statistics: what the work suits (O*NET Interests, RIASEC).
        OfficialFigure("interests.code", "interests", "Strongest interests (O*NET high-point code)", null, OfficialSources.Onet,
            o => Figure.Words(FigureFormat.InterestCode(o.InterestCode)), DifferenceRule.SameOrDifferent),
        new FigureFamily("interests", "interests", area => $"Interest score: {area}", "score, 1 to 7", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.Interests.Select(i => i.Name)),
            (o, area) => Figure.Number(o.Interests.FirstOrDefault(i => i.Name == area)?.Score)),

        // Official statistics: who does the job (Current Population Survey).
        OfficialFigure("demographics.surveyGroup", "demographics", "Survey group these figures describe", null, OfficialSources.Demographics,
            o => Figure.Words(o.SurveyGroupText), DifferenceRule.None),
        OfficialFigure("demographics.medianAge", "demographics", "Median age", "years", OfficialSources.Demographics, o => o.SurveyFigure(o.MedianAge)),
        new FigureFamily("demographics.gender", "demographics", group => group, "percent", Official, OfficialSources.Demographics,
            o => FigureFamily.Named(o.Gender.Select(g => g.Group)), (o, group) => o.SurveyFigure(GenderShare(o, group), percent: true)),
        new FigureFamily("demographics.race", "demographics", group => group, "percent", Official, OfficialSources.Demographics,
            o => FigureFamily.Named(o.Race.Select(g => g.Group)), (o, group) => o.SurveyFigure(Share(o.Race, group), percent: true)),
        // What men and women working full time earn (CPS Table 39, the same survey group).
        OfficialFigure("earnings.weekly.median", "demographics", "Median weekly earnings, full-time wage and salary workers", "USD per week",
            OfficialSources.EarningsBySex, o => o.EarningsFigure(o.MedianWeeklyEarnings), higherIsBetter: true),
        OfficialFigure("earnings.weekly.men", "demographics", "Median weekly earnings of men working full time", "USD per week",
            OfficialSources.EarningsBySex, o => o.EarningsFigure(o.MenMedianWeeklyEarnings), higherIsBetter: true),
        OfficialFigure("earnings.weekly.women", "demographics", "Median weekly earnings of women working full time", "USD per week",
            OfficialSources.EarningsBySex, o => o.EarningsFigure(o.WomenMedianWeeklyEarnings), higherIsBetter: true),
        OfficialFigure("earnings.weekly.womenShareOfMen", "demographics", "Women's median weekly earnings as a share of men's", "percent",
            OfficialSources.EarningsBySex, o => o.WomenShareOfMen()),

        // Official statistics: which O*NET occupation each O*NET section describes (a more specific one, or the crosswalk's).
        new FigureFamily("onet.code", "onet-occupations", section => $"O*NET code of the {section}", null, Official, OfficialSources.Onet,
            o => o.OnetOrigins().Select(x => new FamilyMember(x.Key, x.Label)),
            (o, section) => Figure.Words(o.OnetOrigins().FirstOrDefault(x => x.Label == section).Code), KeyFormat: key => $"{key}.onetCode"),
        new FigureFamily("onet.title", "onet-occupations", section => $"O*NET title of the {section}", null, Official, OfficialSources.Onet,
            o => o.OnetOrigins().Select(x => new FamilyMember(x.Key, x.Label)),
            (o, section) => Figure.Words(o.OnetOrigins().FirstOrDefault(x => x.Label == section).Title), KeyFormat: key => $"{key}.onetTitle"),

        // Official statistics: skills (O*NET importance ratings).
        new FigureFamily("skills.importance", "skills", skill => $"Importance of {skill}", "importance, 1 to 5", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.Skills.Select(s => s.Name)), SkillFigure),
        // Every skill and knowledge area O*NET rates, on its level scale (what level of it the work needs).
        new FigureFamily("skills.level", "skills", skill => $"Level of {skill} needed", "level, 0 to 7", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.SkillRatings.Select(s => s.Name)), (o, skill) => LevelFigure(o.SkillRatings, skill)),
        new FigureFamily("knowledge.importance", "knowledge", area => $"Importance of knowing {area}", "importance, 1 to 5", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.KnowledgeRatings.Select(s => s.Name)),
            (o, area) => ImportanceFigure(o.KnowledgeRatings.FirstOrDefault(r => r.Name == area))),
        new FigureFamily("knowledge.level", "knowledge", area => $"Level of knowledge of {area} needed", "level, 0 to 7", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.KnowledgeRatings.Select(s => s.Name)), (o, area) => LevelFigure(o.KnowledgeRatings, area)),
        OfficialFigure("tools.listed", "tools", "Technologies O*NET lists for the job", "count", OfficialSources.Onet,
            o => Figure.Count(o.ToolsListed)),
        OfficialFigure("tools.inDemand", "tools", "Technologies most asked for in job postings (O*NET In Demand)", null, OfficialSources.Onet,
            o => Figure.Words(o.ToolsOnetCode is null ? null : ToolNames(o, t => t.InDemand)), DifferenceRule.None),

        // The careers site's estimates (undated; the source is the occupation's own page).
        EstimateFigure("salary.average", "pay", "Average yearly salary", "USD per year", o => Figure.Money(o.YearlySalary), higherIsBetter: true),
        EstimateFigure("salary.hourly", "pay", "Hourly rate", "USD per hour", o => Figure.MoneyCents(o.HourlyRateCents), higherIsBetter: true),
        EstimateFigure("salary.rangeLow", "pay", "Salary range, low end", "USD per year", o => Figure.Money(o.SalaryRangeLow), higherIsBetter: true),
        EstimateFigure("salary.rangeHigh", "pay", "Salary range, high end", "USD per year", o => Figure.Money(o.SalaryRangeHigh), higherIsBetter: true),
        EstimateFigure("salary.range", "pay", "Salary range", null, o => Figure.Words(FigureFormat.MoneyRange(o.SalaryRangeLow, o.SalaryRangeHigh)),
            DifferenceRule.Range, published: false),
        EstimateFigure("salary.highestPayingCity", "pay", "Highest paying city", null, o => Figure.Words(o.HighestPayingCity), DifferenceRule.SameOrDifferent),
        EstimateFigure("salary.highestPayingState", "pay", "Highest paying state", null, o => Figure.Words(o.HighestPayingState), DifferenceRule.None),
        EstimateFigure("salary.bestPayingCompany", "pay", "Best paying company", null, o => Figure.Words(o.BestPayingCompany), DifferenceRule.SameOrDifferent),
        EstimateFigure("salary.bestPayingIndustry", "pay", "Best paying industry", null, o => Figure.Words(o.BestPayingIndustry), DifferenceRule.SameOrDifferent),

        EstimateFigure("jobs.count", "jobs", "Number of jobs", "jobs", o => Figure.Count(o.NumberOfJobs), higherIsBetter: true),
        EstimateFigure("jobs.growthRate", "jobs", "Growth rate", "percent", o => Figure.Percent(o.GrowthRatePercent), higherIsBetter: true),
        EstimateFigure("jobs.satisfaction", "jobs", "Job satisfaction", "rating", o => Figure.Number(o.JobSatisfaction), higherIsBetter: true),

        EstimateFigure("education.mostCommonDegree", "education", "Most common degree", null, o => Figure.Words(o.MostCommonDegree), DifferenceRule.SameOrDifferent),
        EstimateFigure("education.mostCommonDegreeShare", "education", "Share with the most common degree", "percent", o => Figure.Percent(o.MostCommonDegreePercent)),
        EstimateFigure("education.mostCommonDegree.summary", "education", "Most common degree", null,
            o => Figure.Words(FigureFormat.WithShare(o.MostCommonDegree, o.MostCommonDegreePercent)), DifferenceRule.SameOrDifferent, published: false),
        EstimateFigure("education.mostCommonMajor", "education", "Most common major", null, o => Figure.Words(o.MostCommonMajor), DifferenceRule.SameOrDifferent),
        EstimateFigure("education.mostCommonCollege", "education", "Most common college", null, o => Figure.Words(o.MostCommonCollege), DifferenceRule.SameOrDifferent),
        EstimateFigure("education.yearsToBecome", "education", "Years to become one", null,
            o => Figure.Words(FigureFormat.YearsRange(o.YearsToBecomeMin, o.YearsToBecomeMax)), DifferenceRule.SameOrDifferent),
        EstimateFigure("education.yearsOfExperience", "education", "Years of experience", "years", o => Figure.Number(o.YearsOfExperience)),

        EstimateFigure("demographics.averageAge", "demographics", "Average age", "years", o => Figure.Number(o.AverageAge)),
        new FigureFamily("demographics.gender", "demographics", group => group, "percent", Estimate, null,
            o => FigureFamily.Named(o.Gender.Select(g => g.Group)), (o, group) => Figure.PercentOneDecimal(GenderShare(o, group))),
        new FigureFamily("demographics.race", "demographics", group => group, "percent", Estimate, null,
            o => FigureFamily.Named(o.Race.Select(g => g.Group)), (o, group) => Figure.PercentOneDecimal(Share(o.Race, group))),
        EstimateFigure("demographics.lgbt", "demographics", "LGBT percentage", "percent", o => Figure.Percent(o.LgbtPercent)),
        new FigureFamily("skills.postingShare", "skills", skill => $"Share of job postings that mention {skill}", "percent", Estimate, null,
            o => FigureFamily.Named(o.Skills.Select(s => s.Name)), SkillFigure),
    ];

    /// <summary>"Washington: $92,120 a year at national prices (mean $100,010, price level 108.6)", or why it is not known.</summary>
    private static string? AfterPricesSummary(OccupationDetails o)
    {
        var (best, mean, topCoded) = o.HighestAfterPrices();
        var period = o.ByTheHour ? "an hour" : "a year";
        var published = best is null ? null
            : $"{best.Name}: {FigureFormat.Format(mean with { Status = FigureStatus.Published })} {period} at national prices "
                + $"(mean {FigureFormat.Format(best.Mean(o.ByTheHour))}, price level {FigureFormat.PriceParity(best.PriceParity)})";
        if (topCoded.Count == 0)
        {
            return published;
        }

        return $"not known: top-coded in {topCoded.Count} {(topCoded.Count == 1 ? "state" : "states")} ({string.Join(", ", topCoded)}); highest published: {published ?? "none"}";
    }

    /// <summary>A history change's source for one occupation: from the year it starts to the last year (the whole history where it is unknown).</summary>
    private static FigureSource ChangeSource(OccupationDetails o, Func<WageHistoryPoint, Figure> read) =>
        o.HistoryChange(read).Since is { } since ? OfficialSources.HistoryOf(since, o.WageHistory[^1].Year)
        : o.WageHistory.Count == 0 ? OfficialSources.History : OfficialSources.HistoryOf(o.WageHistory[0].Year, o.WageHistory[^1].Year);

    /// <summary>"since May 2021": where a history change starts for one occupation, its first year with a published value; null where unknown.</summary>
    private static string? ChangeSince(OccupationDetails o, Func<WageHistoryPoint, Figure> read) =>
        o.HistoryChange(read).Since is { } since ? OfficialSources.Since(since) : null;

    private static Figure HistoryMedian(WageHistoryPoint p) => p.Median.Figure;

    /// <summary>One year of the history is that year's release: "BLS OEWS, May 2021".</summary>
    private static FigureSource YearRelease(string year) => OfficialSources.WagesOf(int.Parse(year, CultureInfo.InvariantCulture));

    private static IEnumerable<FamilyMember> HistoryYears(OccupationDetails o) =>
        o.WageHistory.Select(p => new FamilyMember(p.Year.ToString(CultureInfo.InvariantCulture), p.Year.ToString(CultureInfo.InvariantCulture)));

    private static WageHistoryPoint? HistoryPoint(OccupationDetails o, string year) =>
        o.WageHistory.FirstOrDefault(p => p.Year.ToString(CultureInfo.InvariantCulture) == year);

    private static IEnumerable<CatalogueEntry> HistoryEntries()
    {
        // A local, not a static field: the catalogue's entries are built while the class's fields are being set.
        (string Key, string Label, Func<WageHistoryPoint, WageFigure> Read)[] HistoryMeasures =
        [
            ("p10", "10th percentile", p => p.P10), ("median", "median", p => p.Median), ("mean", "mean", p => p.Mean), ("p90", "90th percentile", p => p.P90),
        ];
        foreach (var (hourly, period, unit) in new[] { (false, "annual", "USD per year"), (true, "hourly", "USD per hour") })
        {
            var words = hourly ? "hourly" : "yearly";
            bool Basis(OccupationDetails o) => (o.WageBasis == WageBasis.HourlyOnly) == hourly;
            yield return new FigureDefinition($"wages.history.{period}.median.change", "history", $"Change in nominal median {words} wage",
                "percent", Official, OfficialSources.History, o => Figure.PercentOneDecimal(o.HistoryChange(HistoryMedian).Percent), Applies: Basis,
                PublisherFor: o => ChangeSource(o, HistoryMedian), Period: o => ChangeSince(o, HistoryMedian), PeriodInGeneral: SinceFirstYear,
                HigherIsBetter: true);
            // A year, not a count: its text is the year as written ("2019"), its value the number.
            yield return new FigureDefinition($"wages.history.{period}.median.since", "history", "First year of that change", "year", Official, OfficialSources.History,
                o => Figure.Year(o.HistoryChange(HistoryMedian).Since), DifferenceRule.None, Basis, PublisherFor: o => ChangeSource(o, HistoryMedian));
            foreach (var (key, label, read) in HistoryMeasures)
            {
                yield return new FigureFamily($"wages.history.{period}.{key}", "history", year => $"{Wording.Capitalize(words)} wage, {label}, May {year} (nominal dollars)", unit, Official,
                    OfficialSources.History, o => Basis(o) ? HistoryYears(o) : [], (o, year) => HistoryPoint(o, year) is { } p ? read(p).Figure : Figure.Words(null),
                    PublisherOf: YearRelease);
            }
        }

        yield return new FigureDefinition("jobs.history.change", "history", "Change in jobs", "percent", Official,
            OfficialSources.History, o => Figure.PercentOneDecimal(o.HistoryChange(OccupationDetails.HistoryJobs).Percent),
            PublisherFor: o => ChangeSource(o, OccupationDetails.HistoryJobs), Period: o => ChangeSince(o, OccupationDetails.HistoryJobs), PeriodInGeneral: SinceFirstYear,
            HigherIsBetter: true);
        yield return new FigureFamily("jobs.history", "history", year => $"Jobs, May {year}", "jobs", Official, OfficialSources.History, HistoryYears,
            (o, year) => HistoryPoint(o, year) is { } p ? OccupationDetails.HistoryJobs(p) : Figure.Words(null), PublisherOf: YearRelease);
    }

    private static IndustryPay? Sector(OccupationDetails o, string sector) => o.Industries.FirstOrDefault(i => i.Sector == sector);

    /// <summary>The best-paying sector's name; where several are top-coded, which ones ("not known: top-coded in …").</summary>
    private static Figure BestSectorFigure(OccupationDetails o)
    {
        var (best, topCoded, _) = o.BestPayingSector();
        return topCoded.Count > 0
            ? new Figure(FigureKind.Text, null, $"not known: the median is top-coded in {topCoded.Count} sectors ({string.Join("; ", topCoded.Select(t => t.Sector))})", FigureStatus.TopCoded)
            : Figure.Words(best?.Sector);
    }

    /// <summary>The best-paying sector's median (at least the top code where it, or several, are top-coded).</summary>
    private static Figure BestSectorMedian(OccupationDetails o)
    {
        var (best, topCoded, _) = o.BestPayingSector();
        return best?.Median.Figure ?? (topCoded.Count > 0 ? topCoded[0].Median.Figure : new Figure(o.ByTheHour ? FigureKind.MoneyCents : FigureKind.Money, null));
    }

    /// <summary>"Manufacturing: median $205,580 (2,220 jobs)"; where the best cannot be known or no sector meets the rule, that.</summary>
    private static string? BestSectorSummary(OccupationDetails o)
    {
        var (best, topCoded, _) = o.BestPayingSector();
        if (best is null)
        {
            return topCoded.Count > 0 ? FigureFormat.Format(BestSectorFigure(o))
                : o.Industries.Count > 0 ? "no sector's estimate is reliable enough to rank" : null;
        }

        var period = o.ByTheHour ? " an hour" : string.Empty;
        return $"{best.ShortName}: median {FigureFormat.Format(best.Median.Figure)}{period} ({FigureFormat.Format(best.JobsFigure)} jobs)";
    }

    private static IEnumerable<CatalogueEntry> IndustryEntries()
    {
        yield return OfficialFigure("industries.best", "industries", $"Best-paying industry sector (highest median among sectors with {IndustryPay.Rule})", null,
            OfficialSources.Industries, BestSectorFigure, DifferenceRule.SameOrDifferent);
        yield return OfficialFigure("industries.best.hourly.median", "industries", "Median hourly wage in the best-paying industry sector", "USD per hour",
            OfficialSources.Industries, BestSectorMedian, applies: HourlyOnly, higherIsBetter: true);
        yield return OfficialFigure("industries.best.annual.median", "industries", "Median yearly wage in the best-paying industry sector", "USD per year",
            OfficialSources.Industries, BestSectorMedian, applies: o => !HourlyOnly(o), higherIsBetter: true);
        yield return OfficialFigure("industries.best.summary", "industries", $"Best-paying industry (May {OfficialFiles.SectorsYear})", null,
            OfficialSources.Industries, o => Figure.Words(BestSectorSummary(o)), DifferenceRule.None, published: false);
        IEnumerable<FamilyMember> Sectors(OccupationDetails o) => o.Industries.Select(i => new FamilyMember(i.Naics, i.Sector));
        yield return new FigureFamily("industries.jobs", "industries", sector => $"Jobs in {sector}, May {OfficialFiles.SectorsYear}", "jobs", Official,
            OfficialSources.Industries, Sectors, (o, sector) => Sector(o, sector)?.JobsFigure ?? Figure.Words(null), HigherIsBetter: true);
        yield return new FigureFamily("industries.jobs.error", "industries", sector => $"Relative standard error of the jobs estimate in {sector}", "percent", Official,
            OfficialSources.Industries, Sectors, (o, sector) => Sector(o, sector)?.JobsErrorFigure ?? Figure.PercentOneDecimal(null));
        foreach (var (hourly, period, unit) in new[] { (false, "annual", "USD per year"), (true, "hourly", "USD per hour") })
        {
            var words = hourly ? "hourly" : "yearly";
            IEnumerable<FamilyMember> Members(OccupationDetails o) => o.ByTheHour == hourly ? Sectors(o) : [];
            yield return new FigureFamily($"industries.{period}.median", "industries", sector => $"Median {words} wage in {sector}, May {OfficialFiles.SectorsYear}", unit,
                Official, OfficialSources.Industries, Members, (o, sector) => Sector(o, sector)?.Median.Figure ?? Figure.Words(null), HigherIsBetter: true);
            yield return new FigureFamily($"industries.{period}.mean", "industries", sector => $"Mean {words} wage in {sector}, May {OfficialFiles.SectorsYear}", unit,
                Official, OfficialSources.Industries, Members, (o, sector) => Sector(o, sector)?.Mean.Figure ?? Figure.Words(null), HigherIsBetter: true);
        }
    }

    private static IEnumerable<FamilyMember> StatesWith(OccupationDetails o, bool hourly, bool priced = false) =>
        (hourly ? o.WageBasis == WageBasis.AnnualOnly : o.WageBasis == WageBasis.HourlyOnly) ? []
        : o.States.Where(s => !priced || s.PriceParity is not null).Select(s => new FamilyMember(s.Slug, s.Name));

    private static Figure StateFigure(OccupationDetails o, string state, Func<StateMean, Figure> read) =>
        o.InState(state) is { } mean ? read(mean) : Figure.Words(null);

    private static IEnumerable<CatalogueEntry> StateFamilies()
    {
        foreach (var (hourly, period, unit) in new[] { (false, "annual", "USD per year"), (true, "hourly", "USD per hour") })
        {
            var words = hourly ? "hourly" : "yearly";
            yield return new FigureFamily($"wages.states.{period}.mean", "states", state => $"Mean {words} wage in {state}, {OfficialSources.States.Vintage}", unit, Official,
                OfficialSources.States, o => StatesWith(o, hourly), (o, state) => StateFigure(o, state, s => s.Mean(hourly)), HigherIsBetter: true);
            yield return new FigureFamily($"wages.states.{period}.mean.afterPrices", "states",
                state => $"Mean {words} wage in {state}, adjusted for prices (BEA RPP {OfficialSources.Prices.Vintage}): at the national price level", unit, Official,
                OfficialSources.StatesAfterPrices, o => StatesWith(o, hourly, priced: true), (o, state) => StateFigure(o, state, s => s.AfterPrices(hourly)),
                HigherIsBetter: true);
            yield return new FigureFamily($"wages.states.{period}.mean.vsNational", "states",
                state => $"Mean {words} wage in {state} against the national mean of {OfficialSources.Wages2023.Vintage}", "percent", Official,
                OfficialSources.States, o => StatesWith(o, hourly),
                (o, state) => StateFigure(o, state, s => Figure.PercentOneDecimal(s.VersusNational(o.NationalMean2023(hourly), afterPrices: false, hourly))),
                HigherIsBetter: true);
        }
    }

    private static readonly Dictionary<string, FigureDefinition[]> ByKey = Entries.OfType<FigureDefinition>()
        .GroupBy(d => d.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, FigureFamily[]> FamiliesByPrefix = Entries.OfType<FigureFamily>()
        .GroupBy(f => f.KeyPrefix, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The definitions of one occupation, in the API's order, families expanded to the members it has.</summary>
    public static IEnumerable<FigureDefinition> DefinitionsFor(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        foreach (var entry in Entries)
        {
            switch (entry)
            {
                case FigureDefinition definition when definition.AppliesTo(occupation):
                    yield return definition;
                    break;
                case FigureFamily family when family.DataSet == occupation.DataSet:
                    foreach (var member in family.Members(occupation))
                    {
                        yield return family.Member(member);
                    }

                    break;
            }
        }
    }

    /// <summary>Every published figure of one occupation with its key, source and vintage: what the API and CSV give.</summary>
    public static IReadOnlyList<SourcedFigure> For(OccupationDetails occupation) =>
        DefinitionsFor(occupation).Where(d => d.Published).Select(d => d.Of(occupation)).ToList();

    /// <summary>
    /// The definition of <paramref name="key"/> that applies to this occupation, or null when its data set has no such
    /// figure. A key the catalogue does not define is a mistake in the code that asks, not an unknown figure: it throws.
    /// </summary>
    public static FigureDefinition? Find(string key, OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return ByKey.TryGetValue(key, out var definitions)
            ? definitions.FirstOrDefault(d => d.AppliesTo(occupation))
            : throw new ArgumentException($"The figure catalogue has no figure '{key}'.", nameof(key));
    }

    /// <summary>Every key the catalogue defines outside its families, each once.</summary>
    public static IReadOnlyCollection<string> Keys => ByKey.Keys;

    /// <summary>The figure with this key for one occupation; unknown where its data set has no such figure.</summary>
    public static Figure Read(string key, OccupationDetails occupation) => Find(key, occupation)?.Read(occupation) ?? Figure.Words(null);

    /// <summary>The family of figures with this key prefix for this occupation's data set, or null.</summary>
    public static FigureFamily? Family(string prefix, OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return FamiliesByPrefix.TryGetValue(prefix, out var families) ? families.FirstOrDefault(f => f.DataSet == occupation.DataSet) : null;
    }

    /// <summary>The definition of a figure of a data set, for pages that name it without an occupation at hand (the list's columns).</summary>
    public static FigureDefinition DefinitionOf(string key, string dataSet) =>
        ByKey.TryGetValue(key, out var definitions) && definitions.FirstOrDefault(d => d.DataSet == dataSet) is { } definition
            ? definition
            : throw new ArgumentException($"No figure '{key}' in the data set '{dataSet}'.", nameof(key));

    /// <summary>The source of a figure, for the source notes under a section.</summary>
    public static FigureSource SourceOf(string key, OccupationDetails occupation) =>
        Find(key, occupation)?.SourceFor(occupation) ?? throw new ArgumentException($"No figure '{key}' for this occupation.", nameof(key));

    /// <summary>The publisher and release of an official figure, for lists that show it without the whole occupation.</summary>
    public static FigureSource OfficialSource(string key) =>
        ByKey.TryGetValue(key, out var definitions) && definitions.FirstOrDefault(d => d.DataSet == Official)?.Publisher is { } source
            ? source
            : throw new ArgumentException($"No official figure '{key}'.", nameof(key));

    /// <summary>A range's difference, end by end: "Low end +$4,000, high end −$2,000".</summary>
    internal static string? RangeDifference(OccupationDetails first, OccupationDetails other) =>
        FigureFormat.SignedMoney(first.SalaryRangeLow, other.SalaryRangeLow) is { } low &&
        FigureFormat.SignedMoney(first.SalaryRangeHigh, other.SalaryRangeHigh) is { } high
            ? $"Low end {low}, high end {high}"
            : null;

    /// <summary>
    /// An occupation's value for a skill: its importance (O*NET) or its share of postings (careers site); "not listed"
    /// when its list lacks the skill, unknown when it has no skills at all.
    /// </summary>
    public static Figure SkillFigure(OccupationDetails occupation, string skill)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        if (occupation.Skills.Count == 0)
        {
            return Figure.Words(null);
        }

        var found = occupation.Skills.FirstOrDefault(s => string.Equals(s.Name, skill, StringComparison.OrdinalIgnoreCase));
        return found is null ? Figure.Words("not listed")
            : !occupation.IsOfficial ? Figure.Percent(found.SharePercent)
            : occupation.SkillRatings.FirstOrDefault(r => r.Name == found.Name) is { } rating ? ImportanceFigure(rating, round: true)
            : Figure.Number(found.Importance is { } i ? Math.Round(i, 2) : null);
    }

    /// <summary>
    /// An importance on O*NET's 1–5 scale, marked "low reliability" where O*NET recommends suppressing it (Writers and
    /// Authors' English Language); unknown where the occupation has no rating of the area.
    /// </summary>
    private static Figure ImportanceFigure(OnetRating? rating, bool round = false) => rating is null ? Figure.Number(null)
        : new Figure(FigureKind.Number, round ? Math.Round(rating.Importance, 2) : rating.Importance, null,
            rating.ImportanceImprecise ? FigureStatus.LowReliability : FigureStatus.Published);

    /// <summary>
    /// A level on O*NET's 0–7 scale: "not relevant" where O*NET says the area does not matter to the job, marked "low
    /// reliability" where it recommends suppressing the level; unknown where the occupation has no ratings.
    /// </summary>
    public static Figure LevelFigure(IReadOnlyList<OnetRating> ratings, string name)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count == 0)
        {
            return Figure.Words(null);
        }

        return ratings.FirstOrDefault(r => r.Name == name) switch
        {
            null => Figure.Words("not rated"),
            { Level: null } => Figure.Words("not relevant"),
            var r => new Figure(FigureKind.Number, Math.Round(r.Level.Value, 2), null, r.LevelImprecise ? FigureStatus.LowReliability : FigureStatus.Published),
        };
    }

    /// <summary>The names of the kept tools that carry a flag, or "none" ("Microsoft Excel; SAP").</summary>
    private static string ToolNames(OccupationDetails o, Func<TechnologyTool, bool> flag) =>
        o.Tools.Where(flag).Select(t => t.Name).ToList() is { Count: > 0 } names ? string.Join("; ", names) : "none";

    private static double? Share(IReadOnlyList<GroupShare> shares, string group) => shares.FirstOrDefault(s => s.Group == group)?.Percent;

    /// <summary>A gender share by either source's name for the group.</summary>
    private static double? GenderShare(OccupationDetails occupation, string group) =>
        Share(occupation.Gender, group) ?? Share(occupation.Gender, OtherSourcesGenderName(group));

    /// <summary>The other source's name for a gender group: the careers site says "Female", the CPS "Women".</summary>
    public static string OtherSourcesGenderName(string group) => group switch
    {
        "Female" => "Women",
        "Women" => "Female",
        "Male" => "Men",
        "Men" => "Male",
        _ => group,
    };
}

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
