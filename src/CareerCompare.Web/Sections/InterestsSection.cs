using CareerCompare.Web.Formatting;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;

namespace CareerCompare.Web.Sections;

/// <summary>What the work suits (O*NET Interests, RIASEC): the high-point code and a score per interest area.</summary>
internal static class InterestsSection
{
    public static readonly Section Section = new("interests", Figures);

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
        OfficialFigure("interests.code", "interests", "Strongest interests (O*NET high-point code)", null, OfficialSources.Onet,
            o => Figure.Words(FigureFormat.InterestCode(o.InterestCode)), DifferenceRule.SameOrDifferent),
        new FigureFamily("interests", "interests", area => $"Interest score: {area}", "score, 1 to 7", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.Interests.Select(i => i.Name)),
            (o, area) => Figure.Number(o.Interests.FirstOrDefault(i => i.Name == area)?.Score)),
    ];

    /// <summary>The interests' one-line answer: "Strongest interests: Social, Investigative (SI) (O*NET 29.3, May 2025)".</summary>
    internal static string Headline(OccupationDetails o) => SectionLine.Cite(
        FigureFormat.InterestCode(o.InterestCode) is { } code ? $"Strongest interests: {code}" : "O*NET has not rated the interests of this occupation yet", OfficialSources.Onet);

    /// <summary>A comparison's line on interests: each occupation's strongest interests; null where O*NET rates none of them.</summary>
    internal static string? ComparisonHeadline(IReadOnlyList<OccupationDetails> occupations)
    {
        var rated = occupations.Where(o => o.IsOfficial && FigureFormat.InterestCode(o.InterestCode) is not null).ToList();
        return rated.Count == 0 ? null : SectionLine.Cite("Strongest interests: "
            + string.Join("; ", rated.Select(o => $"{o.Title} {FigureFormat.InterestCode(o.InterestCode)}")), OfficialSources.Onet);
    }
}
