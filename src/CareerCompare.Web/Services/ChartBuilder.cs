using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Sections;

namespace CareerCompare.Web.Services;

/// <summary>
/// Builds the charts shared by the profile (one occupation) and the comparison (several): the numbers for
/// the drawing, a sentence saying what the chart shows, and a table holding the same numbers.
/// </summary>
public static class ChartBuilder
{
    /// <summary>
    /// Where pay lies: for official occupations the 10th to 90th percentile, the middle half (25th to 75th)
    /// and the median; for the careers site's occupations its range and average.
    /// </summary>
    public static ChartViewModel Salary(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        // Hourly-only occupations (actors, dancers…) have no yearly figures: alone, they get an hourly chart.
        var hourly = occupations.All(o => o.IsOfficial && o.WageBasis == WageBasis.HourlyOnly);
        var period = hourly ? WagePeriod.Hourly : WagePeriod.Annual;
        var points = occupations.Select(o => SalaryPoints(o, period)).ToList();
        var summary = occupations.Count == 1 ? SalarySentence(occupations[0], points[0], hourly) : SalarySummary(occupations, points, hourly);
        var anyOfficial = occupations.Any(o => o.IsOfficial);
        var labels = occupations.Select(o => o.Title).ToList();
        if (anyOfficial && !hourly)
        {
            // The median of all occupations, for reference: where the middle of the whole labour market lies.
            var none = Figure.Money(null);
            points.Add(new(none, none, Figure.Money(OfficialFiles.AllOccupationsMedianYearly), none, none));
            labels.Add(AllOccupationsLabel);
            summary = summary.TrimEnd('.') + $"; all occupations: median {FigureFormat.Money(OfficialFiles.AllOccupationsMedianYearly)}.";
        }

        var anyEstimate = occupations.Any(o => !o.IsOfficial);
        var rangeLabel = (anyOfficial, anyEstimate) switch
        {
            (true, true) => "10th to 90th percentile (official) or salary range (careers site)",
            (true, false) => "10th to 90th percentile",
            _ => "Salary range",
        };
        var pointLabel = (anyOfficial, anyEstimate) switch
        {
            (true, true) => "Median (official) or average salary (careers site)",
            (true, false) => "Median salary",
            _ => "Average salary",
        };

        List<ChartDataset> datasets = [new(rangeLabel, "range", points.Select(p => (object?)Pair(p.Low, p.High)).ToList())];
        if (anyOfficial)
        {
            datasets.Add(new("25th to 75th percentile", "range", points.Select(p => (object?)Pair(p.Lower, p.Upper)).ToList()));
        }

        datasets.Add(new(pointLabel, "point", points.Select(p => (object?)p.Middle.Value).ToList()));
        var spec = new ChartSpec(hourly ? "hourly" : "money", true, labels, datasets);

        var table = anyOfficial
            ? new ChartTable("Occupation", ["10th percentile or low end", "25th percentile", "Median or average", "75th percentile", "90th percentile or high end"],
                labels.Select((label, i) => new ChartTableRow(label, [points[i].Low, points[i].Lower, points[i].Middle, points[i].Upper, points[i].High])).ToList())
            : new ChartTable("Occupation", ["Low end of range", "Average salary", "High end of range"],
                occupations.Select((o, i) => new ChartTableRow(o.Title, [points[i].Low, points[i].Middle, points[i].High])).ToList());

        var title = hourly ? "Where hourly pay lies" : anyOfficial ? "Where yearly pay lies" : "Salary range and average salary";
        return new ChartViewModel("salary-chart", title, summary, spec, table);
    }

    /// <summary>
    /// How the median moved since May 2019 (nominal dollars): a line per official occupation, a point per year whose file has
    /// its code (a gap where it has not), the yearly median or, for hourly-only occupations alone, the hourly one; a
    /// top-coded or withheld median is not drawn, and the table says why. Null where no occupation has two years.
    /// </summary>
    public static ChartViewModel? History(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var official = occupations.Where(o => o.IsOfficial && o.WageHistory.Count > 1).ToList();
        var hourly = official.Count > 0 && official.All(o => o.WageBasis == WageBasis.HourlyOnly);
        official = official.Where(o => (o.WageBasis == WageBasis.HourlyOnly) == hourly).ToList();
        if (official.Count == 0)
        {
            return null;
        }

        var years = official.SelectMany(o => o.WageHistory.Select(p => p.Year)).Distinct().Order().ToList();
        Figure MedianIn(OccupationDetails o, int year) =>
            o.WageHistory.FirstOrDefault(p => p.Year == year)?.Median.Figure ?? new Figure(hourly ? FigureKind.MoneyCents : FigureKind.Money, null);
        var datasets = official.Select(o => new ChartDataset(o.Title, "line",
            years.Select(y => MedianIn(o, y) is { Status: FigureStatus.Published, Value: { } v } ? (object?)v : null).ToList())).ToList();
        var spec = new ChartSpec(hourly ? "hourly" : "money", false, years.Select(y => $"May {y}").ToList(), datasets);
        var table = new ChartTable("Year", official.Select(o => o.Title).ToList(),
            // Exactly the drawn numbers: a top-coded or withheld median is not drawn, so its cell is empty here (the
            // profile's history table beside it says "or more" or "not published").
            years.Select(y => new ChartTableRow($"May {y}", official.Select(o => Drawn(MedianIn(o, y))).ToList())).ToList());

        static Figure Drawn(Figure f) => f.Status == FigureStatus.Published ? f : f with { Value = null, Status = FigureStatus.Published };
        var parts = official.Select(o =>
        {
            var (since, percent) = o.HistoryChange(p => p.Median.Figure);
            var first = o.WageHistory.FirstOrDefault(p => p.Year == since);
            return since is null || first is null
                ? $"{o.Title}: no change can be worked out (a top-coded or withheld median)"
                : $"{o.Title} from {FigureFormat.Format(first.Median.Figure)} (May {since}) to {FigureFormat.Format(o.WageHistory[^1].Median.Figure)} "
                    + $"(May {o.WageHistory[^1].Year}), {FigureFormat.SignedPercent(Figure.PercentOneDecimal(percent))}";
        });
        var summary = $"Median {(hourly ? "hourly" : "yearly")} wage by year, nominal dollars (not adjusted for inflation): {string.Join("; ", parts)}.";
        return new ChartViewModel("history-chart", hourly ? "How the median hourly wage moved" : "How the median yearly wage moved", summary, spec, table);
    }

    /// <summary>The reference bar of the yearly wage chart.</summary>
    public const string AllOccupationsLabel = "All occupations (median, for reference)";

    private sealed record SalaryPointSet(Figure Low, Figure Lower, Figure Middle, Figure Upper, Figure High);

    private static SalaryPointSet SalaryPoints(OccupationDetails o, WagePeriod period)
    {
        if (!o.IsOfficial)
        {
            var none = Figure.Money(null);
            return new(Figure.Money(o.SalaryRangeLow), none, Figure.Money(o.YearlySalary), none, Figure.Money(o.SalaryRangeHigh));
        }

        return new(o.Wage(period, WageMeasure.Percentile10), o.Wage(period, WageMeasure.Percentile25),
            o.Wage(period, WageMeasure.Median), o.Wage(period, WageMeasure.Percentile75),
            o.Wage(period, WageMeasure.Percentile90));
    }

    /// <summary>One line on one occupation's pay: its median (or the careers site's average) and where the middle half lies.</summary>
    private static string SalarySentence(OccupationDetails o, SalaryPointSet p, bool hourly)
    {
        string Say(Figure f) => FigureFormat.Format(f) ?? FigureFormat.NotPublished;
        if (!o.IsOfficial)
        {
            var range = $"salaries range from {Say(p.Low)} to {Say(p.High)}";
            return FigureFormat.MoneyRange(o.SalaryRangeLow, o.SalaryRangeHigh) is null ? "The salary range is unknown."
                : o.YearlySalary is not null ? $"Average {Say(p.Middle)} a year; {range}."
                : $"{Wording.Capitalize(range)}; the average is unknown.";
        }

        if (o.WageBasis == WageBasis.HourlyOnly && !hourly)
        {
            return "BLS publishes only hourly wages for this occupation, so there are no yearly figures to draw.";
        }

        var per = hourly ? " an hour" : " a year";
        return $"Median {Say(p.Middle)}{per}; the middle half earn {Say(p.Lower)} to {Say(p.Upper)}.";
    }

    /// <summary>One line on several occupations' pay: the lowest and the highest median (or average), never across sources.</summary>
    private static string SalarySummary(IReadOnlyList<OccupationDetails> occupations, List<SalaryPointSet> points, bool hourly)
    {
        if (occupations.Select(o => o.IsOfficial).Distinct().Count() > 1)
        {
            return "Official occupations show their 10th to 90th percentile and median, the careers site's occupations their salary range and average; "
                + "figures from the two sources are not compared.";
        }

        var measure = occupations[0].IsOfficial ? "Medians" : "Averages";
        var known = occupations.Select((o, i) => (o.Title, Figure: points[i].Middle)).Where(x => x.Figure.IsKnown).OrderBy(x => x.Figure.Value).ToList();
        if (known.Count < 2)
        {
            return $"Where each occupation's pay lies; {measure.ToLowerInvariant()} are known for {(known.Count == 0 ? "none" : "one")} of them.";
        }

        var per = hourly ? " an hour" : " a year";
        return $"{measure} from {FigureFormat.Format(known[0].Figure)} ({known[0].Title}) to {FigureFormat.Format(known[^1].Figure)}{per} ({known[^1].Title}).";
    }

    private static double[]? Pair(Figure low, Figure high) =>
        low.Value is { } l && high.Value is { } h ? new[] { l, h } : null;

    public static ChartViewModel Skills(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var names = occupations.SelectMany(o => o.Skills.Select(s => s.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var summary = SkillsSummary(occupations);

        // O*NET rates importance from 1 (not important) to 5 (extremely important): the axis spans that scale, from its minimum.
        var official = occupations.All(o => o.IsOfficial);
        var spec = new ChartSpec(official ? "score" : "percent", true, names,
            occupations.Select(o => new ChartDataset(o.Title, "bar",
                names.Select(n => (object?)SkillValue(o, n)).ToList())).ToList(),
            Min: official ? ImportanceMinimum : null, Max: official ? ImportanceMaximum : null);

        var table = new ChartTable("Skill", occupations.Select(o => o.Title).ToList(),
            names.Select(n => new ChartTableRow(n, occupations.Select(o => SkillsSection.SkillFigure(o, n)).ToList())).ToList());

        return new ChartViewModel("skills-chart",
            occupations.All(o => o.IsOfficial) ? "Importance of each skill (O*NET, 1 to 5)" : "Share of job postings that mention each skill", summary, spec, table);
    }

    /// <summary>
    /// O*NET's six interest scores (RIASEC, 1 to 7) of each official occupation that has them, on the scale's own ends;
    /// the line names each one's strongest interests.
    /// </summary>
    public static ChartViewModel Interests(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var rated = occupations.Where(o => o.IsOfficial && o.Interests.Count > 0).ToList();
        var names = Data.InterestArea.Names;
        var spec = new ChartSpec("score", true, names,
            rated.Select(o => new ChartDataset(o.Title, "bar", names.Select(n => (object?)o.Interests.FirstOrDefault(i => i.Name == n)?.Score).ToList())).ToList(),
            Min: InterestMinimum, Max: InterestMaximum);
        var table = new ChartTable("Interest", rated.Select(o => o.Title).ToList(),
            names.Select(n => new ChartTableRow(n, rated.Select(o => FigureCatalogue.Family("interests", o)!.Read(o, n)).ToList())).ToList());
        string Strongest(OccupationDetails o) => FigureCatalogue.Read("interests.code", o).Text ?? "none named";
        var summary = rated.Count == 1 ? $"Strongest: {Strongest(rated[0])}."
            : "Strongest: " + string.Join("; ", rated.Select(o => $"{Strongest(o)} ({o.Title})")) + ".";
        return new ChartViewModel("interests-chart", "How well the work fits each interest (O*NET, 1 to 7)", summary, spec, table);
    }

    /// <summary>The ends of O*NET's interest scale.</summary>
    public const double InterestMinimum = 1, InterestMaximum = 7;

    /// <summary>The ends of O*NET's importance scale.</summary>
    public const double ImportanceMinimum = 1, ImportanceMaximum = 5;

    /// <summary>One line: each occupation's most important skill (O*NET) or the one most postings mention (careers site).</summary>
    private static string SkillsSummary(IReadOnlyList<OccupationDetails> occupations)
    {
        static string Top(OccupationDetails o) => o.IsOfficial
            ? $"{o.Skills[0].Name}, {Importance(o.Skills[0].Importance)}"
            : $"{o.Skills[0].Name}, in {Share(o.Skills[0].SharePercent)} of job postings";
        var rated = occupations.Where(o => o.Skills.Count > 0).ToList();
        var lead = occupations.All(o => o.IsOfficial) ? "Most important" : occupations.All(o => !o.IsOfficial) ? "Most mentioned" : "First listed";
        return rated.Count == 0 ? "No skills are listed."
            : occupations.Count == 1 ? $"{lead}: {Top(rated[0])}."
            : $"{lead}: " + string.Join("; ", rated.Select(o => $"{Top(o)} ({o.Title})")) + ".";
    }

    /// <summary>
    /// Gender shares under one name across sources: the careers site says "Female", the CPS "Women"; when both
    /// are compared, the CPS's groups take the careers site's names so they share a row and a bar.
    /// </summary>
    public static Func<OccupationDetails, IReadOnlyList<GroupShare>> GenderShares(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var names = occupations.SelectMany(o => o.Gender.Select(g => g.Group)).ToHashSet(StringComparer.Ordinal);
        string Canonical(string group) => group is "Women" or "Men" && names.Contains(DemographicsSection.OtherSourcesGenderName(group))
            ? DemographicsSection.OtherSourcesGenderName(group)
            : group;
        return o => o.Gender.Select(g => g with { Group = Canonical(g.Group) }).ToList();
    }

    /// <summary>
    /// Gender as one bar per occupation, its groups adding up to 100%. The survey (CPS) publishes the share of women only:
    /// the rest of the bar is men, written as such. Occupations whose shares are not known get no bar.
    /// </summary>
    public static ChartViewModel GenderSplit(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var named = GenderShares(occupations);
        List<(OccupationDetails Occupation, List<GroupShare> Shares)> split = occupations.Select(o => (o, Whole(o, named(o))))
            .Where(x => x.Item2.Count > 0).ToList();
        var groups = split.SelectMany(x => x.Shares.Select(g => g.Group)).Distinct(StringComparer.Ordinal).ToList();
        double? Share(List<GroupShare> shares, string group) => shares.FirstOrDefault(g => g.Group == group)?.Percent;

        var spec = new ChartSpec("percent", true, split.Select(x => x.Occupation.Title).ToList(),
            groups.Select(g => new ChartDataset(g, "bar", split.Select(x => (object?)Share(x.Shares, g)).ToList())).ToList(),
            Stacked: true, Min: 0, Max: 100);
        var table = new ChartTable("Gender", split.Select(x => x.Occupation.Title).ToList(),
            groups.Select(g => new ChartTableRow(g, split.Select(x => Figure.PercentOneDecimal(Share(x.Shares, g))).ToList())).ToList());
        var derived = split.Any(x => x.Occupation.IsOfficial) ? " The survey gives the share of women; the rest are men." : string.Empty;
        var summary = split.Count switch
        {
            0 => "Not known.",
            1 => string.Join(", ", split[0].Shares.Select((g, i) => $"{(i == 0 ? g.Group : Wording.Lower(g.Group))} {ShareOneDecimal(g.Percent)}")) + "." + derived,
            _ => $"Share of {Wording.Lower(groups[0])}: " + string.Join(", ", split.Select(x => $"{ShareOneDecimal(Share(x.Shares, groups[0]))} ({x.Occupation.Title})")) + "." + derived,
        };
        return new ChartViewModel("gender-chart", split.Count > 1 ? "Gender: each bar is one occupation's workers (100%)" : "Gender: all workers (100%)",
            summary, spec, table);
    }

    /// <summary>
    /// An occupation's gender shares as parts of a whole: the careers site gives both; the survey gives women, and the rest
    /// are men. Empty when the shares are not known (or not published).
    /// </summary>
    private static List<GroupShare> Whole(OccupationDetails o, IReadOnlyList<GroupShare> shares)
    {
        if (shares.Count == 0 || shares.Any(s => s.Percent is null))
        {
            return [];
        }

        if (!o.IsOfficial || shares.Count > 1)
        {
            // Women first, as the survey gives them, then the rest.
            return [.. shares.OrderBy(s => s.Group is "Women" or "Female" ? 0 : 1)];
        }

        var women = shares[0];
        var rest = Math.Round(100 - women.Percent!.Value, 1, MidpointRounding.AwayFromZero);
        // "Female" where the survey's groups take the careers site's names (a comparison of both), "Women" otherwise.
        return [women, women with { Group = women.Group == "Female" ? "Male" : "Men", Percent = rest }];
    }

    public static ChartViewModel Race(IReadOnlyList<OccupationDetails> occupations) =>
        Shares("race-chart", "Race and ethnicity", "Race or ethnicity", occupations, o => o.Race);

    private static double? SkillValue(OccupationDetails occupation, string skill) =>
        occupation.Skills.FirstOrDefault(s => string.Equals(s.Name, skill, StringComparison.OrdinalIgnoreCase)) is { } s
            ? occupation.IsOfficial ? s.Importance : s.SharePercent
            : null;

    /// <summary>O*NET's distribution of the education the job requires, by level.</summary>
    public static ChartViewModel Education(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var official = occupations.Where(o => o.IsOfficial).ToList();
        var levels = official.SelectMany(o => o.EducationLevels).GroupBy(e => e.Category).OrderBy(g => g.Key)
            .Select(g => g.First().Level).ToList();
        var summary = official.Count == 1
            ? official[0].EducationLevels.Count == 0 ? "O*NET has no education ratings." : $"Most respondents name {FigureFormat.TopEducation(official[0].EducationLevels)}."
            : string.Join(" ", official.Select(o => o.EducationLevels.Count == 0
                ? $"{o.Title}: O*NET has no education ratings."
                : $"{o.Title}: most respondents name {FigureFormat.TopEducation(o.EducationLevels)}."));
        var spec = new ChartSpec("percent", true, levels, official.Select(o => new ChartDataset(o.Title, "bar",
            levels.Select(l => (object?)o.EducationLevels.FirstOrDefault(e => e.Level == l)?.Percent).ToList())).ToList());
        var table = new ChartTable("Education level", official.Select(o => o.Title).ToList(),
            levels.Select(l => new ChartTableRow(l, official.Select(o =>
                o.EducationLevels.FirstOrDefault(e => e.Level == l)?.Figure ?? Figure.PercentOneDecimal(null)).ToList())).ToList());
        return new ChartViewModel("education-chart", "Education the job requires (share of O*NET respondents)", summary, spec, table);
    }

    private static ChartViewModel Shares(
        string id, string title, string rowHeader, IReadOnlyList<OccupationDetails> occupations, Func<OccupationDetails, IReadOnlyList<GroupShare>> select)
    {
        var groups = occupations.SelectMany(o => select(o).Select(g => g.Group)).Distinct(StringComparer.Ordinal).ToList();
        // One line: each occupation's largest group; the table below holds every share.
        static string Largest(IReadOnlyList<GroupShare> shares) => shares.Where(g => g.Percent is not null).MaxBy(g => g.Percent) is { } top
            ? $"{top.Group} {ShareOneDecimal(top.Percent)}"
            : "not published";
        var known = occupations.Where(o => select(o).Count > 0).ToList();
        var summary = known.Count == 0 ? "Not known."
            : occupations.Count == 1 ? $"Largest group: {Largest(select(known[0]))}."
            : "Largest group: " + string.Join("; ", known.Select(o => $"{Largest(select(o))} ({o.Title})")) + ".";

        var spec = new ChartSpec("percent", true, groups,
            occupations.Select(o => new ChartDataset(o.Title, "bar",
                groups.Select(g => (object?)select(o).FirstOrDefault(s => s.Group == g)?.Percent).ToList())).ToList());

        var table = new ChartTable(rowHeader, occupations.Select(o => o.Title).ToList(),
            groups.Select(g => new ChartTableRow(g,
                occupations.Select(o => Figure.PercentOneDecimal(select(o).FirstOrDefault(s => s.Group == g)?.Percent)).ToList())).ToList());

        return new ChartViewModel(id, title, summary, spec, table);
    }

    private static string Importance(double? importance) => FigureFormat.Importance(importance) ?? "(importance unknown)";

    private static string Share(int? percent) => percent is { } p ? FigureFormat.Percent(p) : "(share unknown)";

    private static string ShareOneDecimal(double? percent) => percent is { } p ? FigureFormat.Percent(p, 1) : "not published";
}
