using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

/// <summary>What a comparison address led to: the page, or why there is none.</summary>
public sealed record ComparisonResult(CompareViewModel? Model, int StatusCode, string? Problem, string? RedirectSlug = null);

/// <summary>Builds the side-by-side comparison of two to four occupations, section by section.</summary>
public sealed partial class ComparisonService(CareerCompareDbContext db, SuggestionService suggestions, SiteUrls urls)
{
    public const int MaxOccupations = 4;
    public const string Separator = "-vs-";

    public static string PairPath(IEnumerable<string> slugs) => string.Join(Separator, slugs);

    /// <summary>
    /// The one address search engines are given for a comparison: its slugs in ordinal order. Every order is a page
    /// of its own (the differences are taken from the first occupation), so the others answer 200 and declare this one.
    /// </summary>
    public static string CanonicalPairPath(IEnumerable<string> slugs) => PairPath(slugs.Order(StringComparer.Ordinal));

    public async Task<ComparisonResult> GetAsync(string pair, CancellationToken cancellationToken)
    {
        var slugs = (pair ?? string.Empty).Split(Separator);
        if (slugs.Length < 2 || slugs.Length > MaxOccupations || slugs.Any(s => !Slug.IsValid(s)))
        {
            return new ComparisonResult(null, StatusCodes.Status404NotFound,
                "There is no comparison at this address. A comparison address names two to four occupations joined by \"-vs-\", "
                + "like /compare/patient-relations-director-vs-patient-account-manager.");
        }

        var occupations = await db.GetDetailsAsync(slugs, cancellationToken);
        var missing = slugs.Where(s => occupations.All(o => o.Slug != s)).ToList();
        if (missing.Count > 0)
        {
            return new ComparisonResult(null, StatusCodes.Status404NotFound,
                $"We have no occupation called \"{string.Join("\", \"", missing.Select(m => Wording.Echo(m)))}\". Search for the occupations you want, or pick them in the comparison form.");
        }

        var twice = slugs.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            var title = occupations.First(o => o.Slug == twice.Key).Title;
            return new ComparisonResult(null, StatusCodes.Status400BadRequest,
                $"{title} is in this comparison twice. Pick different occupations to compare, or read its profile.", twice.Key);
        }

        return new ComparisonResult(Build(occupations), StatusCodes.Status200OK, null);
    }

    /// <summary>The titles of the occupations these slugs name; what is not a slug is kept as typed.</summary>
    public async Task<List<string?>> TitlesAsync(IReadOnlyList<string?> slugs, CancellationToken cancellationToken)
    {
        var known = slugs.OfType<string>().ToList();
        var titles = await db.Occupations.AsNoTracking().Where(o => known.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, o => o.Title, cancellationToken);
        return slugs.Select(s => s is null ? null : titles.GetValueOrDefault(s) ?? s).ToList();
    }

    /// <summary>
    /// Turns what was typed in the picker (a slug or a title, in any case) into slugs, or says which box
    /// holds something that is not an occupation.
    /// </summary>
    public async Task<(List<string>? Slugs, string? Error)> ResolveAsync(IReadOnlyList<string?> typed, CancellationToken cancellationToken)
    {
        var entries = typed.OfType<string>().ToList();
        if (entries.Count < 2)
        {
            return (null, "Choose at least two occupations to compare.");
        }

        var slugs = new List<string>();
        foreach (var entry in entries)
        {
            var lower = entry.ToLowerInvariant();
            var sameTitle = OccupationQueries.EscapeLike(entry);
            // A slug, a title or another name for the job, in any case.
            var slug = await db.Occupations.AsNoTracking()
                .Where(o => o.Slug == lower || EF.Functions.Like(o.Title, sameTitle, "\\"))
                .OrderBy(o => o.Slug != lower)
                .Select(o => o.Slug)
                .FirstOrDefaultAsync(cancellationToken)
                ?? await db.AlternateTitles.AsNoTracking()
                    .Where(a => EF.Functions.Like(a.Title, sameTitle, "\\"))
                    .Join(db.Occupations, a => a.OccupationId, o => o.Id, (a, o) => o.Slug)
                    .FirstOrDefaultAsync(cancellationToken);
            if (slug is null)
            {
                var near = entry.Length <= SuggestionService.MaxTextLength ? await suggestions.SuggestAsync(entry, cancellationToken) : [];
                return (null, near.Count == 0
                    ? $"We have no occupation called \"{Wording.Echo(entry)}\". Type part of its title and pick one of the suggestions, or search the list of occupations."
                    : $"\"{Wording.Echo(entry)}\" is not one occupation. Did you mean {Wording.JoinList(near.Take(5).Select(n => n.Title).ToList(), serialComma: true, conjunction: "or")}?");
            }

            slugs.Add(slug);
        }

        return slugs.Distinct(StringComparer.Ordinal).Count() < slugs.Count
            ? (null, "You chose the same occupation twice. Choose different occupations to compare.")
            : (slugs, null);
    }

    private const string Estimate = SeedDocumentSeeder.DataSetName;
    private const string Official = OfficialCatalogueImporter.DataSetName;

    /// <summary>A row of a comparison table, and the data sets that give its figure: a row none of the compared occupations' sources gives is left out.</summary>
    /// <param name="Subtract">False for rows whose figures are changes or words: no difference is written.</param>
    private sealed record RowSpec(string Label, Func<OccupationDetails, Figure> Select, string[] ProvidedBy, string? Group = null, bool Subtract = true);

    private static RowSpec Spec(string label, Func<OccupationDetails, Figure> select, params string[] providedBy) => new(label, select, providedBy);

    private CompareViewModel Build(List<OccupationDetails> occupations)
    {
        var first = occupations[0];
        var differenceHeaders = occupations.Count == 2
            ? new[] { "Difference" }
            : occupations.Skip(1).Select(o => $"{first.Title} vs {Name(o)}").ToArray();
        CompareTable Table(string id, string caption, IEnumerable<RowSpec> specs) => new(id, caption, occupations, differenceHeaders,
            specs.Where(spec => occupations.Any(o => spec.ProvidedBy.Contains(o.DataSet))).Select(spec => Row(spec, occupations)).ToList());

        var skillKinds = occupations.Select(o => o.IsOfficial).Distinct().Count();
        var skillNames = occupations.SelectMany(o => o.Skills.Select(s => s.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var hasOfficial = occupations.Any(o => o.IsOfficial);
        // The careers site says "yearly salary"; with official figures in the table, say which average it is.
        var mean = hasOfficial ? "Average (mean) yearly salary" : null;

        return new CompareViewModel
        {
            Occupations = occupations,
            CanonicalPair = CanonicalPairPath(occupations.Select(o => o.Slug)),
            Heading = first.Title + string.Concat(occupations.Skip(1).Select(o => " vs " + Name(o))),
            DifferenceHeaders = differenceHeaders,
            Introduction = Introduction(occupations),
            SkillsSummary = occupations.Select((o, i) => SkillsSentence(o, i == 0)).ToList(),
            Overview = Table("overview-table", "Overview", OverviewRows(mean ?? "Yearly salary", hasOfficial ? "Average (mean) hourly rate" : "Hourly rate")),
            Salary = Table("salary-table", "Salary", SalaryRows(mean ?? "Average salary")),
            Education = Table("education-table", "Education", EducationRows()),
            Outlook = hasOfficial ? Table("outlook-table", "Jobs and outlook", OutlookRows()) : null,
            Demographics = Table("demographics-table", "Demographics", DemographicRows(occupations)),
            Skills = skillKinds == 1
                ? Table("skills-table", first.IsOfficial ? "Skills: importance on O*NET's 1–5 scale" : "Skills: share of job postings that mention each",
                    skillNames.Select(n => Spec(n, o => ChartBuilder.SkillFigure(o, n), Estimate, Official)))
                : null,
            SalaryChart = ChartBuilder.Salary(occupations),
            SkillsChart = skillKinds == 1 ? ChartBuilder.Skills(occupations) : null,
            GenderChart = ChartBuilder.Gender(occupations),
            RaceChart = ChartBuilder.Race(occupations),
            EducationChart = hasOfficial ? ChartBuilder.Education(occupations) : null,
            Picker = new ComparePickerViewModel(occupations.Select(o => (string?)o.Title).ToList()),
            Suggestions = Suggestions(occupations),
            Meta = Meta(occupations),
        };
    }

    /// <summary>Each compared occupation beside its closest related occupations (O*NET) not in this comparison: where to go next.</summary>
    private static List<SuggestedComparison> Suggestions(List<OccupationDetails> occupations)
    {
        const int perOccupation = 3;
        var compared = occupations.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);
        return occupations.SelectMany(o => o.Related.Where(r => !compared.Contains(r.Slug)).Take(perOccupation)
                .Select(r => new SuggestedComparison(PairPath([o.Slug, r.Slug]), $"{o.Title} vs {r.Title}")))
            .DistinctBy(s => CanonicalPairPath(s.Pair.Split(Separator)))
            .ToList();
    }

    /// <summary>The title, a description written from the figures, and the canonical address (the slugs in order).</summary>
    private PageMeta Meta(List<OccupationDetails> occupations)
    {
        var heading = occupations[0].Title + string.Concat(occupations.Skip(1).Select(o => " vs " + Name(o)));
        var pay = occupations.Select(o => o.IsOfficial
                ? FigureFormat.Format(o.Wage(WagePeriod.Annual, WageMeasure.Median)) is { } median ? $"{o.Title} {median} (median)" : null
                : o.YearlySalary is { } average ? $"{o.Title} {FigureFormat.Money(average)} (average, careers-site estimate)" : null)
            .OfType<string>().ToList();
        var sources = occupations.Any(o => o.IsOfficial) ? $" Official figures: {OfficialFiles.WagesSource}." : string.Empty;
        var description = (pay.Count > 0 ? $"Yearly pay: {Wording.JoinList(pay)}." : $"{heading}.") + sources
            + " Jobs, growth, education, demographics, tasks and skills side by side, with the difference on every row.";
        return new PageMeta(PageTitle.Shorten(heading), description,
            urls.Action("Show", "Compare", new { pair = CanonicalPairPath(occupations.Select(o => o.Slug)) }));
    }

    private static IEnumerable<RowSpec> OverviewRows(string yearly, string hourly) =>
    [
        Spec(yearly, o => Figure.Money(o.YearlySalary), Estimate, Official),
        Spec("Median yearly salary", o => o.Wage(WagePeriod.Annual, WageMeasure.Median), Official),
        Spec(hourly, o => o.IsOfficial ? o.Wage(WagePeriod.Hourly, WageMeasure.Mean) : Figure.MoneyCents(o.HourlyRateCents), Estimate, Official),
        Spec("Growth rate", o => o.IsOfficial ? Figure.Words(null) : Figure.Percent(o.GrowthRatePercent), Estimate),
        Spec("Projected growth, 2024–34", o => o.IsOfficial ? Figure.Percent(o.GrowthRatePercent) : Figure.Words(null), Official),
        Spec("Number of jobs", o => Figure.Count(o.NumberOfJobs), Estimate, Official),
        Spec("Job satisfaction", o => Figure.Number(o.JobSatisfaction), Estimate),
        Spec("Most common degree", o => Figure.Words(FigureFormat.WithShare(o.MostCommonDegree, o.MostCommonDegreePercent)), Estimate),
        Spec("Typical entry education", o => Figure.Words(o.TypicalEntryEducation), Official),
        Spec("Average age", o => Figure.Number(o.AverageAge), Estimate),
        Spec("Median age", o => Figure.Number(o.MedianAge), Official),
        Spec("Years of experience", o => Figure.Number(o.YearsOfExperience), Estimate),
        Spec("Years to become one", o => Figure.Words(FigureFormat.YearsRange(o.YearsToBecomeMin, o.YearsToBecomeMax)), Estimate),
        Spec("Job zone", o => Figure.Words(FigureFormat.JobZone(o.JobZone)), Official),
    ];

    private static IEnumerable<RowSpec> SalaryRows(string average) =>
    [
        Spec(average, o => Figure.Money(o.YearlySalary), Estimate, Official),
        Spec("10th percentile", o => o.Wage(WagePeriod.Annual, WageMeasure.Percentile10), Official),
        Spec("25th percentile", o => o.Wage(WagePeriod.Annual, WageMeasure.Percentile25), Official),
        Spec("Median salary", o => o.Wage(WagePeriod.Annual, WageMeasure.Median), Official),
        Spec("75th percentile", o => o.Wage(WagePeriod.Annual, WageMeasure.Percentile75), Official),
        Spec("90th percentile", o => o.Wage(WagePeriod.Annual, WageMeasure.Percentile90), Official),
        new("Salary range", o => Figure.Words(FigureFormat.MoneyRange(o.SalaryRangeLow, o.SalaryRangeHigh)), [Estimate]),
        Spec("Median hourly wage", o => o.Wage(WagePeriod.Hourly, WageMeasure.Median), Official),
        new("Change in average (mean) pay since May 2023", o => Figure.Words(o.WageBasis == WageBasis.HourlyOnly
            ? FigureFormat.Change(o.PreviousMeanHourlyCents, o.HourlyRateCents) + " (hourly)"
            : FigureFormat.Change(o.PreviousMeanYearly, o.YearlySalary)), [Official], Subtract: false),
        Spec("Highest paying city", o => Figure.Words(o.HighestPayingCity), Estimate),
        new("Highest paying state", o => Figure.Words(o.IsOfficial ? FigureFormat.StateWage(o.HighestPayingState, o.HighestPayingStateWage, o.WageBasis, o.StatesTopCoded) : o.HighestPayingState),
            [Estimate, Official], Subtract: false),
        Spec("Best paying company", o => Figure.Words(o.BestPayingCompany), Estimate),
        Spec("Best paying industry", o => Figure.Words(o.BestPayingIndustry), Estimate),
    ];

    private static IEnumerable<RowSpec> EducationRows() =>
    [
        Spec("Most common degree", o => Figure.Words(FigureFormat.WithShare(o.MostCommonDegree, o.MostCommonDegreePercent)), Estimate),
        Spec("Most common major", o => Figure.Words(o.MostCommonMajor), Estimate),
        Spec("Most common college", o => Figure.Words(o.MostCommonCollege), Estimate),
        Spec("Typical entry education", o => Figure.Words(o.TypicalEntryEducation), Official),
        Spec("Work experience in a related occupation", o => Figure.Words(o.WorkExperience), Official),
        Spec("On-the-job training", o => Figure.Words(o.OnTheJobTraining), Official),
        Spec("Education most often required (O*NET)", o => Figure.Words(FigureFormat.TopEducation(o.EducationLevels)), Official),
        Spec("Job zone", o => Figure.Words(FigureFormat.JobZone(o.JobZone)), Official),
    ];

    private static IEnumerable<RowSpec> OutlookRows() =>
    [
        Spec("Jobs, May 2024", o => o.IsOfficial ? Figure.Count(o.NumberOfJobs) : Figure.Words(null), Official),
        new("Change in jobs since May 2023", o => Figure.Words(FigureFormat.Change(o.PreviousNumberOfJobs, o.IsOfficial ? o.NumberOfJobs : null)), [Official], Subtract: false),
        Spec("Employment, 2024 (projections)", o => Figure.Count(o.ProjectedEmployment2024), Official),
        Spec("Employment, 2034 (projected)", o => Figure.Count(o.ProjectedEmployment2034), Official),
        Spec("Change, 2024–34", o => Figure.Count(o.ProjectedChangeNumeric), Official),
        Spec("Change, 2024–34 (percent)", o => o.IsOfficial ? Figure.Percent(o.GrowthRatePercent) : Figure.Words(null), Official),
        Spec("Openings a year, 2024–34", o => Figure.Count(o.AnnualOpenings), Official),
    ];

    private static IEnumerable<RowSpec> DemographicRows(List<OccupationDetails> occupations)
    {
        yield return Spec("Average age", o => Figure.Number(o.AverageAge), Estimate);
        yield return Spec("Median age", o => o.SurveyFigure(o.MedianAge), Official);
        var gender = ChartBuilder.GenderShares(occupations);
        foreach (var group in occupations.SelectMany(o => gender(o).Select(g => g.Group)).Distinct(StringComparer.Ordinal))
        {
            yield return new RowSpec(group, o => o.SurveyFigure(Share(gender(o), group), percent: true), [Estimate, Official], "Gender ratio");
        }

        foreach (var group in occupations.SelectMany(o => o.Race.Select(g => g.Group)).Distinct(StringComparer.Ordinal))
        {
            yield return new RowSpec(group, o => o.SurveyFigure(Share(o.Race, group), percent: true), [Estimate, Official], "Race ratio");
        }

        yield return Spec("LGBT percentage", o => Figure.Percent(o.LgbtPercent), Estimate);
        yield return new RowSpec("Survey group these figures describe", o => Figure.Words(o.SurveyGroupText), [Official], Subtract: false);
    }

    /// <summary>
    /// What the comparison form sent: the four boxes, and whether only the first was given (a link from a
    /// profile, which shows the form filled in rather than an error).
    /// </summary>
    public static (string?[] Typed, bool OnlyFirst) ReadPicker(string? a, string? b, string? c, string? d, bool secondSent)
    {
        string?[] typed = [Clean(a), Clean(b), Clean(c), Clean(d)];
        return (typed, !secondSent && typed[0] is not null && typed.Skip(1).All(t => t is null));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static double? Share(IReadOnlyList<GroupShare> shares, string group) =>
        shares.FirstOrDefault(s => s.Group == group)?.Percent;

    private static CompareRow Row(RowSpec spec, List<OccupationDetails> occupations)
    {
        var values = occupations.Select(spec.Select).ToList();
        var sameSource = occupations.All(o => o.DataSet == occupations[0].DataSet);
        var differences = occupations.Skip(1).Select((o, i) => o.DataSet != occupations[0].DataSet ? DifferentSources
            : !spec.Subtract ? null
            : spec.Label == "Salary range" ? RangeDifference(occupations[0], o)
            : FigureFormat.Difference(values[0], values[i + 1])).ToList();
        var highest = sameSource ? Highest(values) : values.Select(_ => false).ToList();
        return new CompareRow(spec.Label, values, highest, differences, spec.Group);
    }

    /// <summary>Said instead of a difference when one column is a careers-site estimate and the other official.</summary>
    public const string DifferentSources = "Not compared: different sources";

    private static string? RangeDifference(OccupationDetails first, OccupationDetails other) =>
        FigureFormat.SignedMoney(first.SalaryRangeLow, other.SalaryRangeLow) is { } low &&
        FigureFormat.SignedMoney(first.SalaryRangeHigh, other.SalaryRangeHigh) is { } high
            ? $"Low end {low}, high end {high}"
            : null;

    /// <summary>
    /// Marks the highest numeric value when at least two are known and they are not all equal. A top-coded
    /// figure counts as its top code, which is above every published figure, so "$239,200 or more" ranks first.
    /// </summary>
    private static List<bool> Highest(List<Figure> values)
    {
        var known = values.Where(v => v.Kind != FigureKind.Text && v.IsKnown).Select(v => v.Value!.Value).ToList();
        if (known.Count < 2 || known.Distinct().Count() == 1)
        {
            return values.Select(_ => false).ToList();
        }

        var max = known.Max();
        return values.Select(v => v.Kind != FigureKind.Text && v.IsKnown && v.Value == max).ToList();
    }

    /// <summary>How an occupation is named inside a sentence: "a patient account manager", "Registered Nurses".</summary>
    private static string Name(OccupationDetails occupation) => occupation.IsOfficial ? occupation.Title : Wording.Lower(occupation.Title);

    private static string Subject(OccupationDetails occupation) =>
        occupation.IsOfficial ? occupation.Title : Wording.WithArticle(Wording.Lower(occupation.Title));

    private static List<string> Introduction(List<OccupationDetails> occupations)
    {
        var sentences = new List<string>();
        var ranges = occupations.Select(o => FigureFormat.YearsRange(o.YearsToBecomeMin, o.YearsToBecomeMax)).ToList();
        var names = occupations.Select(Subject).ToList();
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

        if (occupations.Any(o => o.DataSet != occupations[0].DataSet))
        {
            sentences.Add("Their figures come from different sources, a careers site's estimates and official statistics, "
                + "so they are shown side by side but never subtracted from each other.");
            return sentences;
        }

        var salaries = occupations.Select(o => o.YearlySalary).ToList();
        if (occupations.Count == 2 && salaries[0] is { } a && salaries[1] is { } b)
        {
            var comparison = a > b ? "which is higher than the" : a < b ? "which is lower than the" : "the same as the";
            var verb = occupations[0].IsOfficial ? "have" : "has";
            var lead = sentences.Count > 0 ? "Additionally, " + names[0] : char.ToUpperInvariant(names[0][0]) + names[0][1..];
            sentences.Add($"{lead} {verb} an average salary of {FigureFormat.Money(a)}, {comparison} {FigureFormat.Money(b)} average annual salary of {names[1]}.");
        }
        else if (occupations.Count > 2 && salaries.Count(s => s is not null) >= 2)
        {
            var known = occupations.Select((o, i) => (Name: names[i], Salary: salaries[i])).Where(x => x.Salary is not null).ToList();
            var top = known.MaxBy(x => x.Salary)!;
            var bottom = known.MinBy(x => x.Salary)!;
            var unranked = occupations.Where(o => o.YearlySalary is null).Select(o => o.WageBasis == WageBasis.HourlyOnly
                ? $"{o.Title} are paid by the hour and have no yearly figure" : $"{o.Title} have no published yearly average").ToList();
            sentences.Add($"Of these, {top.Name} {(occupations[0].IsOfficial ? "have" : "has")} the highest average salary ({FigureFormat.Money(top.Salary!.Value)}) "
                + $"and {bottom.Name} the lowest ({FigureFormat.Money(bottom.Salary!.Value)})"
                + (unranked.Count > 0 ? $"; {Wording.JoinList(unranked)}, so they are not ranked." : "."));
        }

        return sentences;
    }

    // The careers site words the first occupation's skills one way and the others' another; so do we.
    private static string SkillsSentence(OccupationDetails occupation, bool isFirst)
    {
        var name = Subject(occupation);
        var top = occupation.Skills.Take(3).Select(s => Wording.Lower(s.Name)).ToList();
        if (top.Count == 0)
        {
            return occupation.IsOfficial ? $"O*NET has no skill ratings for {name}." : $"No skills are listed for {name}.";
        }

        var measure = occupation.IsOfficial ? " (by importance, O*NET)" : string.Empty;
        return isFirst
            ? $"The top {(top.Count == 3 ? "three " : string.Empty)}skills for {name} include {Wording.JoinList(top)}{measure}."
            : $"The most important skills for {name} are {Wording.JoinList(top, serialComma: true)}{measure}.";
    }
}
