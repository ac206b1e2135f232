using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Sections;

/// <summary>What the work involves day to day: O*NET's tasks (the careers site's example responsibilities).</summary>
internal static class TasksSection
{
    /// <summary>The tasks' one-line answer: how many O*NET lists and the first of them.</summary>
    internal static string Headline(OccupationDetails o) => o.Responsibilities.Count == 0
        ? SectionLine.Cite("O*NET lists no tasks for this occupation", OfficialSources.Onet)
        : SectionLine.Cite($"{FigureFormat.Count(o.Responsibilities.Count)} {(o.Responsibilities.Count == 1 ? "task" : "tasks")}, first: {o.Responsibilities[0].TrimEnd('.')}",
            OfficialSources.Onet);

    /// <summary>A comparison's line on duties: how many each lists.</summary>
    internal static string ComparisonHeadline(IReadOnlyList<OccupationDetails> occupations) =>
        "Tasks listed: " + string.Join("; ", occupations.Select(o => $"{o.Title} {FigureFormat.Count(o.Responsibilities.Count)}"));
}
