using System.Text.RegularExpressions;
using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>What a comparison address led to: the page, or why there is none.</summary>
public sealed record ComparisonResult(CompareViewModel? Model, int StatusCode, string? Problem, string? RedirectSlug = null);

/// <summary>Builds the side-by-side comparison of two to four occupations, section by section.</summary>
public sealed partial class ComparisonService(CareerCompareDbContext db)
{
    public const int MaxOccupations = 4;
    public const string Separator = "-vs-";

    public static string PairPath(IEnumerable<string> slugs) => string.Join(Separator, slugs);

    public async Task<ComparisonResult> GetAsync(string pair, CancellationToken cancellationToken)
    {
        var slugs = (pair ?? string.Empty).Split(Separator);
        if (slugs.Length < 2 || slugs.Length > MaxOccupations || slugs.Any(s => !SlugPattern().IsMatch(s)))
        {
            return new ComparisonResult(null, StatusCodes.Status404NotFound,
                $"There is no comparison at this address. A comparison address names two to {MaxOccupations} occupations joined by \"-vs-\", "
                + "like /compare/patient-relations-director-vs-patient-account-manager.");
        }

        var occupations = await db.GetDetailsAsync(slugs, cancellationToken);
        var missing = slugs.Where(s => occupations.All(o => o.Slug != s)).ToList();
        if (missing.Count > 0)
        {
            return new ComparisonResult(null, StatusCodes.Status404NotFound,
                $"We have no occupation called \"{string.Join("\", \"", missing)}\". Pick occupations from the list below.");
        }

        var twice = slugs.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            var title = occupations.First(o => o.Slug == twice.Key).Title;
            return new ComparisonResult(null, StatusCodes.Status400BadRequest,
                $"{title} is in this comparison twice. Pick different occupations to compare, or read its profile.", twice.Key);
        }

        return new ComparisonResult(await BuildAsync(occupations, cancellationToken), StatusCodes.Status200OK, null);
    }

    public async Task<ComparePickerViewModel> GetPickerAsync(string? first, string? second, string? error, CancellationToken cancellationToken) =>
        new(await db.Occupations.ToLinksAsync(cancellationToken), first, second, error);

    private async Task<CompareViewModel> BuildAsync(List<OccupationDetails> occupations, CancellationToken cancellationToken)
    {
        var first = occupations[0];
        var differenceHeaders = occupations.Count == 2
            ? new[] { "Difference" }
            : occupations.Skip(1).Select(o => $"{first.Title} vs {Wording.Lower(o.Title)}").ToArray();

        var skillNames = occupations.SelectMany(o => o.Skills.Select(s => s.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var genderGroups = occupations.SelectMany(o => o.Gender.Select(g => g.Group)).Distinct(StringComparer.Ordinal).ToList();
        var raceGroups = occupations.SelectMany(o => o.Race.Select(g => g.Group)).Distinct(StringComparer.Ordinal).ToList();

        return new CompareViewModel
        {
            Occupations = occupations,
            Heading = first.Title + string.Concat(occupations.Skip(1).Select(o => " vs " + Wording.Lower(o.Title))),
            DifferenceHeaders = differenceHeaders,
            Introduction = Introduction(occupations),
            SkillsSummary = occupations.Select((o, i) => SkillsSentence(o, i == 0)).ToList(),
            Overview = new CompareTable("overview-table", "Overview", occupations, differenceHeaders,
            [
                Row("Yearly salary", occupations, o => Figure.Money(o.YearlySalary)),
                Row("Hourly rate", occupations, o => Figure.MoneyCents(o.HourlyRateCents)),
                Row("Growth rate", occupations, o => Figure.Percent(o.GrowthRatePercent)),
                Row("Number of jobs", occupations, o => Figure.Count(o.NumberOfJobs)),
                Row("Job satisfaction", occupations, o => Figure.Number(o.JobSatisfaction)),
                Row("Most common degree", occupations, o => Figure.Words(FigureFormat.WithShare(o.MostCommonDegree, o.MostCommonDegreePercent))),
                Row("Average age", occupations, o => Figure.Number(o.AverageAge)),
                Row("Years of experience", occupations, o => Figure.Number(o.YearsOfExperience)),
                Row("Years to become one", occupations, o => Figure.Words(FigureFormat.YearsRange(o.YearsToBecomeMin, o.YearsToBecomeMax))),
            ]),
            Salary = new CompareTable("salary-table", "Salary", occupations, differenceHeaders,
            [
                Row("Average salary", occupations, o => Figure.Money(o.YearlySalary)),
                RangeRow(occupations),
                Row("Highest paying city", occupations, o => Figure.Words(o.HighestPayingCity)),
                Row("Highest paying state", occupations, o => Figure.Words(o.HighestPayingState)),
                Row("Best paying company", occupations, o => Figure.Words(o.BestPayingCompany)),
                Row("Best paying industry", occupations, o => Figure.Words(o.BestPayingIndustry)),
            ]),
            Education = new CompareTable("education-table", "Education", occupations, differenceHeaders,
            [
                Row("Most common degree", occupations, o => Figure.Words(FigureFormat.WithShare(o.MostCommonDegree, o.MostCommonDegreePercent))),
                Row("Most common major", occupations, o => Figure.Words(o.MostCommonMajor)),
                Row("Most common college", occupations, o => Figure.Words(o.MostCommonCollege)),
            ]),
            Demographics = new CompareTable("demographics-table", "Demographics", occupations, differenceHeaders,
            [
                Row("Average age", occupations, o => Figure.Number(o.AverageAge)),
                .. genderGroups.Select(g => Row(g, occupations,
                    o => Figure.PercentOneDecimal(o.Gender.FirstOrDefault(s => s.Group == g)?.Percent), "Gender ratio")),
                .. raceGroups.Select(g => Row(g, occupations,
                    o => Figure.PercentOneDecimal(o.Race.FirstOrDefault(s => s.Group == g)?.Percent), "Race ratio")),
                Row("LGBT percentage", occupations, o => Figure.Percent(o.LgbtPercent)),
            ]),
            Skills = new CompareTable("skills-table", "Skills: share of job postings that mention each", occupations, differenceHeaders,
                skillNames.Select(n => Row(n, occupations, o => ChartBuilder.SkillFigure(o, n))).ToList()),
            SalaryChart = ChartBuilder.Salary(occupations),
            SkillsChart = ChartBuilder.Skills(occupations),
            GenderChart = ChartBuilder.Gender(occupations),
            RaceChart = ChartBuilder.Race(occupations),
            Picker = await GetPickerAsync(first.Slug, occupations[1].Slug, null, cancellationToken),
        };
    }

    private static CompareRow Row(string label, List<OccupationDetails> occupations, Func<OccupationDetails, Figure> select, string? group = null)
    {
        var values = occupations.Select(select).ToList();
        var differences = values.Skip(1).Select(v => FigureFormat.Difference(values[0], v)).ToList();
        return new CompareRow(label, values, Highest(values), differences, group);
    }

    private static CompareRow RangeRow(List<OccupationDetails> occupations)
    {
        var values = occupations.Select(o => Figure.Words(FigureFormat.MoneyRange(o.SalaryRangeLow, o.SalaryRangeHigh))).ToList();
        var first = occupations[0];
        var differences = occupations.Skip(1).Select(o =>
            FigureFormat.SignedMoney(first.SalaryRangeLow, o.SalaryRangeLow) is { } low &&
            FigureFormat.SignedMoney(first.SalaryRangeHigh, o.SalaryRangeHigh) is { } high
                ? $"Low end {low}, high end {high}"
                : null).ToList();
        return new CompareRow("Salary range", values, values.Select(_ => false).ToList(), differences);
    }

    /// <summary>Marks the highest numeric value when at least two are known and they are not all equal.</summary>
    private static List<bool> Highest(List<Figure> values)
    {
        var known = values.Where(v => v.Kind != FigureKind.Text && v.IsKnown).Select(v => v.Value!.Value).ToList();
        if (known.Count < 2 || known.Distinct().Count() == 1)
        {
            return values.Select(_ => false).ToList();
        }

        var max = known.Max();
        return values.Select(v => v.Kind != FigureKind.Text && v.Value == max).ToList();
    }

    private static List<string> Introduction(List<OccupationDetails> occupations)
    {
        var sentences = new List<string>();
        var ranges = occupations.Select(o => FigureFormat.YearsRange(o.YearsToBecomeMin, o.YearsToBecomeMax)).ToList();
        var names = occupations.Select(o => Wording.WithArticle(Wording.Lower(o.Title))).ToList();
        if (ranges.All(r => r is not null) && ranges.Distinct().Count() == 1)
        {
            sentences.Add(occupations.Count == 2
                ? $"It typically takes {ranges[0]} to become both {names[0]} and {names[1]}."
                : $"It typically takes {ranges[0]} to become any of these: {Wording.JoinList(names)}.");
        }
        else if (ranges.Any(r => r is not null))
        {
            var parts = occupations.Select((o, i) => ranges[i] is { } r ? $"{r} to become {names[i]}" : null).OfType<string>().ToList();
            sentences.Add($"It typically takes {Wording.JoinList(parts)}.");
        }

        var salaries = occupations.Select(o => o.YearlySalary).ToList();
        if (occupations.Count == 2 && salaries[0] is { } a && salaries[1] is { } b)
        {
            var comparison = a > b ? "which is higher than the" : a < b ? "which is lower than the" : "the same as the";
            var lead = sentences.Count > 0 ? "Additionally, " + names[0] : char.ToUpperInvariant(names[0][0]) + names[0][1..];
            sentences.Add($"{lead} has an average salary of {FigureFormat.Money(a)}, {comparison} {FigureFormat.Money(b)} average annual salary of {names[1]}.");
        }
        else if (occupations.Count > 2 && salaries.Count(s => s is not null) >= 2)
        {
            var known = occupations.Select((o, i) => (Name: names[i], Salary: salaries[i])).Where(x => x.Salary is not null).ToList();
            var top = known.MaxBy(x => x.Salary)!;
            var bottom = known.MinBy(x => x.Salary)!;
            sentences.Add($"Of these, {top.Name} has the highest average salary ({FigureFormat.Money(top.Salary!.Value)}) "
                + $"and {bottom.Name} the lowest ({FigureFormat.Money(bottom.Salary!.Value)}).");
        }

        return sentences;
    }

    // The careers site words the first occupation's skills one way and the others' another; so do we.
    private static string SkillsSentence(OccupationDetails occupation, bool isFirst)
    {
        var name = Wording.WithArticle(Wording.Lower(occupation.Title));
        var top = occupation.Skills.Take(3).Select(s => Wording.Lower(s.Name)).ToList();
        if (top.Count == 0)
        {
            return $"No skills are listed for {name}.";
        }

        return isFirst
            ? $"The top {(top.Count == 3 ? "three " : string.Empty)}skills for {name} include {Wording.JoinList(top)}."
            : $"The most important skills for {name} are {Wording.JoinList(top, serialComma: true)}.";
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
