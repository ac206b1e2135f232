using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;

namespace CareerCompare.Web.Sections;

/// <summary>Where the work leads: the better-paid occupations closest in skills (a profile), what a move takes (a comparison).</summary>
internal static class MovesSection
{
    /// <summary>The moves' one-line answer: how many better-paid occupations are close in skills, and the closest.</summary>
    internal static string Headline(OccupationDetails o)
    {
        var moves = o.MovesThatPayMore;
        var related = moves.Count == 0 && o.SkillRatings.Count == 0 ? o.RelatedThatPayMore : [];
        var first = moves.Count > 0 ? moves[0] : related.Count > 0 ? related[0] : null;
        if (first is null)
        {
            return SectionLine.Cite("No better-paid occupation close in skills is known", OfficialSources.Onet, FigureCatalogue.SourceOf("wages.annual.median", o));
        }

        var count = moves.Count > 0 ? moves.Count : related.Count;
        var kind = moves.Count > 0 ? "close in skills" : "that O*NET lists as related";
        var difference = first.PayDifference(o) is { } more ? $", {more}" : string.Empty;
        return SectionLine.Cite($"{FigureFormat.Count(count)} better-paid {(count == 1 ? "occupation" : "occupations")} {kind}; first: {first.Title} ({first.Median ?? FigureFormat.Unknown}{difference})",
            OfficialSources.Onet, FigureCatalogue.SourceOf("wages.annual.median", o));
    }

    /// <summary>A comparison's line on moves: what each move from the first occupation takes, in skills and knowledge to build.</summary>
    internal static string ComparisonHeadline(IReadOnlyList<SkillMove> moves) => moves.Count == 0
        ? "No move between these occupations can be measured: O*NET rates the skills of too few of them"
        : moves.All(m => m.ToBuild.Count == 0 && m.AlreadyHave.Count == 0)
            ? "Not measured: O*NET rates the skills of official occupations only, and of not all of these"
            : SectionLine.Cite(string.Join("; ", moves.Select(m => $"{m.From.Title} to {m.To.Title}: " + (m.ToBuild.Count == 0 && m.AlreadyHave.Count == 0 ? "not measured"
                : m.ToBuild.Count == 0 ? "nothing to build"
                : $"{FigureFormat.Count(m.ToBuild.Count)} {(m.ToBuild.Count == 1 ? "skill or knowledge area" : "skills and knowledge areas")} to build"))),
                OfficialSources.Onet);
}
