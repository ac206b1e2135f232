namespace CareerCompare.Web.Data;

public sealed class Responsibility
{
    public int Id { get; set; }
    public int OccupationId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
}
