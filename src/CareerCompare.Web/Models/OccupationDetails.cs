using System.Linq.Expressions;
using CareerCompare.Web.Data;

namespace CareerCompare.Web.Models;

/// <summary>Every figure of one occupation, read straight from the database for a page.</summary>
public sealed record OccupationDetails
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public string? Description { get; init; }
    public required string Source { get; init; }
    public string? SourceReference { get; init; }
    public int? YearlySalary { get; init; }
    public int? HourlyRateCents { get; init; }
    public int? SalaryRangeLow { get; init; }
    public int? SalaryRangeHigh { get; init; }
    public double? GrowthRatePercent { get; init; }
    public int? NumberOfJobs { get; init; }
    public double? JobSatisfaction { get; init; }
    public string? MostCommonDegree { get; init; }
    public int? MostCommonDegreePercent { get; init; }
    public string? MostCommonMajor { get; init; }
    public string? MostCommonCollege { get; init; }
    public int? YearsToBecomeMin { get; init; }
    public int? YearsToBecomeMax { get; init; }
    public int? YearsOfExperience { get; init; }
    public string? HighestPayingCity { get; init; }
    public string? HighestPayingState { get; init; }
    public string? BestPayingCompany { get; init; }
    public string? BestPayingIndustry { get; init; }
    public int? AverageAge { get; init; }
    public int? LgbtPercent { get; init; }
    public required IReadOnlyList<SkillShare> Skills { get; init; }
    public required IReadOnlyList<string> Responsibilities { get; init; }
    public required IReadOnlyList<GroupShare> Gender { get; init; }
    public required IReadOnlyList<GroupShare> Race { get; init; }

    public static readonly Expression<Func<Occupation, OccupationDetails>> Projection = o => new OccupationDetails
    {
        Slug = o.Slug,
        Title = o.Title,
        Category = o.Category,
        Description = o.Description,
        Source = o.Source,
        SourceReference = o.SourceReference,
        YearlySalary = o.YearlySalary,
        HourlyRateCents = o.HourlyRateCents,
        SalaryRangeLow = o.SalaryRangeLow,
        SalaryRangeHigh = o.SalaryRangeHigh,
        GrowthRatePercent = o.GrowthRatePercent,
        NumberOfJobs = o.NumberOfJobs,
        JobSatisfaction = o.JobSatisfaction,
        MostCommonDegree = o.MostCommonDegree,
        MostCommonDegreePercent = o.MostCommonDegreePercent,
        MostCommonMajor = o.MostCommonMajor,
        MostCommonCollege = o.MostCommonCollege,
        YearsToBecomeMin = o.YearsToBecomeMin,
        YearsToBecomeMax = o.YearsToBecomeMax,
        YearsOfExperience = o.YearsOfExperience,
        HighestPayingCity = o.HighestPayingCity,
        HighestPayingState = o.HighestPayingState,
        BestPayingCompany = o.BestPayingCompany,
        BestPayingIndustry = o.BestPayingIndustry,
        AverageAge = o.AverageAge,
        LgbtPercent = o.LgbtPercent,
        Skills = o.Skills.OrderBy(s => s.Rank).Select(s => new SkillShare(s.Name, s.SharePercent)).ToList(),
        Responsibilities = o.Responsibilities.OrderBy(r => r.Position).Select(r => r.Text).ToList(),
        Gender = o.DemographicShares.Where(d => d.Dimension == DemographicDimension.Gender)
            .OrderBy(d => d.Position).Select(d => new GroupShare(d.Group, d.Percent)).ToList(),
        Race = o.DemographicShares.Where(d => d.Dimension == DemographicDimension.Race)
            .OrderBy(d => d.Position).Select(d => new GroupShare(d.Group, d.Percent)).ToList(),
    };
}

public sealed record SkillShare(string Name, int? SharePercent);

public sealed record GroupShare(string Group, double? Percent);

/// <summary>A link to an occupation: what pickers, lists of links and the home page need.</summary>
public sealed record OccupationLink(string Slug, string Title, string Category);
