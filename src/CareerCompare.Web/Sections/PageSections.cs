using CareerCompare.Web.Models;

namespace CareerCompare.Web.Sections;

/// <summary>
/// Every section a profile or a comparison shows, defined once: its anchor, its name in the guide, its partials and its
/// one-line answer (each written in the section's own file). <see cref="SectionOrder"/> decides where each stands.
/// </summary>
public static class PageSections
{
    public static IReadOnlyList<PageSection> All { get; } =
    [
        new("quick-facts", "Quick facts") { ProfilePartial = "_QuickFactsSection" },
        new("overview", "What they do")
        {
            ProfilePartial = "_DescriptionSection", ComparisonPartial = "_CompareOverviewSection", ComparisonHeading = "Overview",
            ProfileLine = p => DescriptionSection.Headline(p.Occupation),
            ComparisonLine = m => $"The {m.Occupations.Count} occupations side by side: pay, jobs, growth and what it takes to get in",
        },
        new("duties", "What each does")
        {
            ComparisonPartial = "_CompareDescriptionSection", ComparisonLine = m => DescriptionSection.ComparisonHeadline(m.Occupations),
        },
        new("how-to-become-one", "How to become one") { ProfilePartial = "_HandbookBecomeSection", ProfileLine = p => HandbookSection.Headline(p.Occupation) },
        new("how-to-get-in", "How to get in") { ComparisonPartial = "_CompareHandbookSection", ComparisonLine = m => HandbookSection.ComparisonHeadline(m.Occupations) },
        new("state-pay", "Pay by state")
        {
            ProfilePartial = "_StatesSection", ComparisonPartial = "_CompareStatesSection",
            ProfileLine = p => p.StatePay is null ? null : StatesSection.Headline(p.Occupation),
            ComparisonLine = m => m.State is { } state && m.StatePay is not null
                ? StatesSection.ComparisonHeadline(m.Occupations, state)
                : null,
            ComparisonHeading = "Pay in the state",
        },
        new("salary", "Pay")
        {
            ProfilePartial = "_PaySection", ComparisonPartial = "_ComparePaySection", ComparisonHeading = "Salary",
            ProfileLine = p => PaySection.Headline(p.Occupation),
            ComparisonLine = m => SectionLine.Each(m.Occupations, "Median pay", o => [o.ByTheHour ? "wages.hourly.median" : "wages.annual.median", "salary.average"])
                ?? "Pay, its range and how it moved, side by side",
        },
        new("history", "How pay and jobs moved") { ProfilePartial = "_PayHistorySection", ProfileLine = p => PayHistorySection.Headline(p.Occupation) },
        new("industries", "Industries") { ProfilePartial = "_IndustriesSection", ProfileLine = p => IndustriesSection.Headline(p.Occupation) },
        new("outlook", "Jobs and outlook")
        {
            ProfilePartial = "_JobsSection", ComparisonPartial = "_CompareJobsSection",
            ProfileLine = p => JobsSection.Headline(p.Occupation),
            ComparisonLine = m => m.Outlook is null ? null
                : SectionLine.Each(m.Occupations, "Projected growth", o => ["projections.changePercent", "jobs.growthRate"]) ?? "Jobs, growth and openings, side by side",
        },
        new("education", "Education and training")
        {
            ProfilePartial = "_EducationSection", ComparisonPartial = "_CompareEducationSection", ComparisonHeading = "Education",
            ProfileLine = p => EducationSection.Headline(p.Occupation),
            ComparisonLine = m => SectionLine.Each(m.Occupations, "Entry education", o => ["education.typicalEntry", "education.mostCommonDegree.summary"])
                ?? "Entry education, experience and training, side by side",
        },
        new("interests", "Interests")
        {
            ProfilePartial = "_InterestsSection", ComparisonPartial = "_CompareInterestsSection",
            ProfileLine = p => InterestsSection.Headline(p.Occupation),
            ComparisonLine = m => m.InterestsChart is null ? null : InterestsSection.ComparisonHeadline(m.Occupations),
        },
        new("demographics", "Demographics")
        {
            ProfilePartial = "_DemographicsSection", ComparisonPartial = "_CompareDemographicsSection",
            ProfileLine = p => DemographicsSection.Headline(p.Occupation),
            ComparisonLine = m => DemographicsSection.ComparisonHeadline(m.Occupations),
        },
        new("responsibilities", "Tasks")
        {
            ProfilePartial = "_TasksSection", ComparisonPartial = "_CompareTasksSection", ComparisonHeading = "Duties",
            ProfileLine = p => TasksSection.Headline(p.Occupation),
            ComparisonLine = m => TasksSection.ComparisonHeadline(m.Occupations),
        },
        new("work-environment", "Work environment") { ProfilePartial = "_HandbookWorkSection", ProfileLine = p => HandbookSection.WorkEnvironmentHeadline(p.Occupation) },
        new("ai-exposure", "Exposure to AI")
        {
            ProfilePartial = "_AiExposureSection", ComparisonPartial = "_CompareAiExposureSection",
            ProfileLine = p => AiExposureSection.Headline(p.Occupation),
            ComparisonLine = m => m.AiExposure is null ? null : AiExposureSection.ComparisonHeadline(m.Occupations),
        },
        new("skills", "Skills, knowledge and tools")
        {
            ProfilePartial = "_SkillsSection", ComparisonPartial = "_CompareSkillsSection", ComparisonHeading = "Skills",
            ProfileLine = p => SkillsSection.Headline(p.Occupation),
            ComparisonLine = m => SectionLine.FirstSentence(string.Join(" ", m.SkillsSummary)) ?? "The skills each needs, side by side",
        },
        new("moves", "Moves that pay more") { ProfilePartial = "_MovesSection", ProfileLine = p => MovesSection.Headline(p.Occupation) },
        new("skill-moves", "What a move takes") { ComparisonPartial = "_CompareMovesSection", ComparisonLine = m => MovesSection.ComparisonHeadline(m.SkillMoves) },
        new("sources", "Sources and codes") { ProfilePartial = "_CodesSection", ProfileLine = p => CodesSection.Headline(p.Occupation) },
    ];

    private static readonly Dictionary<string, PageSection> ByAnchor = All.ToDictionary(s => s.Anchor, StringComparer.Ordinal);

    /// <summary>The section with this anchor; throws for an anchor no section has, so a typo fails at once.</summary>
    public static PageSection Find(string anchor) => ByAnchor.TryGetValue(anchor, out var section)
        ? section
        : throw new ArgumentException($"No page section has the anchor \"{anchor}\".", nameof(anchor));

    /// <summary>A profile's guide: its sections after the quick facts, in <see cref="SectionOrder.Profile"/>'s order, that have something to show.</summary>
    public static IReadOnlyList<GuideLink> Guide(OccupationProfileViewModel profile) =>
        Links(SectionOrder.Profile.Where(p => p != SectionOrder.ProfileSummary), ByProfilePartial, s => s.Heading, profile);

    /// <summary>A comparison's guide: its sections in <see cref="SectionOrder.Comparison"/>'s order that have something to show.</summary>
    public static IReadOnlyList<GuideLink> Guide(CompareViewModel comparison) =>
        Links(SectionOrder.Comparison, ByComparisonPartial, s => s.ComparisonHeading ?? s.Heading, comparison);

    private static readonly Dictionary<string, PageSection> ByProfilePartial =
        All.Where(s => s.ProfilePartial is not null).ToDictionary(s => s.ProfilePartial!, StringComparer.Ordinal);

    private static readonly Dictionary<string, PageSection> ByComparisonPartial =
        All.Where(s => s.ComparisonPartial is not null).ToDictionary(s => s.ComparisonPartial!, StringComparer.Ordinal);

    private static List<GuideLink> Links(IEnumerable<string> partials, Dictionary<string, PageSection> byPartial, Func<PageSection, string> headingOf, object model)
    {
        return partials.Select(p => byPartial.GetValueOrDefault(p)).OfType<PageSection>()
            .Where(s => s.LineFor(model) is not null).Select(s => new GuideLink(s.Anchor, headingOf(s))).ToList();
    }
}
