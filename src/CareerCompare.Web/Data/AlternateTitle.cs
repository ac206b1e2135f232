namespace CareerCompare.Web.Data;

/// <summary>Another name for an occupation (O*NET alternate and reported titles), used by search.</summary>
public sealed class AlternateTitle
{
    public int Id { get; set; }
    public int OccupationId { get; set; }
    public required string Title { get; set; }
}
