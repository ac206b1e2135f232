using System.Linq.Expressions;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

/// <summary>Every figure of one occupation, read straight from the database for a page.</summary>
public sealed record OccupationDetails
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public string? Description { get; init; }
    public required string Source { get; init; }
    public string? SourceReference { get; init; }
    public int? YearlySalary { get; init; }
    public int? HourlyRateCents { get; init; }
    public int? SalaryRangeLow { get; init; }
    public int? SalaryRangeHigh { get; init; }
    public bool SalaryRangeHighTopCoded { get; init; }
    public double? GrowthRatePercent { get; init; }
    public int? NumberOfJobs { get; init; }
    public double? JobSatisfaction { get; init; }
    public string? MostCommonDegree { get; init; }
    public int? MostCommonDegreePercent { get; init; }
    public string? MostCommonMajor { get; init; }
    public string? MostCommonCollege { get; init; }
    public int? YearsToBecomeMin { get; init; }
    public int? YearsToBecomeMax { get; init; }
    public int? YearsOfExperience { get; init; }
    public string? HighestPayingCity { get; init; }
    public string? HighestPayingState { get; init; }
    public string? BestPayingCompany { get; init; }
    public string? BestPayingIndustry { get; init; }
    public int? AverageAge { get; init; }
    public int? LgbtPercent { get; init; }
    public required string DataSet { get; init; }
    public bool IsOfficial => DataSet == OfficialCatalogueImporter.DataSetName;
    public string? SocCode { get; init; }
    public string? OnetCode { get; init; }
    public string? NearestOfficialSocCode { get; init; }
    public WageBasis WageBasis { get; init; }
    public int? MedianYearlySalary { get; init; }
    public bool MedianYearlyTopCoded { get; init; }
    public int? MedianHourlyCents { get; init; }
    public int? PreviousMeanYearly { get; init; }
    public int? PreviousMedianYearly { get; init; }
    public int? PreviousMeanHourlyCents { get; init; }
    public int? PreviousNumberOfJobs { get; init; }
    public int? ProjectedEmployment2024 { get; init; }
    public int? ProjectedEmployment2034 { get; init; }
    public int? ProjectedChangeNumeric { get; init; }
    public int? AnnualOpenings { get; init; }
    public string? TypicalEntryEducation { get; init; }
    public string? WorkExperience { get; init; }
    public string? OnTheJobTraining { get; init; }
    public int? JobZone { get; init; }
    public double? MedianAge { get; init; }
    public string? DemographicsSourceRow { get; init; }
    public bool DemographicsRowShared { get; init; }
    public int? HighestPayingStateWage { get; init; }
    public int? PreviousMedianHourlyCents { get; init; }
    public string? DemographicsRowChoice { get; init; }
    public string? StatesTopCoded { get; init; }
    public string? OnetTitle { get; init; }
    public string? SkillsOnetCode { get; init; }
    public string? SkillsOnetTitle { get; init; }
    public string? TasksOnetCode { get; init; }
    public string? TasksOnetTitle { get; init; }
    public string? EducationOnetCode { get; init; }
    public string? EducationOnetTitle { get; init; }
    public string? JobZoneOnetCode { get; init; }
    public string? JobZoneOnetTitle { get; init; }
    public required IReadOnlyList<WageFigure> Wages { get; init; }
    public required IReadOnlyList<EducationShare> EducationLevels { get; init; }
    public required IReadOnlyList<OccupationLink> Related { get; init; }
    public required IReadOnlyList<SkillShare> Skills { get; init; }
    public required IReadOnlyList<string> Responsibilities { get; init; }
    public IReadOnlyList<GroupShare> Gender { get; init; } = [];
    public IReadOnlyList<GroupShare> Race { get; init; } = [];

    /// <summary>The survey's or the careers site's shares, gender and race together: one query, split by <see cref="Gender"/> and <see cref="Race"/>.</summary>
    private IReadOnlyList<DimensionShare> Shares
    {
        init
        {
            Gender = value.Where(d => d.Dimension == DemographicDimension.Gender).Select(d => d.Share).ToList();
            Race = value.Where(d => d.Dimension == DemographicDimension.Race).Select(d => d.Share).ToList();
        }
    }

    /// <summary>
    /// A survey (CPS) figure: missing on an official occupation whose survey row exists means withheld by BLS
    /// ("not published"), not unknown.
    /// </summary>
    public Figure SurveyFigure(double? value, bool percent = false) =>
        value is null && IsOfficial && DemographicsSourceRow is not null
            ? new Figure(FigureKind.Number, null, null, FigureStatus.NotPublished)
            : percent ? Figure.PercentOneDecimal(value) : Figure.Number(value);

    /// <summary>One point of the wage distribution as a figure: "$239,200 or more", "not published"…</summary>
    public Figure Wage(WagePeriod period, WageMeasure measure)
    {
        var kind = period == WagePeriod.Annual ? FigureKind.Money : FigureKind.MoneyCents;
        var wage = Wages.FirstOrDefault(w => w.Period == period && w.Measure == measure);
        return wage is null ? new Figure(kind, null) : Figure.Wage(kind, wage.Amount, wage.Status);
    }

    /// <summary>The CPS row the demographics describe, and why it was taken when it is not the occupation's own.</summary>
    public string? SurveyGroupText => DemographicsSourceRow is { } row
        ? row + (DemographicsRowShared ? " (a broader group)" : string.Empty) + (DemographicsRowChoice is { } why ? $", chosen as {why}" : string.Empty)
        : null;

    /// <summary>
    /// The highest-paying state (May 2023). Where some states' means are top-coded it cannot be known: the figure is
    /// top-coded and says so ("top-coded in 4 states (…); highest published: North Carolina").
    /// </summary>
    public Figure HighestPayingStateFigure() => StatesTopCoded is null
        ? Figure.Words(HighestPayingState)
        : new Figure(FigureKind.Text, null, FigureFormat.StateWage(HighestPayingState, null, WageBasis, StatesTopCoded), FigureStatus.TopCoded);

    /// <summary>
    /// The mean in the highest-paying state. Where some states are top-coded, it is at least the top code and at least
    /// the highest published mean: that, "or more", never a state's published mean as if it were the highest.
    /// </summary>
    public Figure HighestPayingStateMeanFigure()
    {
        var kind = WageBasis == WageBasis.HourlyOnly ? FigureKind.MoneyCents : FigureKind.Money;
        if (StatesTopCoded is null)
        {
            return new Figure(kind, HighestPayingStateWage);
        }

        var topCode = WageBasis == WageBasis.HourlyOnly ? OfficialFiles.TopCodeHourlyCents : OfficialFiles.TopCodeAnnual;
        return new Figure(kind, Math.Max(HighestPayingStateWage ?? 0, topCode), null, FigureStatus.TopCoded);
    }

    /// <summary>The states whose mean is top-coded, "none" where the state data has none.</summary>
    public Figure StatesTopCodedFigure() => StatesTopCoded is { } states
        ? new Figure(FigureKind.Text, null, states, FigureStatus.TopCoded)
        : Figure.Words(HighestPayingState is null ? null : "none");

    /// <summary>
    /// Change in the median since May 2023: the hourly median for hourly-only occupations (their yearly median is not
    /// published), else the yearly one; unknown where either year is top-coded or withheld.
    /// </summary>
    public double? MedianChangePercent() => WageBasis == WageBasis.HourlyOnly
        ? Wage(WagePeriod.Hourly, WageMeasure.Median).Status == FigureStatus.Published ? FigureFormat.ChangePercent(PreviousMedianHourlyCents, MedianHourlyCents) : null
        : MedianYearlyTopCoded ? null : FigureFormat.ChangePercent(PreviousMedianYearly, MedianYearlySalary);

    /// <summary>Which O*NET occupation each kind of O*NET figure comes from (code and title), by API key prefix.</summary>
    public IReadOnlyList<(string Key, string Label, string? Code, string? Title)> OnetOrigins() =>
    [
        ("description", "description", OnetCode, OnetTitle),
        ("tasks", "tasks", TasksOnetCode, TasksOnetTitle),
        ("education.required", "education distribution", EducationOnetCode, EducationOnetTitle),
        ("education.jobZone", "job zone", JobZoneOnetCode, JobZoneOnetTitle),
        ("skills", "skill ratings", SkillsOnetCode, SkillsOnetTitle),
    ];

    public static readonly Expression<Func<Occupation, OccupationDetails>> Projection = o => new OccupationDetails
    {
        Slug = o.Slug,
        Title = o.Title,
        Category = o.Category,
        Description = o.Description,
        Source = o.Source,
        SourceReference = o.SourceReference,
        YearlySalary = o.YearlySalary,
        HourlyRateCents = o.HourlyRateCents,
        SalaryRangeLow = o.SalaryRangeLow,
        SalaryRangeHigh = o.SalaryRangeHigh,
        SalaryRangeHighTopCoded = o.SalaryRangeHighTopCoded,
        GrowthRatePercent = o.GrowthRatePercent,
        NumberOfJobs = o.NumberOfJobs,
        JobSatisfaction = o.JobSatisfaction,
        MostCommonDegree = o.MostCommonDegree,
        MostCommonDegreePercent = o.MostCommonDegreePercent,
        MostCommonMajor = o.MostCommonMajor,
        MostCommonCollege = o.MostCommonCollege,
        YearsToBecomeMin = o.YearsToBecomeMin,
        YearsToBecomeMax = o.YearsToBecomeMax,
        YearsOfExperience = o.YearsOfExperience,
        HighestPayingCity = o.HighestPayingCity,
        HighestPayingState = o.HighestPayingState,
        BestPayingCompany = o.BestPayingCompany,
        BestPayingIndustry = o.BestPayingIndustry,
        AverageAge = o.AverageAge,
        LgbtPercent = o.LgbtPercent,
        DataSet = o.DataSet,
        SocCode = o.SocCode,
        OnetCode = o.OnetCode,
        NearestOfficialSocCode = o.NearestOfficialSocCode,
        WageBasis = o.WageBasis,
        MedianYearlySalary = o.MedianYearlySalary,
        MedianYearlyTopCoded = o.MedianYearlyTopCoded,
        MedianHourlyCents = o.MedianHourlyCents,
        PreviousMeanYearly = o.PreviousMeanYearly,
        PreviousMedianYearly = o.PreviousMedianYearly,
        PreviousMeanHourlyCents = o.PreviousMeanHourlyCents,
        PreviousNumberOfJobs = o.PreviousNumberOfJobs,
        ProjectedEmployment2024 = o.ProjectedEmployment2024,
        ProjectedEmployment2034 = o.ProjectedEmployment2034,
        ProjectedChangeNumeric = o.ProjectedChangeNumeric,
        AnnualOpenings = o.AnnualOpenings,
        TypicalEntryEducation = o.TypicalEntryEducation,
        WorkExperience = o.WorkExperience,
        OnTheJobTraining = o.OnTheJobTraining,
        JobZone = o.JobZone,
        MedianAge = o.MedianAge,
        DemographicsSourceRow = o.DemographicsSourceRow,
        DemographicsRowShared = o.DemographicsRowShared,
        HighestPayingStateWage = o.HighestPayingStateWage,
        PreviousMedianHourlyCents = o.PreviousMedianHourlyCents,
        DemographicsRowChoice = o.DemographicsRowChoice,
        StatesTopCoded = o.StatesTopCoded,
        OnetTitle = o.OnetTitle,
        SkillsOnetCode = o.SkillsOnetCode,
        SkillsOnetTitle = o.SkillsOnetTitle,
        TasksOnetCode = o.TasksOnetCode,
        TasksOnetTitle = o.TasksOnetTitle,
        EducationOnetCode = o.EducationOnetCode,
        EducationOnetTitle = o.EducationOnetTitle,
        JobZoneOnetCode = o.JobZoneOnetCode,
        JobZoneOnetTitle = o.JobZoneOnetTitle,
        Wages = o.Wages.Select(w => new WageFigure(w.Period, w.Measure, w.Amount, w.Status)).ToList(),
        EducationLevels = o.EducationLevels.OrderBy(e => e.Category).Select(e => new EducationShare(e.Category, e.Level, e.Percent, e.LowPrecision)).ToList(),
        Related = o.RelatedOccupations.OrderBy(r => r.Rank).Select(r => new OccupationLink(r.Related!.Slug, r.Related.Title, r.Related.Category)).ToList(),
        Skills = o.Skills.OrderBy(s => s.Rank).Select(s => new SkillShare(s.Name, s.SharePercent, s.Importance)).ToList(),
        Responsibilities = o.Responsibilities.OrderBy(r => r.Position).Select(r => r.Text).ToList(),
        Shares = o.DemographicShares.OrderBy(d => d.Position).Select(d => new DimensionShare(d.Dimension, new GroupShare(d.Group, d.Percent))).ToList(),
    };
}

/// <param name="SharePercent">Careers site: share of postings that mention the skill.</param>
/// <param name="Importance">O*NET: importance on a 1–5 scale.</param>
public sealed record SkillShare(string Name, int? SharePercent, double? Importance = null);

public sealed record WageFigure(WagePeriod Period, WageMeasure Measure, int? Amount, FigureStatus Status);

public sealed record EducationShare(int Category, string Level, double Percent, bool LowPrecision = false)
{
    /// <summary>The share as a figure; one O*NET recommends suppressing is marked "low reliability" wherever it is shown.</summary>
    public Figure Figure => new(FigureKind.PercentOneDecimal, Percent, null, LowPrecision ? FigureStatus.LowReliability : FigureStatus.Published);
}

public sealed record GroupShare(string Group, double? Percent);

public sealed record DimensionShare(DemographicDimension Dimension, GroupShare Share);

/// <summary>A link to an occupation: what pickers, lists of links and the home page need.</summary>
public sealed record OccupationLink(string Slug, string Title, string Category);

/// <param name="AlsoCalled">The other name that matched, when the title itself did not.</param>
public sealed record Suggestion(string Slug, string Title, string? AlsoCalled);
