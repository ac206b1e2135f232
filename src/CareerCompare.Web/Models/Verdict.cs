namespace CareerCompare.Web.Models;

/// <summary>
/// One row of the verdict strip that opens a comparison: a question ("Pays most"), the occupation that answers it and
/// its figure with its unit, and the section whose tables show the evidence. Written by each section from the same
/// figures as its short-answer line; ties and unknowns are said as such, and estimates are never ranked against
/// official figures.
/// </summary>
/// <param name="Id">A stable name for the row: "pay", "pay-state", "growth", "openings", "schooling", "age".</param>
/// <param name="Question">"Pays most", "Grows fastest".</param>
/// <param name="Anchor">The id of the comparison's section that holds the figures ("salary", "outlook").</param>
/// <param name="Who">The occupation named, or the occupations tied; null where no one can be named.</param>
/// <param name="Figure">The figure with its unit ("$133,080 a year"), or what stands for it ("not known"); empty in the row that asks for a state.</param>
/// <param name="Leader">The leading occupation's slug; null for a tie, an unknown, or a row that names a difference, not a lead.</param>
/// <param name="Note">A few words beside the figure: "median", "tie", "estimates not compared".</param>
public sealed record Verdict(string Id, string Question, string Anchor, string? Who, string Figure, string? Leader = null, string? Note = null)
{
    /// <summary>The row holds the form that shows the comparison in a state (the pay-after-prices question).</summary>
    public bool PicksState { get; init; }

    /// <summary>
    /// A row that names a difference rather than answering which to choose (the median age): left off the strip on a
    /// phone, where the strip must fit the first screen; its section's line and the answer in full still say it.
    /// </summary>
    public bool Secondary { get; init; }
}
