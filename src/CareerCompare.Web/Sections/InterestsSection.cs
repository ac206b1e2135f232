using CareerCompare.Web.Formatting;
using CareerCompare.Web.Data.Import;
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
}
