namespace CareerCompare.Web.Data;

public sealed class OccupationSkill
{
    public int Id { get; set; }
    public int OccupationId { get; set; }

    /// <summary>1 for the most common skill.</summary>
    public int Rank { get; set; }
    public required string Name { get; set; }

    /// <summary>Share of job postings or résumés that mention the skill, in percent.</summary>
    public int? SharePercent { get; set; }

    /// <summary>O*NET importance on its 1–5 scale (official occupations).</summary>
    public double? Importance { get; set; }
}
