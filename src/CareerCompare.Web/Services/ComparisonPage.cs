using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Sections;
using static CareerCompare.Web.Services.ComparisonRows;

namespace CareerCompare.Web.Services;

/// <summary>
/// The comparison page built from its occupations: the short answer, then each section's table and chart in the page's
/// order. The rows are the sections' (<see cref="Sections"/>); the overview names a few of them.
/// </summary>
internal static class ComparisonPage
{
    /// <param name="anchorsOf">What the levels of skills and knowledge areas mean (the catalogue's O*NET level anchors).</param>
    public static CompareViewModel Build(List<OccupationDetails> occupations, StateSummary? state, IReadOnlyList<StateSummary> states, SiteUrls urls,
        Func<IEnumerable<(string Kind, string Element)>, List<Data.LevelAnchor>> anchorsOf)
    {
        CompareTable Table(string id, string caption, IEnumerable<RowSpec> specs) => new(id, caption, occupations,
            specs.Select(spec => Row(spec, occupations)).OfType<CompareRow>().ToList());

        var hasOfficial = occupations.Any(o => o.IsOfficial);

        return new CompareViewModel
        {
            Occupations = occupations,
            CanonicalPair = ComparisonAddress.Canonical(occupations.Select(o => o.Slug)),
            Heading = HeadingOf(occupations),
            ShortAnswer = ShortAnswerBuilder.Build(occupations, state),
            State = state,
            States = states,
            StatePay = state is null ? null : Table("state-pay-table", $"Mean pay in {state.Name} and nationally", StatesSection.StateRows(state)),
            Introduction = Introduction(occupations),
            SkillsSummary = occupations.Select((o, i) => SkillsSection.SkillsSentence(o, i == 0)).ToList(),
            Overview = Table("overview-table", "Overview", OverviewRows()) with { Removable = true, StateCode = state?.Code },
            Salary = Table("salary-table", "Salary", PaySection.SalaryRows()),
            Education = Table("education-table", "Education", EducationSection.EducationRows()),
            Outlook = hasOfficial ? Table("outlook-table", "Jobs and outlook", JobsSection.OutlookRows()) : null,
            AiExposure = occupations.Any(o => o.IsOfficial && AiExposureSection.Measures.Any(m => m.Value(o) is not null))
                ? Table("ai-table", "Exposure to AI", AiExposureSection.CompareRows()) : null,
            Demographics = Table("demographics-table", "Demographics", DemographicsSection.DemographicRows(occupations)),
            Skills = SkillsSection.Table(occupations),
            SkillMoves = SkillGapBuilder.Moves(occupations, anchorsOf),
            SalaryChart = ChartBuilder.Salary(occupations),
            HistoryChart = ChartBuilder.History(occupations),
            SkillsChart = SkillsSection.Chart(occupations),
            GenderChart = ChartBuilder.GenderSplit(occupations),
            RaceChart = ChartBuilder.Race(occupations),
            // Only the occupations O*NET has an education distribution for: a series of nothing charts nothing.
            InterestsChart = occupations.Any(o => o.IsOfficial && o.Interests.Count > 0) ? ChartBuilder.Interests(occupations) : null,
            TimeTables = EducationSection.TimeTables(occupations),
            EducationChart = occupations.Where(o => o.EducationLevels.Count > 0).ToList() is { Count: > 0 } withLevels ? ChartBuilder.Education(withLevels) : null,
            Picker = new ComparePickerViewModel(occupations.Select(o => (string?)o.Title).ToList(), StateCode: state?.Code),
            Suggestions = Suggestions(occupations),
            Meta = Meta(occupations, state, urls),
        };
    }

    /// <summary>"Patient relations director vs patient account manager".</summary>
    internal static string HeadingOf(IReadOnlyList<OccupationDetails> occupations) =>
        occupations[0].Title + string.Concat(occupations.Skip(1).Select(o => " vs " + Name(o)));

    /// <summary>The overview: the sections' rows a visitor weighs first, pay, growth, jobs, education and age.</summary>
    private static IEnumerable<RowSpec> OverviewRows() =>
    [
        // Median first, then the mean: BLS's order. The careers site gives one average.
        Spec(null, "wages.annual.median"),
        PaySection.YearlyPay,
        PaySection.HourlyPay,
        JobsSection.GrowthRow,
        Spec(null, "projections.outlook"),
        JobsSection.JobsRow,
        Spec(null, "jobs.satisfaction"),
        EducationSection.Education,
        DemographicsSection.Age,
        Spec(null, "education.yearsOfExperience"),
        Spec(null, "education.yearsToBecome"),
        Spec(null, "education.jobZone.summary"),
    ];

    /// <summary>Each compared occupation beside its closest related occupations (O*NET) not in this comparison: where to go next.</summary>
    private static List<SuggestedComparison> Suggestions(List<OccupationDetails> occupations)
    {
        const int perOccupation = 3;
        var compared = occupations.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);
        return occupations.SelectMany(o => o.Related.Where(r => !compared.Contains(r.Slug)).Take(perOccupation)
                .Select(r => new SuggestedComparison(ComparisonAddress.Of(o.Slug, r.Slug), $"{o.Title} vs {r.Title}")))
            .DistinctBy(s => ComparisonAddress.Canonical(ComparisonAddress.Slugs(s.Pair)))
            .ToList();
    }

    /// <summary>The title, a description written from the figures, and the canonical address (the slugs in order).</summary>
    private static PageMeta Meta(List<OccupationDetails> occupations, StateSummary? state, SiteUrls urls)
    {
        var heading = HeadingOf(occupations) + (state is null ? string.Empty : $" in {state.Name}");
        var pay = occupations.Select(o => o.IsOfficial
                ? FigureFormat.Format(FigureCatalogue.Read("wages.annual.median", o)) is { } median ? $"{o.Title} {median} (median)" : null
                : FigureFormat.Format(FigureCatalogue.Read("salary.average", o)) is { } average ? $"{o.Title} {average} (average, careers-site estimate)" : null)
            .OfType<string>().ToList();
        var sources = occupations.Any(o => o.IsOfficial) ? $" Official figures: {OfficialFiles.WagesSource}." : string.Empty;
        var inState = state is null ? string.Empty
            : $" Pay in {state.Name}: each occupation's mean there ({OfficialFiles.StateSource}) and what it buys at national prices ({OfficialFiles.PricesSource}).";
        var description = (pay.Count > 0 ? $"Yearly pay: {Wording.JoinList(pay)}." : $"{heading}.") + sources + inState
            + " Jobs, growth, education, demographics, tasks and skills side by side, with the difference on every row.";
        return new PageMeta(PageTitle.Shorten(heading), description,
            urls.Action("Show", "Compare", new { pair = ComparisonAddress.Canonical(occupations.Select(o => o.Slug)), state = state?.Code }));
    }

    /// <summary>How an occupation is named inside a sentence: "a patient account manager", "Registered Nurses".</summary>
    private static string Name(OccupationDetails occupation) => occupation.IsOfficial ? occupation.Title : Wording.Lower(occupation.Title);

    /// <summary>
    /// What the page says before its tables. The careers site's own introduction (how long it takes to become each, which
    /// has the higher average salary) is not repeated: the short answer says both, with the same figures. What is left is
    /// the warning that a comparison across sources is not a subtraction.
    /// </summary>
    private static List<string> Introduction(List<OccupationDetails> occupations) =>
        occupations.Any(o => o.DataSet != occupations[0].DataSet)
            ? ["Their figures come from different sources, a careers site's estimates and official statistics, "
                + "so they are shown side by side but never subtracted from each other."]
            : [];
}
