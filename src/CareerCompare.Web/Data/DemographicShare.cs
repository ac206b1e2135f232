namespace CareerCompare.Web.Data;

public enum DemographicDimension
{
    Gender,
    Race,
}

/// <summary>The share of workers in one group of one dimension (gender or race/ethnicity).</summary>
public sealed class DemographicShare
{
    public int Id { get; set; }
    public int OccupationId { get; set; }
    public DemographicDimension Dimension { get; set; }

    /// <summary>Order in which the source lists the groups.</summary>
    public int Position { get; set; }
    public required string Group { get; set; }
    public double? Percent { get; set; }
}
