using System.Globalization;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ComparisonRows;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>
/// Education (BLS Employment Projections' typical entry education, work experience and training; O*NET's education,
/// experience and training distributions and job zone): what it takes to get in.
/// </summary>
internal static class EducationSection
{
    public static readonly Section Section = new("education", Figures)
    {
        Answers = [(occupations, _, notes) => Answer(occupations, notes)],
        Verdicts = [(occupations, _) => LeastSchooling(occupations)],
    };

    /// <summary>BLS's typical entry education levels, least to most.</summary>
    private static readonly string[] EducationLevels =
    [
        "No formal educational credential", "High school diploma or equivalent", "Some college, no degree",
        "Postsecondary nondegree award", "Associate's degree", "Bachelor's degree", "Master's degree", "Doctoral or professional degree",
    ];

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
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
    ];

    private static AnswerLine? Answer(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var education = Entries(occupations, "education.typicalEntry", "education.mostCommonDegree");
        if (education.Count == 0)
        {
            return null;
        }

        var experience = Entries(occupations, "education.workExperience", "education.yearsOfExperience");
        var training = Entries(occupations, "education.onTheJobTraining", "education.yearsToBecome");
        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        var official = education.Where(e => e.Occupation.IsOfficial && Array.IndexOf(EducationLevels, e.Figure.Text) >= 0)
            .OrderByDescending(e => Array.IndexOf(EducationLevels, e.Figure.Text)).ToList();
        if (official.Count >= 2)
        {
            var top = Array.IndexOf(EducationLevels, official[0].Figure.Text);
            var atTop = official.TakeWhile(e => Array.IndexOf(EducationLevels, e.Figure.Text) == top).ToList();
            if (atTop.Count == official.Count)
            {
                parts.Add($"{Wording.Capitalize(Wording.JoinList(atTop.Select(e => Name(e.Occupation)).ToList()))} all typically start with the same education: {Wording.Lower(official[0].Figure.Text!)}.");
            }
            else if (atTop.Count == 1)
            {
                var nextLevel = official[1].Figure.Text!;
                var next = official.Where(e => e.Figure.Text == nextLevel).Select(e => Name(e.Occupation)).ToList();
                leaderSlug = atTop[0].Occupation.Slug;
                difference = $"{Wording.Lower(official[0].Figure.Text!)} against {Wording.Lower(nextLevel)}";
                parts.Add($"{Wording.Capitalize(Name(atTop[0].Occupation))} {Verb(atTop[0].Occupation, "need", "needs")} {Most(occupations, "more", "the most")} school: typically {WithArticle(official[0].Figure.Text!)} to start, "
                    + $"against {WithArticle(nextLevel)} for {Wording.JoinList(next)}.");
            }
            else
            {
                parts.Add($"{Wording.Capitalize(Wording.JoinList(atTop.Select(e => Name(e.Occupation)).ToList()))} need the most school: typically {WithArticle(official[0].Figure.Text!)} to start.");
            }
        }

        foreach (var occupation in occupations)
        {
            string? Of(List<Entry> list) => list.FirstOrDefault(e => e.Occupation == occupation) is { } e && FigureFormat.Format(e.Figure) is { } text ? text : null;
            var details = occupation.IsOfficial
                ? new[] { Of(education) is { } ed ? Wording.Lower(ed) : null, Of(experience) is { } ex ? $"work experience: {Wording.Lower(ex)}" : null, Of(training) is { } tr ? $"training: {Wording.Lower(tr)}" : null }
                : new[] { Of(education) is { } degree ? $"most common degree: {Wording.Lower(degree)}" : null, Of(training) is { } years ? $"{years} to become one" : null, Of(experience) is { } before ? $"{before} years of experience" : null };
            var known = details.OfType<string>().ToList();
            parts.Add(known.Count > 0
                ? $"{Wording.Capitalize(Name(occupation))}: {string.Join("; ", known)}."
                : $"What it takes to become {Name(occupation)} is not known.");
        }

        if (Mixed(occupations))
        {
            parts.Add("BLS gives the education needed to start; the careers site, the degree most holders have.");
        }

        return new AnswerLine("getting-in", "What does it take to get in?", string.Join(" ", parts), leaderSlug, difference,
            notes.Cite(education.Concat(experience).Concat(training)));
    }

    /// <summary>
    /// "Least schooling: Actors, some college, no degree": the lowest typical entry education among the official
    /// occupations. The careers site gives the degree most holders have, not the one needed to start: not ranked.
    /// </summary>
    private static Verdict? LeastSchooling(IReadOnlyList<OccupationDetails> occupations)
    {
        const string Question = "Least schooling";
        var apart = occupations.Any(o => !o.IsOfficial) ? EstimatesApart : null;
        var official = Entries(occupations.Where(o => o.IsOfficial).ToList(), "education.typicalEntry");
        var levels = official.Where(e => Array.IndexOf(EducationLevels, e.Figure.Text) >= 0).OrderBy(e => Array.IndexOf(EducationLevels, e.Figure.Text)).ToList();
        if (levels.Count == 0)
        {
            return official.Count == 0
                ? new Verdict("schooling", Question, "education", null, "not compared", Note: "the careers site gives the degree most holders have, not the one needed to start")
                : new Verdict("schooling", Question, "education", null, "not known", Note: apart);
        }

        var unknown = official.Where(e => !levels.Contains(e)).Select(e => e.Occupation.Title).ToList();
        var notes = new[] { unknown.Count > 0 ? $"{Wording.JoinList(unknown)}: not known" : null, apart }.OfType<string>().ToList();
        var least = levels.Where(e => e.Figure.Text == levels[0].Figure.Text).ToList();
        if (least.Count > 1)
        {
            notes.Insert(0, least.Count == levels.Count ? "the same for all" : "tie");
        }

        return new Verdict("schooling", Question, "education", least.Count == levels.Count && least.Count > 1 ? null : Wording.JoinList(least.Select(e => e.Occupation.Title).ToList()),
            $"{(least.Count == levels.Count && least.Count > 1 ? levels[0].Figure.Text : Wording.Lower(levels[0].Figure.Text!))} to start, typically", least.Count == 1 && levels.Count > 1 ? least[0].Occupation.Slug : null,
            notes.Count > 0 ? string.Join("; ", notes) : null);
    }

    private static string WithArticle(string level)
    {
        var lower = Wording.Lower(level);
        return lower.EndsWith("degree", StringComparison.Ordinal) || lower.EndsWith("diploma or equivalent", StringComparison.Ordinal)
            || lower.EndsWith("award", StringComparison.Ordinal)
            ? Wording.WithArticle(lower)
            : lower;
    }

    // Like figures of the two sources share a row, each value saying its source: the careers site's most common degree
    // beside BLS's typical entry education.
    internal static readonly RowSpec Education = new(null, ["education.mostCommonDegree.summary", "education.typicalEntry"],
        MixedLabel: "Education (degree held or needed to start)");

    internal static IEnumerable<RowSpec> EducationRows() =>
    [
        Education,
        Spec(null, "education.mostCommonMajor"),
        Spec(null, "education.mostCommonCollege"),
        Spec(null, "education.workExperience"),
        Spec(null, "education.onTheJobTraining"),
        Spec(null, "education.required.top"),
        Spec(null, "experience.related.middle"),
        Spec(null, "training.onTheJob.middle"),
        Spec(null, "education.jobZone.summary"),
    ];

    /// <summary>
    /// O*NET's distributions of related work experience and on-the-job training, each a table with a column an official
    /// occupation that has it; none where no occupation has one.
    /// </summary>
    internal static List<(string Id, string Caption, ChartTable Table)> TimeTables(IReadOnlyList<OccupationDetails> occupations)
    {
        var tables = new List<(string, string, ChartTable)>();
        foreach (var (id, caption, prefix, levels) in new (string, string, string, Func<OccupationDetails, List<EducationShare>>)[]
                 {
                     ("experience-levels", "Related work experience needed (share of O*NET respondents)", "experience.related", o => o.ExperienceLevels),
                     ("training-levels", "On-the-job training needed (share of O*NET respondents)", "training.onTheJob", o => o.TrainingLevels),
                 })
        {
            var rated = occupations.Where(o => o.IsOfficial && levels(o).Count > 0).ToList();
            if (rated.Count == 0)
            {
                continue;
            }

            var periods = rated.SelectMany(levels).GroupBy(l => l.Category).OrderBy(g => g.Key).Select(g => g.First().Level).ToList();
            tables.Add((id, caption, new ChartTable("Time", rated.Select(o => o.Title).ToList(),
                periods.Select(p => new ChartTableRow(p, rated.Select(o => FigureCatalogue.Family(prefix, o)!.Read(o, p)).ToList())).ToList())));
        }

        return tables;
    }

    /// <summary>The education section's one-line answer: "Typical entry education: Bachelor's degree (BLS Employment Projections, 2024–34)".</summary>
    internal static string Headline(OccupationDetails o) =>
        SectionLine.Cite($"Typical entry education: {SectionLine.Text(FigureCatalogue.Read("education.typicalEntry", o)) ?? FigureFormat.Unknown}",
            FigureCatalogue.SourceOf("education.typicalEntry", o));
}
