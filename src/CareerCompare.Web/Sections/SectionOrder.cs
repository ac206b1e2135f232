namespace CareerCompare.Web.Sections;

/// <summary>
/// Where each section stands on each page, in one place: a page decides the order, a section the content. A new data
/// set's section is added here once for every page it shows on (see docs/ARCHITECTURE.md, "Adding a data set").
/// </summary>
public static class SectionOrder
{
    /// <summary>The sections whose figures the catalogue holds, in the API's and the CSV's order.</summary>
    internal static IReadOnlyList<Section> Catalogue { get; } =
    [
        PaySection.Section, PayHistorySection.Section, IndustriesSection.Section, StatesSection.Section, JobsSection.Section,
        EducationSection.Section, HandbookSection.Section, InterestsSection.Section, DemographicsSection.Section, OnetOriginsSection.Section, SkillsSection.Section,
        AiExposureSection.Section, EstimatesSection.Section,
    ];

    /// <summary>The sections whose lines a comparison's short answer says, in the order it says them.</summary>
    internal static IReadOnlyList<Section> ShortAnswer { get; } =
    [
        PaySection.Section, PayHistorySection.Section, StatesSection.Section, IndustriesSection.Section, JobsSection.Section,
        EducationSection.Section, HandbookSection.Section, DemographicsSection.Section, AiExposureSection.Section,
    ];

    /// <summary>
    /// The sections whose rows the verdict strip says, in its order: pay, pay in the chosen state, growth and openings,
    /// schooling, then the later sections' own questions.
    /// </summary>
    internal static IReadOnlyList<Section> Verdicts { get; } =
    [
        PaySection.Section, StatesSection.Section, JobsSection.Section, EducationSection.Section, HandbookSection.Section,
        DemographicsSection.Section, AiExposureSection.Section,
    ];

    /// <summary>An official occupation's profile: its sections' partials (Views/Sections), in the order a visitor reads them.</summary>
    public static IReadOnlyList<string> Profile { get; } =
    [
        "_QuickFactsSection", "_DescriptionSection", "_HandbookBecomeSection", "_PaySection", "_PayHistorySection", "_IndustriesSection", "_StatesSection",
        "_JobsSection", "_EducationSection", "_DemographicsSection", "_TasksSection", "_HandbookWorkSection", "_AiExposureSection", "_SkillsSection", "_InterestsSection",
        "_MovesSection", "_CodesSection",
    ];

    /// <summary>A comparison: its sections' partials (Views/Sections), in the order a visitor reads them.</summary>
    public static IReadOnlyList<string> Comparison { get; } =
    [
        "_CompareOverviewSection", "_CompareDescriptionSection", "_CompareStatesSection", "_ComparePaySection",
        "_CompareEducationSection", "_CompareHandbookSection", "_CompareInterestsSection", "_CompareJobsSection", "_CompareDemographicsSection",
        "_CompareTasksSection", "_CompareAiExposureSection", "_CompareSkillsSection", "_CompareMovesSection",
    ];

    /// <summary>
    /// The profile's first screen under its title: the quick facts, shown as they are (not behind a disclosure) and
    /// followed by the "On this page" guide to the sections after them.
    /// </summary>
    public const string ProfileSummary = "_QuickFactsSection";
}
