using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

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
        var summary = string.Join(" ", occupations.Select((o, i) => SalarySentence(o, points[i], hourly)));
        var anyOfficial = occupations.Any(o => o.IsOfficial);
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
        var spec = new ChartSpec(hourly ? "hourly" : "money", true, occupations.Select(o => o.Title).ToList(), datasets);

        var table = anyOfficial
            ? new ChartTable("Occupation", ["10th percentile or low end", "25th percentile", "Median or average", "75th percentile", "90th percentile or high end"],
                occupations.Select((o, i) => new ChartTableRow(o.Title, [points[i].Low, points[i].Lower, points[i].Middle, points[i].Upper, points[i].High])).ToList())
            : new ChartTable("Occupation", ["Low end of range", "Average salary", "High end of range"],
                occupations.Select((o, i) => new ChartTableRow(o.Title, [points[i].Low, points[i].Middle, points[i].High])).ToList());

        var title = hourly ? "Where hourly pay lies" : anyOfficial ? "Where yearly pay lies" : "Salary range and average salary";
        return new ChartViewModel("salary-chart", title, summary, spec, table);
    }

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

    private static string SalarySentence(OccupationDetails o, SalaryPointSet p, bool hourly)
    {
        string Say(Figure f) => FigureFormat.Format(f) ?? "not published";
        if (!o.IsOfficial)
        {
            return FigureFormat.MoneyRange(o.SalaryRangeLow, o.SalaryRangeHigh) is not null
                ? $"{o.Title}: salaries range from {Say(p.Low)} to {Say(p.High)}"
                  + (o.YearlySalary is not null ? $", with an average of {Say(p.Middle)}." : "; the average is unknown.")
                : $"{o.Title}: the salary range is unknown.";
        }

        if (o.WageBasis == WageBasis.HourlyOnly && !hourly)
        {
            return $"{o.Title}: BLS publishes only hourly wages for this occupation, so there are no yearly figures to draw.";
        }

        var per = hourly ? " an hour" : " a year";
        var top = p.High.Status == FigureStatus.TopCoded ? $"a tenth earn {Say(p.High)}" : $"a tenth more than {Say(p.High)}";
        return $"{o.Title}: a tenth earn less than {Say(p.Low)}{per} and {top}; the middle half earn "
            + $"from {Say(p.Lower)} to {Say(p.Upper)}; the median is {Say(p.Middle)}.";
    }

    private static double[]? Pair(Figure low, Figure high) =>
        low.Value is { } l && high.Value is { } h ? new[] { l, h } : null;

    public static ChartViewModel Skills(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var names = occupations.SelectMany(o => o.Skills.Select(s => s.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var summary = string.Join(" ", occupations.Select(o => o.Skills.Count == 0
            ? $"{o.Title}: no skills are listed."
            : $"{o.Title}: " + string.Join(", ", o.Skills.Select(s => $"{s.Name} {(o.IsOfficial ? Importance(s.Importance) : Share(s.SharePercent))}")) + "."));

        var spec = new ChartSpec(occupations.All(o => o.IsOfficial) ? "score" : "percent", true, names,
            occupations.Select(o => new ChartDataset(o.Title, "bar",
                names.Select(n => (object?)SkillValue(o, n)).ToList())).ToList());

        var table = new ChartTable("Skill", occupations.Select(o => o.Title).ToList(),
            names.Select(n => new ChartTableRow(n, occupations.Select(o => FigureCatalogue.SkillFigure(o, n)).ToList())).ToList());

        return new ChartViewModel("skills-chart",
            occupations.All(o => o.IsOfficial) ? "Importance of each skill (O*NET, 1 to 5)" : "Share of job postings that mention each skill", summary, spec, table);
    }

    public static ChartViewModel Gender(IReadOnlyList<OccupationDetails> occupations) =>
        Shares("gender-chart", "Gender ratio", "Gender", occupations, GenderShares(occupations));

    /// <summary>
    /// Gender shares under one name across sources: the careers site says "Female", the CPS "Women"; when both
    /// are compared, the CPS's groups take the careers site's names so they share a row and a bar.
    /// </summary>
    public static Func<OccupationDetails, IReadOnlyList<GroupShare>> GenderShares(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var names = occupations.SelectMany(o => o.Gender.Select(g => g.Group)).ToHashSet(StringComparer.Ordinal);
        string Canonical(string group) => group is "Women" or "Men" && names.Contains(FigureCatalogue.OtherSourcesGenderName(group))
            ? FigureCatalogue.OtherSourcesGenderName(group)
            : group;
        return o => o.Gender.Select(g => g with { Group = Canonical(g.Group) }).ToList();
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
        var summary = string.Join(" ", official.Select(o => o.EducationLevels.Count == 0
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
        static string Name(OccupationDetails o) =>
            o.DemographicsRowShared ? $"{o.Title} (figures for the broader group {o.DemographicsSourceRow})" : o.Title;
        var summary = string.Join(" ", occupations.Select(o => select(o).Count == 0
            ? $"{Name(o)}: not known."
            : $"{Name(o)}: " + string.Join(", ", select(o).Select(g => $"{g.Group} {ShareOneDecimal(g.Percent)}")) + "."));

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
