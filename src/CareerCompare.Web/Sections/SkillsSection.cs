using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ComparisonRows;

namespace CareerCompare.Web.Sections;

/// <summary>Skills and knowledge (O*NET importance and level ratings) and technologies (O*NET Technology Skills).</summary>
internal static class SkillsSection
{
    public static readonly Section Section = new("skills", Figures);

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
        new FigureFamily("skills.importance", "skills", skill => $"Importance of {skill}", "importance, 1 to 5", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.Skills.Select(s => s.Name)), SkillFigure),
        // Every skill and knowledge area O*NET rates, on its level scale (what level of it the work needs).
        new FigureFamily("skills.level", "skills", skill => $"Level of {skill} needed", "level, 0 to 7", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.SkillRatings.Select(s => s.Name)), (o, skill) => LevelFigure(o.SkillRatings, skill)),
        new FigureFamily("knowledge.importance", "knowledge", area => $"Importance of knowing {area}", "importance, 1 to 5", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.KnowledgeRatings.Select(s => s.Name)),
            (o, area) => ImportanceFigure(o.KnowledgeRatings.FirstOrDefault(r => r.Name == area))),
        new FigureFamily("knowledge.level", "knowledge", area => $"Level of knowledge of {area} needed", "level, 0 to 7", Official, OfficialSources.Onet,
            o => FigureFamily.Named(o.KnowledgeRatings.Select(s => s.Name)), (o, area) => LevelFigure(o.KnowledgeRatings, area)),
        OfficialFigure("tools.listed", "tools", "Technologies O*NET lists for the job", "count", OfficialSources.Onet,
            o => Figure.Count(o.ToolsListed)),
        OfficialFigure("tools.inDemand", "tools", "Technologies most asked for in job postings (O*NET In Demand)", null, OfficialSources.Onet,
            o => Figure.Words(o.ToolsOnetCode is null ? null : ToolNames(o, t => t.InDemand)), DifferenceRule.None),
    ];

    /// <summary>
    /// An occupation's value for a skill: its importance (O*NET) or its share of postings (careers site); "not listed"
    /// when its list lacks the skill, unknown when it has no skills at all.
    /// </summary>
    public static Figure SkillFigure(OccupationDetails occupation, string skill)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        if (occupation.Skills.Count == 0)
        {
            return Figure.Words(null);
        }

        var found = occupation.Skills.FirstOrDefault(s => string.Equals(s.Name, skill, StringComparison.OrdinalIgnoreCase));
        return found is null ? Figure.Words("not listed")
            : !occupation.IsOfficial ? Figure.Percent(found.SharePercent)
            : occupation.SkillRatings.FirstOrDefault(r => r.Name == found.Name) is { } rating ? ImportanceFigure(rating, round: true)
            : Figure.Number(found.Importance is { } i ? Math.Round(i, 2) : null);
    }

    /// <summary>
    /// An importance on O*NET's 1–5 scale, marked "low reliability" where O*NET recommends suppressing it (Writers and
    /// Authors' English Language); unknown where the occupation has no rating of the area.
    /// </summary>
    private static Figure ImportanceFigure(OnetRating? rating, bool round = false) => rating is null ? Figure.Number(null)
        : new Figure(FigureKind.Number, round ? Math.Round(rating.Importance, 2) : rating.Importance, null,
            rating.ImportanceImprecise ? FigureStatus.LowReliability : FigureStatus.Published);

    /// <summary>
    /// A level on O*NET's 0–7 scale: "not relevant" where O*NET says the area does not matter to the job, marked "low
    /// reliability" where it recommends suppressing the level; unknown where the occupation has no ratings.
    /// </summary>
    public static Figure LevelFigure(IReadOnlyList<OnetRating> ratings, string name)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count == 0)
        {
            return Figure.Words(null);
        }

        return ratings.FirstOrDefault(r => r.Name == name) switch
        {
            null => Figure.Words("not rated"),
            { Level: null } => Figure.Words("not relevant"),
            var r => new Figure(FigureKind.Number, Math.Round(r.Level.Value, 2), null, r.LevelImprecise ? FigureStatus.LowReliability : FigureStatus.Published),
        };
    }

    /// <summary>The names of the kept tools that carry a flag, or "none" ("Microsoft Excel; SAP").</summary>
    private static string ToolNames(OccupationDetails o, Func<TechnologyTool, bool> flag) =>
        o.Tools.Where(flag).Select(t => t.Name).ToList() is { Count: > 0 } names ? string.Join("; ", names) : "none";

    /// <summary>One kind of skill figure on a page: O*NET's importance or the careers site's share of postings, never both.</summary>
    private static bool OneKind(List<OccupationDetails> occupations) => occupations.Select(o => o.IsOfficial).Distinct().Count() == 1;

    // Occupations O*NET has not rated yet get a sentence, not a column of "—"; with fewer than two rated there is
    // nothing to chart side by side.
    private static List<OccupationDetails> Rated(List<OccupationDetails> occupations) => occupations.Where(o => o.Skills.Count > 0).ToList();

    /// <summary>The comparison's skills table: a row per skill any compared occupation has; none across sources or where none is rated.</summary>
    internal static CompareTable? Table(List<OccupationDetails> occupations)
    {
        var rated = Rated(occupations);
        var skillNames = occupations.SelectMany(o => o.Skills.Select(s => s.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return OneKind(occupations) && rated.Count > 0
            ? new CompareTable("skills-table", occupations[0].IsOfficial ? "Skills: importance on O*NET's 1–5 scale" : "Skills: share of job postings that mention each", rated,
                skillNames.Select(n => Row(FamilyRow(n, "skills.importance", "skills.postingShare"), rated)).OfType<CompareRow>().ToList())
            : null;
    }

    /// <summary>The comparison's skills chart, where at least two occupations are rated on one kind of figure.</summary>
    internal static ChartViewModel? Chart(List<OccupationDetails> occupations) =>
        OneKind(occupations) && Rated(occupations) is { Count: > 1 } rated ? ChartBuilder.Skills(rated) : null;

    // The careers site words the first occupation's skills one way and the others' another; so do we.
    internal static string SkillsSentence(OccupationDetails occupation, bool isFirst)
    {
        var name = occupation.InSentence;
        var top = occupation.Skills.Take(3).Select(s => Wording.Lower(s.Name)).ToList();
        if (top.Count == 0)
        {
            return occupation.IsOfficial ? $"O*NET has not rated the skills of {name} yet; their tasks above are what it lists for them." : $"No skills are listed for {name}.";
        }

        var measure = occupation.IsOfficial ? " (by importance, O*NET)" : string.Empty;
        return isFirst
            ? $"The top {(top.Count == 3 ? "three " : string.Empty)}skills for {name} include {Wording.JoinList(top)}{measure}."
            : $"The most important skills for {name} are {Wording.JoinList(top, serialComma: true)}{measure}.";
    }

    /// <summary>The skills section's one-line answer: the most important skill and how many technologies O*NET lists.</summary>
    internal static string Headline(OccupationDetails o)
    {
        if (o.Skills.Count == 0)
        {
            return SectionLine.Cite("O*NET has no skill ratings for this occupation", OfficialSources.Onet);
        }

        var top = o.Skills.Where(s => s.Importance is not null).MaxBy(s => s.Importance) ?? o.Skills[0];
        var tools = o.ToolsListed is > 0 ? $"; {FigureFormat.Count(o.ToolsListed.Value)} technologies listed" : string.Empty;
        return SectionLine.Cite($"Most important skill: {top.Name}{(top.Importance is { } i ? $" ({FigureFormat.Importance(i)})" : string.Empty)}{tools}", OfficialSources.Onet);
    }
}
