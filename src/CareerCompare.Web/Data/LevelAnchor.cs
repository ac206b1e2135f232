namespace CareerCompare.Web.Data;

/// <summary>
/// What a level on O*NET's 0–7 scale means for one skill or knowledge area (O*NET Level Scale Anchors): "2 = Read
/// step-by-step instructions…". A few anchors an area, imported with the catalogue.
/// </summary>
public sealed class LevelAnchor
{
    public int Id { get; set; }

    /// <summary><see cref="Skill"/> or <see cref="Knowledge"/>: O*NET rates a skill and a knowledge area both called "Mathematics".</summary>
    public required string Kind { get; set; }

    public const string Skill = "skill";
    public const string Knowledge = "knowledge";

    /// <summary>The skill or knowledge area, by O*NET's name ("Reading Comprehension").</summary>
    public required string Element { get; set; }

    public double Level { get; set; }

    public required string Description { get; set; }
}
