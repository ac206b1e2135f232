namespace CareerCompare.Web.Data;

/// <summary>An occupation O*NET lists as related, in O*NET's order.</summary>
public sealed class RelatedOccupation
{
    public int Id { get; set; }
    public int OccupationId { get; set; }
    public int RelatedOccupationId { get; set; }
    public int Rank { get; set; }
    public Occupation? Related { get; set; }
}
