using System.Linq.Expressions;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

/// <summary>
/// Every figure of one occupation, read straight from the database for a page: the stored members
/// (<see cref="OccupationColumns"/>, declared once for the entity and for this) and the related occupations.
/// </summary>
public sealed class OccupationDetails : OccupationColumns
{
    public bool IsOfficial => DataSet == OfficialCatalogueImporter.DataSetName;

    /// <summary>How the occupation is named in a sentence: "Registered Nurses" (an official title), "a patient account manager".</summary>
    public string InSentence => IsOfficial ? Title : Wording.WithArticle(Wording.Lower(Title));

    /// <summary>The occupations O*NET relates to this one, in O*NET's order.</summary>
    public required IReadOnlyList<OccupationLink> Related { get; init; }

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
        ("knowledge", "knowledge ratings", KnowledgeOnetCode, KnowledgeOnetTitle),
        ("tools", "technology skills", ToolsOnetCode, ToolsOnetTitle),
    ];

    /// <summary>
    /// What pages read of an occupation, as one query's projection: every member of <see cref="OccupationColumns"/>
    /// copied from the entity (the JSON collections among them), and the related occupations. Built from the members'
    /// list, so a column added to <see cref="OccupationColumns"/> reaches every page without another line here.
    /// </summary>
    public static readonly Expression<Func<Occupation, OccupationDetails>> Projection = WithEveryColumn(o => new OccupationDetails
    {
        Slug = o.Slug,
        Title = o.Title,
        Category = o.Category,
        DataSet = o.DataSet,
        Source = o.Source,
        Related = o.RelatedOccupations.OrderBy(r => r.Rank).Select(r => new OccupationLink(r.Related!.Slug, r.Related.Title, r.Related.Category)).ToList(),
    });

    /// <summary>Adds to the projection an assignment of every settable <see cref="OccupationColumns"/> member it does not set yet.</summary>
    private static Expression<Func<Occupation, OccupationDetails>> WithEveryColumn(Expression<Func<Occupation, OccupationDetails>> projection)
    {
        var init = (MemberInitExpression)projection.Body;
        var source = projection.Parameters[0];
        var assigned = init.Bindings.Select(b => b.Member.Name).ToHashSet(StringComparer.Ordinal);
        var columns = typeof(OccupationColumns).GetProperties()
            .Where(p => p.CanWrite && !assigned.Contains(p.Name))
            .Select(p => Expression.Bind(typeof(OccupationDetails).GetProperty(p.Name)!, Expression.Property(source, p)));
        return Expression.Lambda<Func<Occupation, OccupationDetails>>(Expression.MemberInit(init.NewExpression, [.. init.Bindings, .. columns]), source);
    }
}

/// <param name="SharePercent">Careers site: share of postings that mention the skill.</param>
/// <param name="Importance">O*NET: importance on a 1–5 scale.</param>
public sealed record SkillShare(string Name, int? SharePercent, double? Importance = null);

/// <summary>
/// O*NET's rating of one skill or knowledge area for an occupation: how important it is (1–5) and what level of it the
/// work needs (0–7). The level is null where O*NET marks it "not relevant" (the area is not important to the job).
/// </summary>
/// <param name="LevelImprecise">O*NET recommends suppressing the level (its sample is too small or too varied).</param>
public sealed record OnetRating(string Name, double Importance, double? Level, bool LevelImprecise = false);

/// <summary>A technology the job uses (O*NET Technology Skills): a product, its kind, and O*NET's two flags.</summary>
/// <param name="Hot">O*NET's "Hot Technology": often named in employers' job postings.</param>
/// <param name="InDemand">O*NET's "In Demand": among the technologies most often asked for in this occupation's postings.</param>
public sealed record TechnologyTool(string Name, string Kind, bool Hot, bool InDemand);

public sealed record WageFigure(WagePeriod Period, WageMeasure Measure, int? Amount, FigureStatus Status);

public sealed record EducationShare(int Category, string Level, double Percent, bool LowPrecision = false)
{
    /// <summary>The share as a figure; one O*NET recommends suppressing is marked "low reliability" wherever it is shown.</summary>
    public Figure Figure => new(FigureKind.PercentOneDecimal, Percent, null, LowPrecision ? FigureStatus.LowReliability : FigureStatus.Published);
}

public sealed record GroupShare(string Group, double? Percent);

/// <summary>A link to an occupation: what pickers, lists of links and the home page need.</summary>
public sealed record OccupationLink(string Slug, string Title, string Category);

/// <param name="AlsoCalled">The other name that matched, when the title itself did not.</param>
public sealed record Suggestion(string Slug, string Title, string? AlsoCalled);
