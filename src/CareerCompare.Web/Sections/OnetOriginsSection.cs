using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;

namespace CareerCompare.Web.Sections;

/// <summary>Which O*NET occupation each O*NET section describes (a more specific one, or the crosswalk's).</summary>
internal static class OnetOriginsSection
{
    public static readonly Section Section = new("onet-occupations", Figures);

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
        new FigureFamily("onet.code", "onet-occupations", section => $"O*NET code of the {section}", null, Official, OfficialSources.Onet,
            o => o.OnetOrigins().Select(x => new FamilyMember(x.Key, x.Label)),
            (o, section) => Figure.Words(o.OnetOrigins().FirstOrDefault(x => x.Label == section).Code), KeyFormat: key => $"{key}.onetCode"),
        new FigureFamily("onet.title", "onet-occupations", section => $"O*NET title of the {section}", null, Official, OfficialSources.Onet,
            o => o.OnetOrigins().Select(x => new FamilyMember(x.Key, x.Label)),
            (o, section) => Figure.Words(o.OnetOrigins().FirstOrDefault(x => x.Label == section).Title), KeyFormat: key => $"{key}.onetTitle"),
    ];
}
