using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Sections;

namespace CareerCompare.Web.Services;

/// <summary>
/// The short answer at the top of a comparison: one line per question people ask (pay, growth, openings, what it
/// takes to get in, who does it), each naming the leader and by how much it leads, written from the catalogue's
/// figures. Official figures are ranked only against official figures and careers-site estimates only against
/// estimates; ties, top-coded and missing figures are said as such. Each line is written in its section's file
/// (<see cref="Sections"/>); what the lines share (the leader, the gap, the names, the footnotes) is here.
/// </summary>
public static class ShortAnswerBuilder
{
    /// <summary>One occupation's figure for a question, with the catalogue entry it was read by.</summary>
    internal sealed record Entry(OccupationDetails Occupation, FigureDefinition Definition, Figure Figure)
    {
        public bool Known => Figure.IsKnown && Figure.Kind != FigureKind.Text;

        public double Value => Figure.Value!.Value;

        public bool TopCoded => Figure.Status == FigureStatus.TopCoded;

        public string Text => FigureFormat.Format(Figure) ?? (Figure.Status == FigureStatus.NotPublished ? FigureFormat.NotPublished : "not known");
    }

    /// <summary>Collects the sources the lines cite and numbers them in the order they are first cited.</summary>
    internal sealed class Footnotes
    {
        private readonly List<string> notes = [];

        public IReadOnlyList<string> All => notes;

        public List<int> Cite(IEnumerable<Entry> entries) => entries
            .Select(e => e.Definition.Publisher is null ? Wording.Capitalize(e.Definition.SourceFor(e.Occupation).Name) + ", undated" : e.Definition.SourceFor(e.Occupation).ToString())
            .Distinct(StringComparer.Ordinal)
            .Select(note =>
            {
                var index = notes.IndexOf(note);
                if (index < 0)
                {
                    notes.Add(note);
                    index = notes.Count - 1;
                }

                return index + 1;
            })
            .Distinct()
            .Order()
            .ToList();
    }

    /// <param name="state">The state the comparison is shown in: a line says which pays more there.</param>
    public static ShortAnswerViewModel Build(IReadOnlyList<OccupationDetails> occupations, StateSummary? state = null)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var notes = new Footnotes();
        // In order: a line's footnotes are numbered as they are first cited.
        var lines = SectionOrder.ShortAnswer.SelectMany(s => s.Answers).Select(write => write(occupations, state, notes)).OfType<AnswerLine>().ToList();
        var verdicts = SectionOrder.Verdicts.SelectMany(s => s.Verdicts).Select(write => write(occupations, state)).OfType<Verdict>().ToList();
        return new ShortAnswerViewModel(lines, notes.All) { Verdicts = verdicts };
    }

    /// <summary>Said beside an official leader when careers-site estimates are compared too.</summary>
    internal const string EstimatesApart = "careers-site estimates not compared";

    /// <summary>
    /// A verdict where more leads: the leader among the official figures (among the estimates where no official figure is
    /// known) and its figure as <paramref name="say"/> writes it; occupations tied at the top, or at the top code, named as
    /// a tie; figures not known said as such. Estimates are never ranked against official figures.
    /// </summary>
    /// <param name="unknown">What a figure not known is said as ("paid by the hour"); its own text ("not published") by default.</param>
    internal static Verdict? Leading(string id, string question, string anchor, List<Entry> entries, Func<Entry, string> say, Func<Entry, string>? unknown = null)
    {
        var groups = BySource(entries).ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var group = groups.FirstOrDefault(g => g.Any(e => e.Known)) ?? groups[0];
        var apart = groups.Count > 1 && groups.Any(g => g != group && g.Any(e => e.Known)) ? EstimatesApart : null;
        var known = group.Where(e => e.Known).OrderByDescending(e => e.Value).ToList();
        var notKnown = group.Where(e => !e.Known).GroupBy(unknown ?? (e => e.Text))
            .Select(g => $"{Wording.JoinList(g.Select(e => e.Occupation.Title).ToList())}: {g.Key}").ToList() is { Count: > 0 } missing ? string.Join("; ", missing) : null;
        string? Notes(params string?[] notes) => notes.OfType<string>().ToList() is { Count: > 0 } said ? string.Join("; ", said) : null;
        if (known.Count == 0)
        {
            return new Verdict(id, question, anchor, null, "not known", Note: apart);
        }

        var top = known.Where(e => e.Value == known[0].Value).ToList();
        if (known.Count == 1)
        {
            return new Verdict(id, question, anchor, known[0].Occupation.Title, say(known[0]), Note: Notes(notKnown, apart));
        }

        if (top.Count > 1 || top[0].TopCoded && known.Count(e => e.TopCoded) > 1)
        {
            var tied = known.Where(e => e.Value == known[0].Value).Select(e => e.Occupation.Title).ToList();
            return new Verdict(id, question, anchor, Wording.JoinList(tied), say(known[0]),
                Note: Notes(top[0].TopCoded ? "tie at the highest figure published: which is higher is not known" : "tie", notKnown, apart));
        }

        return new Verdict(id, question, anchor, top[0].Occupation.Title, say(top[0]), top[0].Occupation.Slug, Notes(notKnown, apart));
    }

    internal static List<Entry> Entries(IReadOnlyList<OccupationDetails> occupations, params string[] keys) =>
        occupations.Select(o => keys.Select(k => FigureCatalogue.Find(k, o)).OfType<FigureDefinition>().FirstOrDefault() is { } definition
                ? new Entry(o, definition, definition.Read(o))
                : null)
            .OfType<Entry>()
            .ToList();

    /// <summary>
    /// The leader among entries of one data set, or null for a tie or fewer than two known figures. A top-coded figure
    /// leads only a figure below its top code: two at the top code cannot be told apart.
    /// </summary>
    internal static (Entry Leader, Entry Next)? Lead(IReadOnlyList<Entry> entries)
    {
        var known = entries.Where(e => e.Known).OrderByDescending(e => e.Value).ToList();
        if (known.Count < 2 || known[0].Value == known[1].Value)
        {
            return null;
        }

        return (known[0], known[1]);
    }

    /// <summary>
    /// How far a leader is ahead of the next: the amount, and the share the tables' differences give. Every share on a
    /// comparison is of the first occupation's figure, as under each column of the tables: said where the first
    /// occupation is one of the two (<paramref name="Share"/> of the next's figure when the next is the first: "34%
    /// more"; <paramref name="Less"/> of the leader's when the leader is: "a gap of 25% of $94,921"), and not between two others.
    /// Beyond twice the next's figure a share misleads ("7,728%"), so <paramref name="Times"/> says "78 times as many".
    /// </summary>
    /// <param name="LeaderText">The leader's figure as written, the base of <paramref name="Less"/>.</param>
    internal sealed record Gap(string Amount, string? Share, string? Less, string? Times, string? LeaderText = null)
    {
        /// <summary>
        /// "$24,144 (34%) more than a patient account manager ($70,777)"; "… ($70,777), a gap of 25% of $94,921";
        /// "…: 78 times as many".
        /// </summary>
        public string MoreThan(string name, string text) =>
            $"{Amount}{(Share is null ? string.Empty : $" ({Share})")} more than {name} ({text})"
            + (Less is null ? string.Empty : $", a gap of {Less} of {LeaderText}")
            + (Times is null ? string.Empty : $": {Times}");

        /// <summary>The gap without names (the line's data-difference): "$24,144 (34%)", "$24,144 (25% less)", "548,700 (78 times as many)".</summary>
        public string Difference => Amount + (Share ?? (Less is null ? null : Less + " less") ?? Times) switch
        {
            null => string.Empty,
            var part => $" ({part})",
        };
    }

    internal static Gap Ahead(Entry leader, Entry next, OccupationDetails first, string much)
    {
        var gap = leader.Value - next.Value;
        var amount = leader.Figure.Kind switch
        {
            FigureKind.Money => FigureFormat.Money(gap),
            FigureKind.MoneyCents => FigureFormat.MoneyCents(gap),
            _ => FigureFormat.Count(gap),
        };
        if (FigureFormat.Times(leader.Value, next.Value) is { } times)
        {
            return new Gap(amount, null, null, $"{times} as {much}");
        }

        return next.Value > 0 && next.Occupation == first ? new Gap(amount, FigureFormat.Percent(gap / next.Value * 100), null, null)
            : leader.Value > 0 && leader.Occupation == first ? new Gap(amount, null, FigureFormat.Percent(gap / leader.Value * 100), null, leader.Text)
            : new Gap(amount, null, null, null);
    }

    /// <summary>"Registered Nurses" (an official title, plural) or "a patient account manager" (a careers-site title).</summary>
    internal static string Name(OccupationDetails o) => o.InSentence;

    /// <summary>The verb for an occupation as subject: official titles are plural ("Nurses earn"), careers-site ones singular.</summary>
    internal static string Verb(OccupationDetails o, string plural, string singular) => o.IsOfficial ? plural : singular;

    internal static string Most(IReadOnlyList<OccupationDetails> occupations, string two, string more) => occupations.Count == 2 ? two : more;

    /// <summary>The groups ranked separately: official figures first, then the careers site's estimates.</summary>
    internal static IEnumerable<List<Entry>> BySource(List<Entry> entries) =>
        entries.GroupBy(e => e.Occupation.IsOfficial).OrderByDescending(g => g.Key).Select(g => g.ToList());

    internal static bool Mixed(IReadOnlyList<OccupationDetails> occupations) => occupations.Select(o => o.DataSet).Distinct().Count() > 1;
}
