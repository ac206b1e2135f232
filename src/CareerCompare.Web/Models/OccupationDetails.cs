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
    /// <summary>Its figures read so far, by catalogue key (<see cref="Services.FigureDefinition.Read"/>).</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, Figure> FigureMemo { get; } = new(StringComparer.Ordinal);

    /// <summary>Its row's number in the catalogue (what search results and the list's rows are matched by).</summary>
    public int Id { get; init; }

    public bool IsOfficial => DataSet == OfficialCatalogueImporter.DataSetName;

    /// <summary>A link to it, for lists of links.</summary>
    public OccupationLink Link => new(Slug, Title, Category);

    /// <summary>How the occupation is named in a sentence: "Registered Nurses" (an official title), "a patient account manager".</summary>
    public string InSentence => IsOfficial ? Title : Wording.WithArticle(Wording.Lower(Title));

    /// <summary>Its links to other occupations, O*NET's related ones and the moves that pay more, each kind in its order.</summary>
    public required IReadOnlyList<RelatedRow> Links { get; init; }

    /// <summary>The occupations O*NET relates to this one, in O*NET's order.</summary>
    public IReadOnlyList<OccupationLink> Related => related ??= Links.Where(l => l.Kind == RelationKind.Onet).Select(l => l.Link).ToList();

    private List<OccupationLink>? related;

    /// <summary>The occupations closest in skills that pay a higher median (computed at import), the closest first.</summary>
    public IReadOnlyList<RelatedRow> MovesThatPayMore => moves ??= Links.Where(l => l.Kind == RelationKind.PaysMore).ToList();

    private List<RelatedRow>? moves;

    /// <summary>O*NET's related occupations that pay a higher median: where O*NET has no skill ratings to compare, the moves O*NET suggests.</summary>
    public IReadOnlyList<RelatedRow> RelatedThatPayMore => relatedThatPayMore ??= Links.Where(l => l.Kind == RelationKind.Onet && l.PaysMoreThan(this)).ToList();

    private List<RelatedRow>? relatedThatPayMore;

    /// <summary>Its mean wage in each state and territory the state file gives (BLS OEWS, May 2023), by state name; none for the careers site's occupations.</summary>
    public IReadOnlyList<StateMean> States { get; init; } = [];

    /// <summary>
    /// Whether its state and industry figures are hourly (hourly-only occupations: BLS publishes no yearly mean or
    /// median), else yearly.
    /// </summary>
    public bool ByTheHour => WageBasis == WageBasis.HourlyOnly;

    /// <summary>Its mean in one state (by name or code, any case), or null where the state file has no row for it there.</summary>
    public StateMean? InState(string name) => (statesByKey ??= IndexStates()).GetValueOrDefault(name);

    // Built once an occupation: the API and CSV read every state's figures by name, three families of 54 each.
    private Dictionary<string, StateMean>? statesByKey;

    private Dictionary<string, StateMean> IndexStates()
    {
        var index = new Dictionary<string, StateMean>(States.Count * 2, StringComparer.OrdinalIgnoreCase);
        foreach (var state in States)
        {
            index.TryAdd(state.Name, state);
            index.TryAdd(state.Code, state);
        }

        return index;
    }

    /// <summary>The national mean of May 2023, the state means' own year: what a state's mean is set against (yearly, or hourly in cents).</summary>
    public Figure NationalMean2023(bool hourly) => hourly ? Figure.MoneyCents(Mean2023HourlyCents) : Figure.Money(Mean2023Yearly);

    /// <summary>Whether BLS no longer publishes it: its figures are the last it published (<see cref="OccupationColumns.WagesYear"/>), older than the current release.</summary>
    public bool NoLongerPublished => IsOfficial && WagesYear is { } year && year < Data.Import.OfficialFiles.CurrentWagesYear;

    /// <summary>
    /// The state where the mean buys most at national prices (mean ÷ RPP/100, May 2023 and RPP 2023), among the states
    /// and DC (territories have no price parity). Where a priced state's mean is top-coded the answer cannot be known:
    /// the figure says so and names the highest published one.
    /// </summary>
    public (StateMean? Best, Figure Mean, IReadOnlyList<string> TopCoded) HighestAfterPrices()
    {
        var priced = States.Where(s => s.PriceParity is not null).ToList();
        var topCoded = priced.Where(s => s.Mean(ByTheHour).Status == FigureStatus.TopCoded).Select(s => s.Name).ToList();
        var best = priced.Where(s => s.Mean(ByTheHour).Status == FigureStatus.Published)
            .MaxBy(s => s.AfterPrices(ByTheHour).Value);
        var mean = best?.AfterPrices(ByTheHour) ?? new Figure(ByTheHour ? FigureKind.MoneyCents : FigureKind.Money, null);
        return (best, topCoded.Count == 0 ? mean : mean with { Status = FigureStatus.TopCoded }, topCoded);
    }

    public Figure HighestAfterPricesFigure()
    {
        var (best, _, topCoded) = HighestAfterPrices();
        return topCoded.Count == 0 ? Figure.Words(best?.Name)
            : new Figure(FigureKind.Text, null, FigureFormat.StateWage(best?.Name, null, WageBasis, string.Join(", ", topCoded)), FigureStatus.TopCoded);
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
    /// The change of a history figure from the first year whose value is a published number to the current release, in
    /// percent (nominal dollars); with that first year. Unknown where the current value is not a published number or the
    /// history has one year only.
    /// </summary>
    public (int? Since, double? Percent) HistoryChange(Func<WageHistoryPoint, Figure> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (WageHistory.Count < 2 || read(WageHistory[^1]) is not { Status: FigureStatus.Published, Value: { } last })
        {
            return (null, null);
        }

        var first = WageHistory.SkipLast(1).FirstOrDefault(p => read(p) is { Status: FigureStatus.Published, Value: > 0 });
        return first is null ? (null, null) : (first.Year, (last / read(first).Value!.Value - 1) * 100);
    }

    /// <summary>
    /// The best-paying industry sector (OEWS May 2024) by the reliability rule (<see cref="IndustryPay.Rule"/>): the
    /// highest median among the sectors that meet it, with how many do. A top-coded median ("#") ranks above every
    /// published one; where two or more are top-coded the best cannot be known: they are returned and no best is named.
    /// </summary>
    public (IndustryPay? Best, IReadOnlyList<IndustryPay> TopCoded, int Ranked) BestPayingSector() => bestPayingSector ??= RankSectors();

    // Worked out once an occupation: the comparison's rows and its short answer each read it.
    private (IndustryPay? Best, IReadOnlyList<IndustryPay> TopCoded, int Ranked)? bestPayingSector;

    private (IndustryPay? Best, IReadOnlyList<IndustryPay> TopCoded, int Ranked) RankSectors()
    {
        var ranked = Industries.Where(i => i.Ranked).ToList();
        var topCoded = ranked.Where(i => i.Median.Status == FigureStatus.TopCoded).ToList();
        var best = topCoded.Count switch
        {
            0 => ranked.MaxBy(i => i.Median.Amount),
            1 => topCoded[0],
            _ => null,
        };
        return (best, topCoded.Count > 1 ? topCoded : [], ranked.Count);
    }

    /// <summary>Sectors that meet the rule but whose median BLS withholds: not ranked, said so beside the best.</summary>
    public IReadOnlyList<IndustryPay> UnrankedForWantOfAMedian => Industries.Where(i => i.MeetsRule && !i.Ranked).OrderByDescending(i => i.Jobs).ToList();

    /// <summary>The sector with the most of its jobs: where most of the people in it work, beside the best-paying one.</summary>
    public IndustryPay? LargestSector => Industries.Where(i => i.Jobs is not null).MaxBy(i => i.Jobs);

    /// <summary>Its sectors as the profile lists them: the highest median first (top-coded above published), those without a median last, then by jobs.</summary>
    public IReadOnlyList<IndustryPay> IndustriesByMedian => Industries
        .OrderBy(i => i.Median.Status switch { FigureStatus.TopCoded => 0, FigureStatus.Published => 1, _ => 2 })
        .ThenByDescending(i => i.Median.Amount).ThenByDescending(i => i.Jobs).ToList();

    /// <summary>
    /// A weekly earnings figure (CPS Table 39): missing where the occupation's survey group has a row means BLS withholds
    /// it ("–", fewer than 50,000 workers in the group): "not published", not unknown.
    /// </summary>
    public Figure EarningsFigure(int? dollars) =>
        dollars is null && EarningsSourceRow is not null ? new Figure(FigureKind.Money, null, null, FigureStatus.NotPublished) : Figure.Money(dollars);

    /// <summary>Women's median weekly earnings as a share of men's, in percent; "not published" where either median is withheld.</summary>
    public Figure WomenShareOfMen() =>
        WomenMedianWeeklyEarnings is { } women && MenMedianWeeklyEarnings is { } men and > 0
            ? Figure.PercentOneDecimal(women * 100.0 / men)
            : EarningsSourceRow is not null ? new Figure(FigureKind.PercentOneDecimal, null, null, FigureStatus.NotPublished) : Figure.PercentOneDecimal(null);

    /// <summary>Jobs of one year of the history as a figure.</summary>
    public static Figure HistoryJobs(WageHistoryPoint point) => point is { JobsNotPublished: true }
        ? new Figure(FigureKind.Count, null, null, FigureStatus.NotPublished)
        : Figure.Count(point?.Jobs);

    /// <summary>
    /// Change in the median since the previous release (May 2024): the hourly median for hourly-only occupations (their yearly median is not
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
        Id = o.Id,
        Slug = o.Slug,
        Title = o.Title,
        Category = o.Category,
        DataSet = o.DataSet,
        Source = o.Source,
        Links = o.RelatedOccupations.OrderBy(r => r.Kind).ThenBy(r => r.Rank).Select(r => new RelatedRow(r.Kind, r.Similarity, r.Related!.Slug, r.Related.Title,
            r.Related.Category, r.Related.MedianYearlySalary, r.Related.MedianYearlyTopCoded, r.Related.MedianHourlyCents, r.Related.TypicalEntryEducation,
            r.Related.WagesYear)).ToList(),
        States = o.StateWages.OrderBy(w => w.State!.Name).Select(w => new StateMean(w.StateCode, w.State!.Name, w.State.Slug, w.State.Fips,
            w.State.PriceParity, w.MeanYearly, w.MeanYearlyStatus, w.MeanHourlyCents, w.MeanHourlyStatus)).ToList(),
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
/// <param name="ImportanceImprecise">
/// O*NET recommends suppressing the importance (too few respondents or too varied): kept and marked "low reliability",
/// as O*NET OnLine and the education shares do, not dropped.
/// </param>
public sealed record OnetRating(string Name, double Importance, double? Level, bool LevelImprecise = false, bool ImportanceImprecise = false);

/// <summary>O*NET's score of one interest area (RIASEC) for an occupation: how well the work fits it, 1 to 7.</summary>
public sealed record InterestScore(string Name, double Score);

/// <summary>A technology the job uses (O*NET Technology Skills): a product, its kind, and O*NET's two flags.</summary>
/// <param name="Hot">O*NET's "Hot Technology": often named in employers' job postings.</param>
/// <param name="InDemand">O*NET's "In Demand": among the technologies most often asked for in this occupation's postings.</param>
public sealed record TechnologyTool(string Name, string Kind, bool Hot, bool InDemand);

public sealed record WageFigure(WagePeriod Period, WageMeasure Measure, int? Amount, FigureStatus Status)
{
    public Figure Figure => Figure.Wage(Period == WagePeriod.Annual ? FigureKind.Money : FigureKind.MoneyCents, Amount, Status);
}

/// <summary>
/// One year of an occupation's OEWS history (national, nominal dollars): jobs and the 10th percentile, median, mean and
/// 90th percentile, yearly (hourly for hourly-only occupations), each with its year's markers.
/// </summary>
/// <param name="HybridCode">May 2019 or May 2020: BLS's hybrid codes (SOC 2010 and 2018 combined), the same code but a structure in transition.</param>
/// <param name="JobsNotPublished">BLS withholds that year's employment ("**"): "not published", not unknown.</param>
public sealed record WageHistoryPoint(int Year, bool HybridCode, int? Jobs, WageFigure P10, WageFigure Median, WageFigure Mean, WageFigure P90, bool JobsNotPublished = false);

/// <summary>
/// An occupation's mean wage in one state (BLS OEWS, May 2023), yearly in dollars and hourly in cents, each with its
/// status, and the state's price level (BEA RPP 2023, US = 100; null for territories).
/// </summary>
public sealed record StateMean(string Code, string Name, string Slug, string Fips, double? PriceParity,
    int? Yearly, FigureStatus YearlyStatus, int? HourlyCents, FigureStatus HourlyStatus)
{
    public Figure YearlyFigure => Figure.Wage(FigureKind.Money, Yearly, YearlyStatus);

    public Figure HourlyFigure => Figure.Wage(FigureKind.MoneyCents, HourlyCents, HourlyStatus);

    public Figure Mean(bool hourly) => hourly ? HourlyFigure : YearlyFigure;

    /// <summary>
    /// The mean at the national price level: mean ÷ (RPP / 100), rounded to the dollar (or cent). A top-coded mean
    /// stays "or more"; unknown where the state has no price parity (territories).
    /// </summary>
    public Figure AfterPrices(bool hourly)
    {
        var mean = Mean(hourly);
        return PriceParity is not { } parity || mean.Value is not { } value
            ? mean with { Value = null, Status = mean.Status == FigureStatus.NotPublished ? FigureStatus.NotPublished : FigureStatus.Published }
            : mean with { Value = Math.Round(value / (parity / 100), MidpointRounding.AwayFromZero) };
    }

    /// <summary>How the state's mean compares with the national mean of the same year (May 2023), in percent; null where either is not a published number.</summary>
    public double? VersusNational(Figure national, bool afterPrices, bool hourly)
    {
        ArgumentNullException.ThrowIfNull(national);
        var mean = afterPrices ? AfterPrices(hourly) : Mean(hourly);
        return mean.Status == FigureStatus.Published && mean.Value is { } v && national.Value is { } n && n > 0 ? (v / n - 1) * 100 : null;
    }
}

/// <summary>
/// An occupation's employment and pay in one industry sector (BLS OEWS national industry-sector estimates, May 2024):
/// jobs with the relative standard error of that estimate, and the median and mean, yearly (hourly for hourly-only
/// occupations), each with the file's markers ("**" jobs not published, "*" wage not published, "#" top-coded).
/// </summary>
/// <param name="Naics">The sector's NAICS code, as BLS writes it: "62", "31-33".</param>
/// <param name="JobsError">EMP_PRSE: the relative standard error of the employment estimate, in percent.</param>
/// <param name="MeanError">MEAN_PRSE: the relative standard error of the mean wage, in percent.</param>
public sealed record IndustryPay(string Naics, string Sector, int? Jobs, double? JobsError, WageFigure Median, WageFigure Mean, double? MeanError)
{
    /// <summary>The fewest jobs a sector's estimate may rest on to be ranked (the reliability rule, with <see cref="MaxJobsError"/>).</summary>
    public const int MinJobs = 1_000;

    /// <summary>The largest relative standard error of the employment estimate, in percent, a ranked sector may have.</summary>
    public const double MaxJobsError = 25;

    /// <summary>The reliability rule, as the pages state it.</summary>
    public const string Rule = "at least 1,000 jobs and a relative standard error of the employment estimate under 25%";

    /// <summary>
    /// The sector as a sentence names it: BLS's title, but for OEWS's own government sector (99), whose title runs to 150
    /// characters, its meaning in short.
    /// </summary>
    public string ShortName => Naics == "99" ? "Government, except state and local schools and hospitals and the Postal Service" : Sector;

    public Figure JobsFigure => Figure.Count(Jobs) with { Status = Jobs is null ? FigureStatus.NotPublished : FigureStatus.Published };

    /// <summary>The employment estimate's relative standard error; "not published" with the jobs ("**").</summary>
    public Figure JobsErrorFigure => JobsError is null && Jobs is null
        ? new Figure(FigureKind.PercentOneDecimal, null, null, FigureStatus.NotPublished)
        : Figure.PercentOneDecimal(JobsError);

    /// <summary>Whether the sector's estimate is solid enough to be ranked: <see cref="Rule"/>.</summary>
    public bool MeetsRule => Jobs is >= MinJobs && JobsError is < MaxJobsError;

    /// <summary>Whether it takes part in the ranking: it meets the rule and has a median (a number, or "or more").</summary>
    public bool Ranked => MeetsRule && Median.Status is FigureStatus.Published or FigureStatus.TopCoded;

    /// <summary>Why it is not ranked, for the table: "fewer than 1,000 jobs", "jobs error 38.6%", "jobs not published", "median not published".</summary>
    public string? WhyNotRanked => Ranked ? null
        : Jobs is null ? "jobs not published"
        : Jobs < MinJobs ? "fewer than 1,000 jobs"
        : !MeetsRule ? $"jobs error {FigureFormat.Percent(JobsError ?? 0, 1)}"
        : "median not published";
}

public sealed record EducationShare(int Category, string Level, double Percent, bool LowPrecision = false)
{
    /// <summary>The share as a figure; one O*NET recommends suppressing is marked "low reliability" wherever it is shown.</summary>
    public Figure Figure => new(FigureKind.PercentOneDecimal, Percent, null, LowPrecision ? FigureStatus.LowReliability : FigureStatus.Published);
}

public sealed record GroupShare(string Group, double? Percent);

/// <summary>
/// A link to another occupation with what a move to it needs said: its median pay (yearly, or hourly where only hourly
/// is published; BLS OEWS, the catalogue's release) and its typical entry education; for a move, how alike the skills are.
/// </summary>
public sealed record RelatedRow(RelationKind Kind, double? Similarity, string Slug, string Title, string Category,
    int? MedianYearly, bool MedianYearlyTopCoded, int? MedianHourlyCents, string? TypicalEntryEducation, int? WagesYear)
{
    public OccupationLink Link => new(Slug, Title, Category);

    /// <summary>Whether it pays a higher median than <paramref name="from"/>, by the import's rule (<see cref="Data.Import.SkillSimilarity"/>).</summary>
    public bool PaysMoreThan(OccupationColumns from) => Data.Import.SkillSimilarity.PaysMore(
        new Data.Import.MedianPay(MedianYearly, MedianYearlyTopCoded, MedianHourlyCents, WagesYear), Data.Import.MedianPay.Of(from));

    /// <summary>How alike the two occupations' skills are, as the page writes it: "96%" (rounded down, so 100% means the same levels); null for O*NET's related ones.</summary>
    public string? Closeness => Similarity is { } s ? FigureFormat.Percent(Math.Floor(s * 100)) : null;

    /// <summary>
    /// How much more its median is than <paramref name="from"/>'s: "+$12,340 (+15%)" yearly where both are published, else
    /// hourly; "at least +$…" where its median is top-coded.
    /// </summary>
    public string? PayDifference(OccupationColumns from)
    {
        ArgumentNullException.ThrowIfNull(from);
        if (from.MedianYearlySalary is { } fromYearly && MedianYearly is { } yearly)
        {
            var difference = FigureFormat.Difference(Figure.Money(yearly), Figure.Money(fromYearly));
            return MedianYearlyTopCoded ? $"at least {difference}" : difference;
        }

        return from.MedianHourlyCents is { } fromHourly && MedianHourlyCents is { } hourly
            ? $"{FigureFormat.Difference(Figure.MoneyCents(hourly), Figure.MoneyCents(fromHourly))} an hour"
            : null;
    }

    /// <summary>Its median as written on pages: "$98,760", "$239,200 or more", "$23.33 an hour".</summary>
    public string? Median => MedianYearly is { } yearly
        ? FigureFormat.Format(Figure.Wage(FigureKind.Money, yearly, MedianYearlyTopCoded ? Data.FigureStatus.TopCoded : Data.FigureStatus.Published))
        : MedianHourlyCents is { } hourly ? $"{FigureFormat.MoneyCents(hourly)} an hour" : null;
}

/// <summary>A link to an occupation: what pickers, lists of links and the home page need.</summary>
public sealed record OccupationLink(string Slug, string Title, string Category);

/// <param name="AlsoCalled">The other name that matched, when the title itself did not.</param>
public sealed record Suggestion(string Slug, string Title, string? AlsoCalled);
