using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// What a move from one occupation to another takes, from O*NET's ratings: for every skill and knowledge area that
/// matters in the target (importance 3 or more of 5), the level each occupation needs on O*NET's 0–7 scale, and the
/// technologies they share. With three or four occupations, each move starts from the first.
/// </summary>
public static class SkillGapBuilder
{
    /// <summary>What "matters" means: O*NET's importance of 3 ("important") or more, as O*NET OnLine lists them.</summary>
    public const double ImportantFrom = 3.0;

    /// <summary>
    /// A difference in level smaller than this is not a gap: O*NET's levels are survey means whose standard errors are
    /// mostly 0.1–0.3, so half a level is the smallest step worth naming.
    /// </summary>
    public const double GapFrom = 0.5;

    public const string Rule = "A skill or knowledge area counts when O*NET rates it at least “important” (3 of 5) for the occupation one "
        + "moves to. It is one to build when that occupation needs at least half a level more, on O*NET's scale from 0 to 7; "
        + "otherwise it is one the first occupation already has at the level needed.";

    /// <summary>
    /// The skills and knowledge areas that matter in an occupation, the most important first; each with its kind
    /// (<see cref="LevelAnchor.Skill"/> or <see cref="LevelAnchor.Knowledge"/>: O*NET has a skill and a knowledge area
    /// both called "Mathematics").
    /// </summary>
    public static IReadOnlyList<(string Kind, OnetRating Rating)> Important(OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.SkillRatings.Select(r => (Kind: LevelAnchor.Skill, Rating: r))
            .Concat(o.KnowledgeRatings.Select(r => (Kind: LevelAnchor.Knowledge, Rating: r)))
            .Where(x => x.Rating.Importance >= ImportantFrom)
            .OrderByDescending(x => x.Rating.Importance).ThenBy(x => x.Rating.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The moves from the first occupation to each of the others.</summary>
    /// <param name="anchorsOf">What the levels of these areas mean (O*NET Level Scale Anchors): each level is said with its nearest anchor.</param>
    public static IReadOnlyList<SkillMove> Moves(IReadOnlyList<OccupationDetails> occupations, Func<IEnumerable<(string Kind, string Element)>, List<LevelAnchor>>? anchorsOf = null)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        return occupations.Skip(1).Select((to, i) => Move(occupations[0], to, i + 1, anchorsOf)).ToList();
    }

    /// <summary>"Near level 4: Give instructions to a lost motorist": the anchor closest to a level (the lower of two as close), or null where O*NET has none.</summary>
    public static string? NearestAnchor(IEnumerable<LevelAnchor> anchors, double level) => anchors
        .OrderBy(a => Math.Abs(a.Level - level)).ThenBy(a => a.Level)
        .Select(a => $"Near level {FigureFormat.Number(a.Level)}: {a.Description}")
        .FirstOrDefault();

    public static SkillMove Move(OccupationDetails from, OccupationDetails to, int index = 1, Func<IEnumerable<(string Kind, string Element)>, List<LevelAnchor>>? anchorsOf = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var tools = ToolsOf(from, to);
        var missing = new[] { from, to }.Where(o => o.SkillRatings.Count == 0 && o.KnowledgeRatings.Count == 0).ToList();
        if (missing.Count > 0)
        {
            var names = Wording.JoinList(missing.Select(o => o.InSentence).ToList());
            var why = missing.All(o => !o.IsOfficial) ? $"The careers site lists no skill levels for {names}, and O*NET does not rate its occupations"
                : $"O*NET has not rated the skills and knowledge of {names} yet";
            return new SkillMove(from, to, [], [], null, why + ", so the gap between them cannot be measured.", tools);
        }

        var important = Important(to);
        var anchors = (anchorsOf?.Invoke(important.Select(x => (x.Kind, x.Rating.Name))) ?? []).ToLookup(a => (a.Kind, a.Element));
        var rows = important
            .Select(x => new GapRow(x.Kind, x.Rating.Name, x.Rating.Importance, LevelIn(from, x.Kind, x.Rating.Name), x.Rating.Level ?? 0)
            {
                ImportanceImprecise = x.Rating.ImportanceImprecise,
                ToLevelImprecise = x.Rating.LevelImprecise,
                FromLevelImprecise = RatingIn(from, x.Kind, x.Rating.Name)?.LevelImprecise == true,
                ToAnchor = NearestAnchor(anchors[(x.Kind, x.Rating.Name)], x.Rating.Level ?? 0),
                FromAnchor = LevelIn(from, x.Kind, x.Rating.Name) is { } fromLevel ? NearestAnchor(anchors[(x.Kind, x.Rating.Name)], fromLevel) : null,
            })
            .ToList();
        // In the order the page's figures read: the gap as written (levels to one decimal), then the exact gap, then importance.
        var toBuild = rows.Where(r => r.Gap is >= GapFrom).OrderByDescending(r => Math.Round(r.ShownGap!.Value, 1)).ThenByDescending(r => r.Gap)
            .ThenByDescending(r => r.Importance).ToList();
        var have = rows.Where(r => r.Gap is < GapFrom).OrderByDescending(r => r.Importance).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var notRated = rows.Where(r => r.Gap is null).ToList();
        var chart = toBuild.Count == 0 ? null : Chart(from, to, toBuild.Take(10).ToList(), index);
        var note = notRated.Count == 0 ? null
            : $"O*NET does not rate {Wording.JoinList(notRated.Select(r => r.Name).ToList())} for {from.InSentence}: left out.";
        return new SkillMove(from, to, toBuild, have, chart, note, tools);
    }

    /// <summary>The level the occupation needs (0 where O*NET says the area is not relevant to it), or null where it has no rating.</summary>
    private static double? LevelIn(OccupationDetails o, string kind, string name) => RatingIn(o, kind, name) is { } rating ? rating.Level ?? 0 : null;

    private static OnetRating? RatingIn(OccupationDetails o, string kind, string name) =>
        (kind == LevelAnchor.Skill ? o.SkillRatings : o.KnowledgeRatings).FirstOrDefault(r => r.Name == name);

    private static ChartViewModel Chart(OccupationDetails from, OccupationDetails to, List<GapRow> rows, int index)
    {
        var labels = rows.Select(r => r.Name).ToList();
        var spec = new ChartSpec("score", true, labels,
        [
            new ChartDataset(from.Title, "bar", rows.Select(r => (object?)Math.Round(r.FromLevel!.Value, 1)).ToList()),
            new ChartDataset(to.Title, "bar", rows.Select(r => (object?)Math.Round(r.ToLevel, 1)).ToList()),
        ], Min: 0, Max: 7);
        // The chart's own numbers, as drawn (the gaps are in the table above the chart).
        var table = new ChartTable("Skill or knowledge area", [$"Level: {from.Title}", $"Level: {to.Title}"],
            rows.Select(r => new ChartTableRow(r.Name, [Figure.Number(Math.Round(r.FromLevel!.Value, 1)), Figure.Number(Math.Round(r.ToLevel, 1))])).ToList());
        var largest = rows[0];
        var summary = $"The largest gap is {largest.Name}: level {FigureFormat.Level(largest.ToLevel)} for {to.InSentence} against {FigureFormat.Level(largest.FromLevel!.Value)} "
            + $"for {from.InSentence}, on O*NET's scale from 0 to 7.";
        return new ChartViewModel($"gap-chart-{index}", $"Levels to build: from {from.Title} to {to.Title}", summary, spec, table);
    }

    private static ToolOverlap ToolsOf(OccupationDetails from, OccupationDetails to)
    {
        var fromNames = from.Tools.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var toNames = to.Tools.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ToolOverlap(
            to.Tools.Where(t => fromNames.Contains(t.Name)).ToList(),
            to.Tools.Where(t => !fromNames.Contains(t.Name)).ToList(),
            from.Tools.Where(t => !toNames.Contains(t.Name)).ToList(),
            from.ToolsOnetCode is not null && to.ToolsOnetCode is not null);
    }

    /// <summary>The source line of the section.</summary>
    public static string Source => $"{OfficialFiles.OnetSource}: Skills, Knowledge (importance and level) and Technology Skills";
}

/// <param name="FromLevel">The level the first occupation needs; null where O*NET does not rate that area for it.</param>
public sealed record GapRow(string Kind, string Name, double Importance, double? FromLevel, double ToLevel)
{
    /// <summary>O*NET recommends suppressing the target's importance of the area: the row counts, marked "low reliability".</summary>
    public bool ImportanceImprecise { get; init; }

    /// <summary>O*NET recommends suppressing the target's level, or the first occupation's.</summary>
    public bool ToLevelImprecise { get; init; }

    public bool FromLevelImprecise { get; init; }

    /// <summary>What the target's level looks like: O*NET's nearest anchor ("Near level 4: …"), or null where it has none.</summary>
    public string? ToAnchor { get; init; }

    /// <summary>What the first occupation's level looks like, the same way.</summary>
    public string? FromAnchor { get; init; }

    public double? Gap => FromLevel is { } from ? ToLevel - from : null;

    /// <summary>The gap as the page writes it: between the levels as written (to one decimal), so the row adds up.</summary>
    public double? ShownGap => FromLevel is { } from ? Math.Round(ToLevel, 1) - Math.Round(from, 1) : null;
}

/// <param name="Shared">Technologies of the target that the first occupation uses too.</param>
/// <param name="OnlyTarget">The target's technologies the first occupation's list does not have.</param>
/// <param name="OnlyFirst">The first occupation's technologies the target's list does not have.</param>
/// <param name="BothListed">Both occupations have O*NET technology lists.</param>
public sealed record ToolOverlap(IReadOnlyList<TechnologyTool> Shared, IReadOnlyList<TechnologyTool> OnlyTarget, IReadOnlyList<TechnologyTool> OnlyFirst, bool BothListed);

/// <param name="Note">Why there is no gap to show, or which areas were left out.</param>
public sealed record SkillMove(
    OccupationDetails From,
    OccupationDetails To,
    IReadOnlyList<GapRow> ToBuild,
    IReadOnlyList<GapRow> AlreadyHave,
    ChartViewModel? Chart,
    string? Note,
    ToolOverlap Tools);
