using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// Builds the charts shared by the profile (one occupation) and the comparison (several): the numbers for
/// the drawing, a sentence saying what the chart shows, and a table holding the same numbers.
/// </summary>
public static class ChartBuilder
{
    public static ChartViewModel Salary(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var summary = string.Join(" ", occupations.Select(o =>
            FigureFormat.MoneyRange(o.SalaryRangeLow, o.SalaryRangeHigh) is { } range
                ? $"{o.Title}: salaries range from {FigureFormat.Money(o.SalaryRangeLow!.Value)} to {FigureFormat.Money(o.SalaryRangeHigh!.Value)}"
                  + (o.YearlySalary is { } avg ? $", with an average of {FigureFormat.Money(avg)}." : "; the average is unknown.")
                : $"{o.Title}: the salary range is unknown."));

        var spec = new ChartSpec(
            Unit: "money",
            Horizontal: true,
            Labels: occupations.Select(o => o.Title).ToList(),
            Datasets:
            [
                new("Salary range", "range", occupations.Select(o =>
                    o.SalaryRangeLow is { } low && o.SalaryRangeHigh is { } high ? new[] { low, high } : (object?)null).ToList()),
                new("Average salary", "point", occupations.Select(o => (object?)o.YearlySalary).ToList()),
            ]);

        var table = new ChartTable("Occupation", ["Low end of range", "Average salary", "High end of range"],
            occupations.Select(o => new ChartTableRow(o.Title,
                [Figure.Money(o.SalaryRangeLow), Figure.Money(o.YearlySalary), Figure.Money(o.SalaryRangeHigh)])).ToList());

        return new ChartViewModel("salary-chart", "Salary range and average salary", summary, spec, table);
    }

    public static ChartViewModel Skills(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var names = occupations.SelectMany(o => o.Skills.Select(s => s.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var summary = string.Join(" ", occupations.Select(o => o.Skills.Count == 0
            ? $"{o.Title}: no skills are listed."
            : $"{o.Title}: " + string.Join(", ", o.Skills.Select(s => $"{s.Name} {Share(s.SharePercent)}")) + "."));

        var spec = new ChartSpec("percent", true, names,
            occupations.Select(o => new ChartDataset(o.Title, "bar",
                names.Select(n => (object?)SkillShare(o, n)).ToList())).ToList());

        var table = new ChartTable("Skill", occupations.Select(o => o.Title).ToList(),
            names.Select(n => new ChartTableRow(n, occupations.Select(o => SkillFigure(o, n)).ToList())).ToList());

        return new ChartViewModel("skills-chart", "Share of job postings that mention each skill", summary, spec, table);
    }

    public static ChartViewModel Gender(IReadOnlyList<OccupationDetails> occupations) =>
        Shares("gender-chart", "Gender ratio", "Gender", occupations, o => o.Gender);

    public static ChartViewModel Race(IReadOnlyList<OccupationDetails> occupations) =>
        Shares("race-chart", "Race and ethnicity", "Race or ethnicity", occupations, o => o.Race);

    /// <summary>The skill's share for this occupation, "not listed" when it is not among its top skills.</summary>
    public static Figure SkillFigure(OccupationDetails occupation, string skill)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        var found = occupation.Skills.FirstOrDefault(s => string.Equals(s.Name, skill, StringComparison.OrdinalIgnoreCase));
        return found is null ? Figure.Words("not listed") : Figure.Percent(found.SharePercent);
    }

    private static int? SkillShare(OccupationDetails occupation, string skill) =>
        occupation.Skills.FirstOrDefault(s => string.Equals(s.Name, skill, StringComparison.OrdinalIgnoreCase))?.SharePercent;

    private static ChartViewModel Shares(
        string id, string title, string rowHeader, IReadOnlyList<OccupationDetails> occupations, Func<OccupationDetails, IReadOnlyList<GroupShare>> select)
    {
        var groups = occupations.SelectMany(o => select(o).Select(g => g.Group)).Distinct(StringComparer.Ordinal).ToList();
        var summary = string.Join(" ", occupations.Select(o => select(o).Count == 0
            ? $"{o.Title}: not known."
            : $"{o.Title}: " + string.Join(", ", select(o).Select(g => $"{g.Group} {ShareOneDecimal(g.Percent)}")) + "."));

        var spec = new ChartSpec("percent", true, groups,
            occupations.Select(o => new ChartDataset(o.Title, "bar",
                groups.Select(g => (object?)select(o).FirstOrDefault(s => s.Group == g)?.Percent).ToList())).ToList());

        var table = new ChartTable(rowHeader, occupations.Select(o => o.Title).ToList(),
            groups.Select(g => new ChartTableRow(g,
                occupations.Select(o => Figure.PercentOneDecimal(select(o).FirstOrDefault(s => s.Group == g)?.Percent)).ToList())).ToList());

        return new ChartViewModel(id, title, summary, spec, table);
    }

    private static string Share(int? percent) => percent is { } p ? FigureFormat.Percent(p) : "(share unknown)";

    private static string ShareOneDecimal(double? percent) => percent is { } p ? FigureFormat.Percent(p, 1) : "unknown";
}
