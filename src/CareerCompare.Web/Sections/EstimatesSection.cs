using CareerCompare.Web.Formatting;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;

namespace CareerCompare.Web.Sections;

/// <summary>
/// The careers site's estimates, for the occupations its page describes (undated; the source is the occupation's own
/// page): pay, jobs, education, who does it and skills. Their rows sit beside the official figures' in each section's
/// table, where a row names an estimate's key beside the official one's.
/// </summary>
internal static class EstimatesSection
{
    public static readonly Section Section = new("estimates", Figures);

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
        EstimateFigure("salary.average", "pay", "Average yearly salary", "USD per year", o => Figure.Money(o.YearlySalary), higherIsBetter: true),
        EstimateFigure("salary.hourly", "pay", "Hourly rate", "USD per hour", o => Figure.MoneyCents(o.HourlyRateCents), higherIsBetter: true),
        EstimateFigure("salary.rangeLow", "pay", "Salary range, low end", "USD per year", o => Figure.Money(o.SalaryRangeLow), higherIsBetter: true),
        EstimateFigure("salary.rangeHigh", "pay", "Salary range, high end", "USD per year", o => Figure.Money(o.SalaryRangeHigh), higherIsBetter: true),
        EstimateFigure("salary.range", "pay", "Salary range", null, o => Figure.Words(FigureFormat.MoneyRange(o.SalaryRangeLow, o.SalaryRangeHigh)),
            DifferenceRule.Range, published: false),
        EstimateFigure("salary.highestPayingCity", "pay", "Highest paying city", null, o => Figure.Words(o.HighestPayingCity), DifferenceRule.SameOrDifferent),
        EstimateFigure("salary.highestPayingState", "pay", "Highest paying state", null, o => Figure.Words(o.HighestPayingState), DifferenceRule.None),
        EstimateFigure("salary.bestPayingCompany", "pay", "Best paying company", null, o => Figure.Words(o.BestPayingCompany), DifferenceRule.SameOrDifferent),
        EstimateFigure("salary.bestPayingIndustry", "pay", "Best paying industry", null, o => Figure.Words(o.BestPayingIndustry), DifferenceRule.SameOrDifferent),

        EstimateFigure("jobs.count", "jobs", "Number of jobs", "jobs", o => Figure.Count(o.NumberOfJobs), higherIsBetter: true),
        EstimateFigure("jobs.growthRate", "jobs", "Growth rate", "percent", o => Figure.Percent(o.GrowthRatePercent), higherIsBetter: true),
        EstimateFigure("jobs.satisfaction", "jobs", "Job satisfaction", "rating", o => Figure.Number(o.JobSatisfaction), higherIsBetter: true),

        EstimateFigure("education.mostCommonDegree", "education", "Most common degree", null, o => Figure.Words(o.MostCommonDegree), DifferenceRule.SameOrDifferent),
        EstimateFigure("education.mostCommonDegreeShare", "education", "Share with the most common degree", "percent", o => Figure.Percent(o.MostCommonDegreePercent)),
        EstimateFigure("education.mostCommonDegree.summary", "education", "Most common degree", null,
            o => Figure.Words(FigureFormat.WithShare(o.MostCommonDegree, o.MostCommonDegreePercent)), DifferenceRule.SameOrDifferent, published: false),
        EstimateFigure("education.mostCommonMajor", "education", "Most common major", null, o => Figure.Words(o.MostCommonMajor), DifferenceRule.SameOrDifferent),
        EstimateFigure("education.mostCommonCollege", "education", "Most common college", null, o => Figure.Words(o.MostCommonCollege), DifferenceRule.SameOrDifferent),
        EstimateFigure("education.yearsToBecome", "education", "Years to become one", null,
            o => Figure.Words(FigureFormat.YearsRange(o.YearsToBecomeMin, o.YearsToBecomeMax)), DifferenceRule.SameOrDifferent),
        EstimateFigure("education.yearsOfExperience", "education", "Years of experience", "years", o => Figure.Number(o.YearsOfExperience)),

        EstimateFigure("demographics.averageAge", "demographics", "Average age", "years", o => Figure.Number(o.AverageAge)),
        new FigureFamily("demographics.gender", "demographics", group => group, "percent", Estimate, null,
            o => FigureFamily.Named(o.Gender.Select(g => g.Group)), (o, group) => Figure.PercentOneDecimal(DemographicsSection.GenderShare(o, group))),
        new FigureFamily("demographics.race", "demographics", group => group, "percent", Estimate, null,
            o => FigureFamily.Named(o.Race.Select(g => g.Group)), (o, group) => Figure.PercentOneDecimal(DemographicsSection.Share(o.Race, group))),
        EstimateFigure("demographics.lgbt", "demographics", "LGBT percentage", "percent", o => Figure.Percent(o.LgbtPercent)),
        new FigureFamily("skills.postingShare", "skills", skill => $"Share of job postings that mention {skill}", "percent", Estimate, null,
            o => FigureFamily.Named(o.Skills.Select(s => s.Name)), SkillsSection.SkillFigure),
    ];
}
