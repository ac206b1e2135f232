using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ComparisonRows;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>
/// Jobs (OEWS) and their projections (BLS Employment Projections): which grows faster, which has more openings.
/// </summary>
internal static class JobsSection
{
    public static readonly Section Section = new("jobs", Figures)
    {
        Answers = [(occupations, _, notes) => Growth(occupations, notes), (occupations, _, notes) => Openings(occupations, notes)],
        Verdicts = [(occupations, _) => GrowsFastest(occupations), (occupations, _) => MostOpenings(occupations)],
    };

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
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
    ];

    private static AnswerLine? Growth(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var entries = Entries(occupations, "projections.changePercent", "jobs.growthRate");
        if (entries.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        string Say(Entry e) => e.Text + Outlook(e);
        foreach (var group in BySource(entries))
        {
            var span = group[0].Occupation.IsOfficial ? $" from {OfficialFiles.ProjectionsFirstYear} to {OfficialFiles.ProjectionsLastYear}" : " (careers-site estimate, no period given)";
            var lead = Lead(group);
            if (lead is { } l)
            {
                var points = FigureFormat.Number(Math.Round(l.Leader.Value - l.Next.Value, 1));
                parts.Add($"{Wording.Capitalize(Name(l.Leader.Occupation))} {Verb(l.Leader.Occupation, "grow", "grows")} {Most(occupations, "faster", "fastest")}: "
                    + $"{l.Leader.Text}{span}{Outlook(l.Leader)}, {points} percentage points more than {Name(l.Next.Occupation)} ({Say(l.Next)}).");
                foreach (var other in group.Where(e => e.Known && e != l.Leader && e != l.Next))
                {
                    parts.Add($"{Wording.Capitalize(Name(other.Occupation))}: {Say(other)}.");
                }

                if (leaderSlug is null)
                {
                    leaderSlug = l.Leader.Occupation.Slug;
                    difference = $"{points} points";
                }
            }
            else
            {
                var known = group.Where(e => e.Known).ToList();
                if (known.Count >= 2)
                {
                    parts.Add($"{Wording.Capitalize(Wording.JoinList(known.Select(e => Name(e.Occupation)).ToList()))} grow at the same rate: {known[0].Text}{span}{Outlook(known[0])}.");
                }
                else if (known.Count == 1)
                {
                    parts.Add($"{Wording.Capitalize(Name(known[0].Occupation))}: {known[0].Text}{span}{Outlook(known[0])}.");
                }
            }

            foreach (var missing in group.Where(e => !e.Known))
            {
                parts.Add($"The growth of {Name(missing.Occupation)} is {missing.Text}.");
            }
        }

        if (entries.Any(e => e.Occupation.IsOfficial))
        {
            parts.Add($"The average for all occupations is {FigureFormat.Percent(OfficialFiles.AllOccupationsGrowthPercent, 1)}.");
        }

        if (Mixed(occupations))
        {
            parts.Add("The careers site's growth rate and BLS's projection are not ranked against each other.");
        }

        return new AnswerLine("growth", "Which grows faster?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(entries));
    }

    /// <summary>"Grows fastest: Software Developers, 15.8% in 2024–34, much faster than average"; the careers site's rate among its own.</summary>
    private static Verdict? GrowsFastest(IReadOnlyList<OccupationDetails> occupations) =>
        Leading("growth", "Grows fastest", "outlook", Entries(occupations, "projections.changePercent", "jobs.growthRate"),
            e => e.Occupation.IsOfficial ? $"{e.Text} in {OfficialSources.Projections.Vintage}{Outlook(e)}" : $"{e.Text} (careers-site estimate)");

    /// <summary>"Most openings: Registered Nurses, 189,100 a year in 2024–34"; the careers site gives none.</summary>
    private static Verdict? MostOpenings(IReadOnlyList<OccupationDetails> occupations)
    {
        var none = occupations.Where(o => !o.IsOfficial).Select(o => o.Title).ToList();
        var noneSaid = none.Count == 0 ? null : $"the careers site gives none for {Wording.JoinList(none)}";
        return Leading("openings", "Most openings", "outlook", Entries(occupations, "projections.annualOpenings"), e => $"{e.Text} a year in {OfficialSources.Projections.Vintage}")
                is { } verdict
            ? verdict with { Note = string.Join("; ", new[] { verdict.Note, noneSaid }.OfType<string>()) is { Length: > 0 } note ? note : null }
            : new Verdict("openings", "Most openings", "outlook", null, "not known", Note: noneSaid);
    }

    /// <summary>", much faster than average": BLS's words for an official projection; nothing for an estimate.</summary>
    private static string Outlook(Entry e) =>
        e.Occupation.IsOfficial && Wording.GrowthOutlook(e.Known ? e.Value : null) is { } words ? $", {words}" : string.Empty;

    private static AnswerLine? Openings(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var entries = Entries(occupations, "projections.annualOpenings");
        if (entries.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        var lead = Lead(entries);
        if (lead is { } l)
        {
            var ahead = Ahead(l.Leader, l.Next, occupations[0], "many");
            difference = ahead.Difference;
            leaderSlug = l.Leader.Occupation.Slug;
            parts.Add($"{Wording.Capitalize(Name(l.Leader.Occupation))} {Verb(l.Leader.Occupation, "have", "has")} {Most(occupations, "more", "the most")} openings: "
                + $"{l.Leader.Text} a year on average, {OfficialSources.Projections.Vintage}, {ahead.MoreThan(Name(l.Next.Occupation), l.Next.Text)}.");
            var others = entries.Where(e => e.Known && e != l.Leader && e != l.Next).Select(e => $"{Name(e.Occupation)} {e.Text}").ToList();
            if (others.Count > 0)
            {
                parts.Add($"Then {Wording.JoinList(others)}.");
            }
        }
        else if (entries.Count(e => e.Known) >= 2)
        {
            var known = entries.Where(e => e.Known).ToList();
            parts.Add($"{Wording.Capitalize(Wording.JoinList(known.Select(e => Name(e.Occupation)).ToList()))} have the same number of openings, {known[0].Text} a year.");
        }
        else if (entries.FirstOrDefault(e => e.Known) is { } lone)
        {
            parts.Add($"{Wording.Capitalize(Name(lone.Occupation))}: {lone.Text} openings a year on average, {OfficialSources.Projections.Vintage}.");
        }

        parts.AddRange(entries.Where(e => !e.Known).Select(e => $"Openings for {Name(e.Occupation)}: {e.Text}."));
        var without = occupations.Where(o => !o.IsOfficial).Select(Name).ToList();
        if (without.Count > 0)
        {
            parts.Add($"The careers site gives no openings for {Wording.JoinList(without)}.");
        }

        return new AnswerLine("openings", "Which has more openings?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(entries));
    }

    /// <summary>The careers site's growth rate beside BLS's projection, each value saying its source.</summary>
    internal static readonly RowSpec GrowthRow = new("Growth rate", ["jobs.growthRate", "projections.changePercent"],
        MixedLabel: $"Growth (rate or {OfficialSources.Projections.Vintage} projection)");

    internal static readonly RowSpec JobsRow = new("Number of jobs", ["jobs.count", "jobs.employment"], MixedLabel: "Number of jobs");

    internal static IEnumerable<RowSpec> OutlookRows() =>
    [
        Spec(null, "jobs.employment"),
        new(null, ["jobs.employment.change"], Signed: true),
        new(null, ["jobs.history.change"], Signed: true),
        Spec(null, "projections.employment2024"),
        Spec(null, "projections.employment2034"),
        Spec(null, "projections.change"),
        Spec(null, "projections.changePercent"),
        Spec(null, "projections.outlook"),
        Spec(null, "projections.annualOpenings"),
    ];

    /// <summary>The jobs section's one-line answer: "3,379,720 jobs; projected growth +4.9%, faster than average, 2024–34 (…)".</summary>
    internal static string Headline(OccupationDetails o)
    {
        var jobs = SectionLine.Text(FigureCatalogue.Read("jobs.employment", o));
        var growth = FigureFormat.GrowthWithOutlook(o.GrowthRatePercent);
        return SectionLine.Cite($"{(jobs is null ? "Jobs: not published" : $"{jobs} jobs")}; projected growth {growth ?? FigureFormat.Unknown}, {OfficialSources.Projections.Vintage}",
            FigureCatalogue.SourceOf("jobs.employment", o), OfficialSources.Projections);
    }
}
