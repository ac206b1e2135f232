namespace CareerCompare.Web.Data;

/// <summary>
/// One occupation and its figures. Every figure is nullable: null means the source did not give it
/// ("-" in the seed document), and the site shows it as unknown, never as zero.
/// </summary>
public sealed class Occupation
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Category { get; set; }
    public string? Description { get; set; }

    /// <summary>Which import owns this record (e.g. "seed-document"); an import only replaces its own records.</summary>
    public required string DataSet { get; set; }

    /// <summary>Who produced the figures, e.g. "careers-site estimate, from the seed document".</summary>
    public required string Source { get; set; }

    /// <summary>The document or release the figures were taken from.</summary>
    public string? SourceReference { get; set; }

    // Money is kept in whole units so SQLite can filter and sort on it: dollars a year, cents an hour.
    public int? YearlySalary { get; set; }
    public int? HourlyRateCents { get; set; }
    public int? SalaryRangeLow { get; set; }
    public int? SalaryRangeHigh { get; set; }

    public int? GrowthRatePercent { get; set; }
    public int? NumberOfJobs { get; set; }
    public double? JobSatisfaction { get; set; }

    public string? MostCommonDegree { get; set; }
    public int? MostCommonDegreePercent { get; set; }
    public string? MostCommonMajor { get; set; }
    public string? MostCommonCollege { get; set; }
    public int? YearsToBecomeMin { get; set; }
    public int? YearsToBecomeMax { get; set; }
    public int? YearsOfExperience { get; set; }

    public string? HighestPayingCity { get; set; }
    public string? HighestPayingState { get; set; }
    public string? BestPayingCompany { get; set; }
    public string? BestPayingIndustry { get; set; }

    public int? AverageAge { get; set; }
    public int? LgbtPercent { get; set; }

    public List<OccupationSkill> Skills { get; set; } = [];
    public List<Responsibility> Responsibilities { get; set; } = [];
    public List<DemographicShare> DemographicShares { get; set; } = [];
}
