namespace CareerCompare.Web.Data;

/// <summary>
/// A link from an occupation to another: one O*NET lists as related (in O*NET's order), or one whose skills are close
/// and that pays a higher median (a move that pays more, the closest first).
/// </summary>
public sealed class RelatedOccupation
{
    public int Id { get; set; }
    public int OccupationId { get; set; }
    public int RelatedOccupationId { get; set; }
    public RelationKind Kind { get; set; }
    public int Rank { get; set; }

    /// <summary>For a move: how alike the two occupations' skill levels are, 0 to 1 (<see cref="Import.SkillSimilarity"/>).</summary>
    public double? Similarity { get; set; }

    public Occupation? Related { get; set; }
}

public enum RelationKind
{
    /// <summary>O*NET's Related Occupations.</summary>
    Onet = 0,

    /// <summary>Close in skills and paying a higher median: computed at import.</summary>
    PaysMore = 1,
}
