namespace CareerCompare.Web.Data;

/// <summary>
/// One occupation: its columns and JSON collections (<see cref="OccupationColumns"/>), and the rows kept in tables of
/// their own because they point at other occupations (related occupations) or are searched (other names for the job).
/// </summary>
public sealed class Occupation : OccupationColumns
{
    public int Id { get; set; }

    public List<AlternateTitle> AlternateTitles { get; set; } = [];
    public List<RelatedOccupation> RelatedOccupations { get; set; } = [];

    /// <summary>Its mean wage in each state (May 2023): a table, since the list and the state pages sort on it.</summary>
    public List<StateWage> StateWages { get; set; } = [];
}
