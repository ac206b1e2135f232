using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// A row of a comparison table: the catalogue's figures it shows, the first that applies to each occupation (an
/// estimate's key beside the official one's when both say the same thing). A row none of the compared occupations
/// has is left out.
/// </summary>
/// <param name="Label">The row's name on this page; the figure's own label when null.</param>
/// <param name="Signed">A change, written with its sign ("+4.1%").</param>
/// <param name="Member">For a row of a family's member ("Female", "Active Listening"): the member; the keys are then the families' prefixes.</param>
/// <param name="OfficialLabel">
/// The row's name when only official occupations are compared, where it differs; like the catalogue's labels it names
/// no year: the figures' own time is added to it (<see cref="FigureDefinition.Period"/>).
/// </param>
/// <param name="MixedLabel">The row's name when it holds a careers-site figure beside an official one of another name.</param>
internal sealed record RowSpec(string? Label, string[] Keys, string? Group = null, bool Signed = false, string? Member = null,
    string? OfficialLabel = null, string? MixedLabel = null);

/// <summary>The rows of a comparison's tables, each built from the catalogue's figures by a row's spec.</summary>
internal static class ComparisonRows
{
    internal static RowSpec Spec(string? label, params string[] keys) => new(label, keys);

    /// <summary>A row for one member of a family ("Female", "Active Listening"), named by the member, keyed per data set.</summary>
    internal static RowSpec FamilyRow(string member, params string[] prefixes) => new(member, prefixes, Member: member);

    /// <summary>
    /// One row: each occupation's value of the first of the row's figures it has (unknown when it has none), and in
    /// each cell after the first how that occupation differs from the first, by the figure's own rule (never across
    /// sources, nor between two different figures). Null when no compared occupation has any of the row's figures, or
    /// when every value is unknown: a row of "—" answers nothing.
    /// </summary>
    internal static CompareRow? Row(RowSpec spec, List<OccupationDetails> occupations)
    {
        var definitions = occupations.Select(o => spec.Member is { } member
                ? spec.Keys.Select(p => FigureCatalogue.Family(p, o)).OfType<FigureFamily>().Select(f => f.Member(new FamilyMember(Slug.FromTitle(member), member))).FirstOrDefault()
                : spec.Keys.Select(k => FigureCatalogue.Find(k, o)).OfType<FigureDefinition>().FirstOrDefault())
            .ToList();
        if (definitions.All(d => d is null))
        {
            return null;
        }

        var values = occupations.Select((o, i) => definitions[i]?.Read(o) ?? Figure.Words(null)).ToList();
        if (values.All(v => !v.IsKnown && v.Status != FigureStatus.NotPublished))
        {
            return null;
        }

        var first = definitions[0];
        // The figures' own time ("since May 2021"): where the occupations differ in it, the label names none, each value
        // says its own and two values of different periods are not subtracted.
        var periods = occupations.Select((o, i) => definitions[i]?.PeriodOf(o)).ToList();
        var distinctPeriods = periods.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var differences = occupations.Select((o, i) => i == 0 || o.DataSet != occupations[0].DataSet
            || first is null || definitions[i] is not { } other || other.Key != first.Key || periods[i] != periods[0] ? null
            : other.DifferenceOf(o, occupations[0])).ToList();
        var sameSource = occupations.All(o => o.DataSet == occupations[0].DataSet);
        // Marked only among values of one figure (an hourly median is not set against yearly ones), only among values of
        // one period, and only where the catalogue says a higher value is better: no badge on an age or a share of women.
        var marked = definitions.OfType<FigureDefinition>().GroupBy(d => d.Key).OrderByDescending(g => g.Count()).First().First();
        var highest = sameSource && distinctPeriods.Count <= 1 && marked.HigherIsBetter
            ? Highest(values.Select((v, i) => definitions[i]?.Key == marked.Key ? v : Figure.Words(null)).ToList())
            : values.Select(_ => false).ToList();
        var sources = sameSource ? null : occupations.Select((o, i) => definitions[i] is { } d
            ? d.Publisher?.Name ?? "Careers-site estimate"
            : null).ToList();
        var keys = definitions.OfType<FigureDefinition>().Select(d => d.Key).Distinct(StringComparer.Ordinal).Count();
        // Official occupations alone: the catalogue's label (or the row's own official one); the careers site's alone: its
        // page's words; both: a label that names both figures.
        var definitionLabel = definitions.First(d => d is not null)!.Label;
        // Only official figures in the row (a careers-site occupation may be compared, without this figure): the
        // official name. The period goes into the label only then: an estimate has none of its own, so beside one the
        // official value says its period.
        var officialOnly = occupations.Where((_, i) => definitions[i] is not null).All(o => o.IsOfficial);
        var label = keys > 1 ? spec.MixedLabel ?? (officialOnly ? spec.OfficialLabel : null) ?? spec.Label ?? definitionLabel
            : officialOnly ? spec.OfficialLabel ?? definitionLabel
            : spec.Label ?? definitionLabel;
        var ownLabel = officialOnly && (label == spec.OfficialLabel || label == definitionLabel);
        var timedLabel = ownLabel && distinctPeriods.Count == 1;
        if (timedLabel)
        {
            label += " " + distinctPeriods[0];
        }
        else if (ownLabel && distinctPeriods.Count > 1 && definitions.First(d => d is not null)!.PeriodInGeneral is { } general)
        {
            label += " " + general;
        }

        // What a value says of itself, in one parenthesis: a change in an hourly wage (hourly-only occupations, over a year
        // or over the history) beside changes in the yearly one says which it is; where the label names no period, the
        // value says its own: "+31.3% (hourly, since May 2024)".
        var notes = occupations.Select((_, i) => new List<string>(2)).ToList();
        if (spec.Signed)
        {
            values = values.Select((v, i) => Figure.Words(FigureFormat.SignedPercent(v))).ToList();
            for (var i = 0; i < notes.Count; i++)
            {
                if (definitions[i]?.Key.Contains(".hourly.", StringComparison.Ordinal) == true)
                {
                    notes[i].Add("hourly");
                }
            }
        }

        if (distinctPeriods.Count > 0 && !timedLabel)
        {
            for (var i = 0; i < notes.Count; i++)
            {
                if (periods[i] is { } period)
                {
                    notes[i].Add(period);
                }
            }
        }

        values = values.Select((v, i) => notes[i].Count > 0 && FigureFormat.Format(v) is { } text
            ? Figure.Words($"{text} ({string.Join(", ", notes[i])})") : v).ToList();

        return new CompareRow(label, values, highest, differences, sources, spec.Group) { Key = definitions.First(d => d is not null)!.Key };
    }

    /// <summary>
    /// Marks the highest numeric value when at least two are known and they are not all equal. A top-coded
    /// figure counts as its top code, which is above every published figure, so "$239,200 or more" ranks first.
    /// </summary>
    private static List<bool> Highest(List<Figure> values)
    {
        var known = values.Where(v => v.Kind != FigureKind.Text && v.IsKnown).Select(v => v.Value!.Value).ToList();
        if (known.Count < 2 || known.Distinct().Count() == 1)
        {
            return values.Select(_ => false).ToList();
        }

        var max = known.Max();
        return values.Select(v => v.Kind != FigureKind.Text && v.IsKnown && v.Value == max).ToList();
    }
}
