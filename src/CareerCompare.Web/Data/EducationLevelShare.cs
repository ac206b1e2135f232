namespace CareerCompare.Web.Data;

/// <summary>Share of O*NET respondents who say the job needs this level of education (categories 1–12).</summary>
public sealed class EducationLevelShare
{
    public int Id { get; set; }
    public int OccupationId { get; set; }
    public int Category { get; set; }
    public required string Level { get; set; }
    public double Percent { get; set; }

    /// <summary>O*NET recommends suppressing this estimate (too imprecise); shown, but marked.</summary>
    public bool LowPrecision { get; set; }
}
