namespace CareerCompare.Web.Data;

/// <summary>
/// One of O*NET's six interest areas (RIASEC: Realistic, Investigative, Artistic, Social, Enterprising,
/// Conventional), in O*NET's own words: its keywords (what one does, and with what) and its example activities.
/// Six rows, imported with the catalogue.
/// </summary>
public sealed class InterestArea
{
    /// <summary>The area's place in RIASEC order, 1–6: also the number O*NET's high-point ratings use for it.</summary>
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>O*NET's action keywords, joined by ", " ("Analyze, Diagnose, Discover…").</summary>
    public required string Actions { get; set; }

    /// <summary>O*NET's object keywords, joined by ", " ("Facts, Ideas, Knowledge…").</summary>
    public required string Objects { get; set; }

    /// <summary>O*NET's general example activities, one a line.</summary>
    public required string Activities { get; set; }

    /// <summary>The area in the address and the list filter: "investigative".</summary>
    public string Key => Name.ToLowerInvariant();

    /// <summary>The letter of the high-point code ("I").</summary>
    public char Letter => Name[0];

    /// <summary>The six names in RIASEC order: O*NET's high-point ratings number them 1–6 this way.</summary>
    public static readonly string[] Names = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];
}
