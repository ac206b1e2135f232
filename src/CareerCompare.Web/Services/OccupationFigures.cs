using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// Every figure of one occupation, each with a stable key, a label, its unit and its source and vintage: what the
/// API and the CSV files give. Official and careers-site occupations have different figures; a figure is listed
/// only where its source gives it for that kind of occupation (unknown values stay in, as unknown).
/// </summary>
public static class OccupationFigures
{
    private static readonly (WageMeasure Measure, string Key, string Label)[] WageMeasures =
    [
        (WageMeasure.Percentile10, "p10", "10th percentile"), (WageMeasure.Percentile25, "p25", "25th percentile"),
        (WageMeasure.Median, "median", "median"), (WageMeasure.Mean, "mean", "mean"),
        (WageMeasure.Percentile75, "p75", "75th percentile"), (WageMeasure.Percentile90, "p90", "90th percentile"),
    ];

    public static IReadOnlyList<SourcedFigure> For(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return occupation.IsOfficial ? Official(occupation).ToList() : Estimate(occupation).ToList();
    }

    private static IEnumerable<SourcedFigure> Official(OccupationDetails o)
    {
        foreach (var (measure, key, label) in WageMeasures)
        {
            yield return new($"wages.annual.{key}", "pay", $"Yearly wage, {label}", o.Wage(WagePeriod.Annual, measure), OfficialSources.Wages, "USD per year");
        }

        foreach (var (measure, key, label) in WageMeasures)
        {
            yield return new($"wages.hourly.{key}", "pay", $"Hourly wage, {label}", o.Wage(WagePeriod.Hourly, measure), OfficialSources.Wages, "USD per hour");
        }

        yield return o.WageBasis == WageBasis.HourlyOnly
            ? new("wages.hourly.mean.change", "pay", "Change in mean hourly wage since May 2023",
                Figure.PercentOneDecimal(FigureFormat.ChangePercent(o.PreviousMeanHourlyCents, o.HourlyRateCents)), OfficialSources.WageChange, "percent")
            : new("wages.annual.mean.change", "pay", "Change in mean yearly wage since May 2023",
                Figure.PercentOneDecimal(FigureFormat.ChangePercent(o.PreviousMeanYearly, o.YearlySalary)), OfficialSources.WageChange, "percent");
        yield return o.WageBasis == WageBasis.HourlyOnly
            ? new("wages.hourly.median.change", "pay", "Change in median hourly wage since May 2023",
                Figure.PercentOneDecimal(o.MedianChangePercent()), OfficialSources.WageChange, "percent")
            : new("wages.annual.median.change", "pay", "Change in median yearly wage since May 2023",
                Figure.PercentOneDecimal(o.MedianChangePercent()), OfficialSources.WageChange, "percent");
        yield return new("wages.highestPayingState", "pay", "Highest-paying state or territory", o.HighestPayingStateFigure(), OfficialSources.States, null);
        yield return o.WageBasis == WageBasis.HourlyOnly
            ? new("wages.highestPayingState.mean", "pay", "Mean hourly wage in the highest-paying state", o.HighestPayingStateMeanFigure(), OfficialSources.States, "USD per hour")
            : new("wages.highestPayingState.mean", "pay", "Mean yearly wage in the highest-paying state", o.HighestPayingStateMeanFigure(), OfficialSources.States, "USD per year");
        yield return new("wages.highestPayingState.topCodedStates", "pay", "States whose mean is top-coded (so the highest-paying state is not known)",
            o.StatesTopCodedFigure(), OfficialSources.States, null);

        yield return new("jobs.employment", "jobs", "Jobs, May 2024", Figure.Count(o.NumberOfJobs), OfficialSources.Wages, "jobs");
        yield return new("jobs.employment.change", "jobs", "Change in jobs since May 2023",
            Figure.PercentOneDecimal(FigureFormat.ChangePercent(o.PreviousNumberOfJobs, o.NumberOfJobs)), OfficialSources.WageChange, "percent");
        yield return new("projections.employment2024", "jobs", "Employment, 2024 (projections)", Figure.Count(o.ProjectedEmployment2024), OfficialSources.Projections, "jobs");
        yield return new("projections.employment2034", "jobs", "Employment, 2034 (projected)", Figure.Count(o.ProjectedEmployment2034), OfficialSources.Projections, "jobs");
        yield return new("projections.change", "jobs", "Change in employment, 2024–34", Figure.Count(o.ProjectedChangeNumeric), OfficialSources.Projections, "jobs");
        yield return new("projections.changePercent", "jobs", "Change in employment, 2024–34 (percent)", Figure.Percent(o.GrowthRatePercent), OfficialSources.Projections, "percent");
        yield return new("projections.annualOpenings", "jobs", "Openings a year, 2024–34", Figure.Count(o.AnnualOpenings), OfficialSources.Projections, "jobs");

        yield return new("education.typicalEntry", "education", "Typical entry education", Figure.Words(o.TypicalEntryEducation), OfficialSources.Projections, null);
        yield return new("education.workExperience", "education", "Work experience in a related occupation", Figure.Words(o.WorkExperience), OfficialSources.Projections, null);
        yield return new("education.onTheJobTraining", "education", "On-the-job training", Figure.Words(o.OnTheJobTraining), OfficialSources.Projections, null);
        yield return new("education.jobZone", "education", "Job zone (1 = little preparation, 5 = extensive)", Figure.Number(o.JobZone), OfficialSources.Onet, "zone, 1 to 5");
        foreach (var level in o.EducationLevels)
        {
            yield return new($"education.required.{level.Category}", "education", $"Share of respondents who say the job requires: {level.Level}",
                level.Figure, OfficialSources.Onet, "percent");
        }

        yield return new("demographics.surveyGroup", "demographics", "Survey group these figures describe",
            Figure.Words(o.SurveyGroupText), OfficialSources.Demographics, null);
        yield return new("demographics.medianAge", "demographics", "Median age", o.SurveyFigure(o.MedianAge), OfficialSources.Demographics, "years");
        foreach (var share in o.Gender)
        {
            yield return new($"demographics.gender.{Key(share.Group)}", "demographics", share.Group, o.SurveyFigure(share.Percent, percent: true),
                OfficialSources.Demographics, "percent");
        }

        foreach (var share in o.Race)
        {
            yield return new($"demographics.race.{Key(share.Group)}", "demographics", share.Group, o.SurveyFigure(share.Percent, percent: true),
                OfficialSources.Demographics, "percent");
        }

        foreach (var (prefix, label, code, title) in o.OnetOrigins())
        {
            yield return new($"{prefix}.onetCode", "onet-occupations", $"O*NET code of the {label}", Figure.Words(code), OfficialSources.Onet, null);
            yield return new($"{prefix}.onetTitle", "onet-occupations", $"O*NET title of the {label}", Figure.Words(title), OfficialSources.Onet, null);
        }

        foreach (var skill in o.Skills)
        {
            yield return new($"skills.importance.{Key(skill.Name)}", "skills", $"Importance of {skill.Name}",
                Figure.Number(skill.Importance is { } i ? Math.Round(i, 2) : null), OfficialSources.Onet, "importance, 1 to 5");
        }
    }

    private static IEnumerable<SourcedFigure> Estimate(OccupationDetails o)
    {
        var source = FigureSource.Estimate(o.Source, o.SourceReference);
        yield return new("salary.average", "pay", "Average yearly salary", Figure.Money(o.YearlySalary), source, "USD per year");
        yield return new("salary.hourly", "pay", "Hourly rate", Figure.MoneyCents(o.HourlyRateCents), source, "USD per hour");
        yield return new("salary.rangeLow", "pay", "Salary range, low end", Figure.Money(o.SalaryRangeLow), source, "USD per year");
        yield return new("salary.rangeHigh", "pay", "Salary range, high end", Figure.Money(o.SalaryRangeHigh), source, "USD per year");
        yield return new("salary.highestPayingCity", "pay", "Highest paying city", Figure.Words(o.HighestPayingCity), source, null);
        yield return new("salary.highestPayingState", "pay", "Highest paying state", Figure.Words(o.HighestPayingState), source, null);
        yield return new("salary.bestPayingCompany", "pay", "Best paying company", Figure.Words(o.BestPayingCompany), source, null);
        yield return new("salary.bestPayingIndustry", "pay", "Best paying industry", Figure.Words(o.BestPayingIndustry), source, null);

        yield return new("jobs.count", "jobs", "Number of jobs", Figure.Count(o.NumberOfJobs), source, "jobs");
        yield return new("jobs.growthRate", "jobs", "Growth rate", Figure.Percent(o.GrowthRatePercent), source, "percent");
        yield return new("jobs.satisfaction", "jobs", "Job satisfaction", Figure.Number(o.JobSatisfaction), source, "rating");

        yield return new("education.mostCommonDegree", "education", "Most common degree", Figure.Words(o.MostCommonDegree), source, null);
        yield return new("education.mostCommonDegreeShare", "education", "Share with the most common degree", Figure.Percent(o.MostCommonDegreePercent), source, "percent");
        yield return new("education.mostCommonMajor", "education", "Most common major", Figure.Words(o.MostCommonMajor), source, null);
        yield return new("education.mostCommonCollege", "education", "Most common college", Figure.Words(o.MostCommonCollege), source, null);
        yield return new("education.yearsToBecome", "education", "Years to become one", Figure.Words(FigureFormat.YearsRange(o.YearsToBecomeMin, o.YearsToBecomeMax)), source, null);
        yield return new("education.yearsOfExperience", "education", "Years of experience", Figure.Number(o.YearsOfExperience), source, "years");

        yield return new("demographics.averageAge", "demographics", "Average age", Figure.Number(o.AverageAge), source, "years");
        foreach (var share in o.Gender)
        {
            yield return new($"demographics.gender.{Key(share.Group)}", "demographics", share.Group, Figure.PercentOneDecimal(share.Percent), source, "percent");
        }

        foreach (var share in o.Race)
        {
            yield return new($"demographics.race.{Key(share.Group)}", "demographics", share.Group, Figure.PercentOneDecimal(share.Percent), source, "percent");
        }

        yield return new("demographics.lgbt", "demographics", "LGBT percentage", Figure.Percent(o.LgbtPercent), source, "percent");
        foreach (var skill in o.Skills)
        {
            yield return new($"skills.postingShare.{Key(skill.Name)}", "skills", $"Share of job postings that mention {skill.Name}", Figure.Percent(skill.SharePercent), source, "percent");
        }
    }

    /// <summary>"Black or African American" → "black-or-african-american": a key part made of the name.</summary>
    private static string Key(string name) => Slug.FromTitle(name);
}
