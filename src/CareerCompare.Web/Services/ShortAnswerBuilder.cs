using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// The short answer at the top of a comparison: one line per question people ask (pay, growth, openings, what it
/// takes to get in, who does it), each naming the leader and by how much it leads, written from the catalogue's
/// figures. Official figures are ranked only against official figures and careers-site estimates only against
/// estimates; ties, top-coded and missing figures are said as such.
/// </summary>
public static class ShortAnswerBuilder
{
    /// <summary>BLS's typical entry education levels, least to most.</summary>
    private static readonly string[] EducationLevels =
    [
        "No formal educational credential", "High school diploma or equivalent", "Some college, no degree",
        "Postsecondary nondegree award", "Associate's degree", "Bachelor's degree", "Master's degree", "Doctoral or professional degree",
    ];

    /// <summary>One occupation's figure for a question, with the catalogue entry it was read by.</summary>
    private sealed record Entry(OccupationDetails Occupation, FigureDefinition Definition, Figure Figure)
    {
        public bool Known => Figure.IsKnown && Figure.Kind != FigureKind.Text;

        public double Value => Figure.Value!.Value;

        public bool TopCoded => Figure.Status == FigureStatus.TopCoded;

        public string Text => FigureFormat.Format(Figure) ?? (Figure.Status == FigureStatus.NotPublished ? FigureFormat.NotPublished : "not known");
    }

    /// <summary>Collects the sources the lines cite and numbers them in the order they are first cited.</summary>
    private sealed class Footnotes
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
        var lines = new List<AnswerLine?>
        {
            Pay(occupations, notes),
            PayHistory(occupations, notes),
            state is null ? null : PayInState(occupations, state, notes),
            BestIndustry(occupations, notes),
            Growth(occupations, notes),
            Openings(occupations, notes),
            GettingIn(occupations, notes),
            WhoDoesIt(occupations, notes),
            PayOfMenAndWomen(occupations, notes),
        };
        return new ShortAnswerViewModel(lines.OfType<AnswerLine>().ToList(), notes.All);
    }

    private static List<Entry> Entries(IReadOnlyList<OccupationDetails> occupations, params string[] keys) =>
        occupations.Select(o => keys.Select(k => FigureCatalogue.Find(k, o)).OfType<FigureDefinition>().FirstOrDefault() is { } definition
                ? new Entry(o, definition, definition.Read(o))
                : null)
            .OfType<Entry>()
            .ToList();

    /// <summary>
    /// The leader among entries of one data set, or null for a tie or fewer than two known figures. A top-coded figure
    /// leads only a figure below its top code: two at the top code cannot be told apart.
    /// </summary>
    private static (Entry Leader, Entry Next)? Lead(IReadOnlyList<Entry> entries)
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
    private sealed record Gap(string Amount, string? Share, string? Less, string? Times, string? LeaderText = null)
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

    private static Gap Ahead(Entry leader, Entry next, OccupationDetails first, string much)
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
    private static string Name(OccupationDetails o) => o.InSentence;

    /// <summary>The verb for an occupation as subject: official titles are plural ("Nurses earn"), careers-site ones singular.</summary>
    private static string Verb(OccupationDetails o, string plural, string singular) => o.IsOfficial ? plural : singular;

    private static string Most(IReadOnlyList<OccupationDetails> occupations, string two, string more) => occupations.Count == 2 ? two : more;

    /// <summary>The groups ranked separately: official figures first, then the careers site's estimates.</summary>
    private static IEnumerable<List<Entry>> BySource(List<Entry> entries) =>
        entries.GroupBy(e => e.Occupation.IsOfficial).OrderByDescending(g => g.Key).Select(g => g.ToList());

    private static bool Mixed(IReadOnlyList<OccupationDetails> occupations) => occupations.Select(o => o.DataSet).Distinct().Count() > 1;

    /// <summary>
    /// Which pays more in one state: the official occupations' state means (May 2023, hourly when all are paid by the
    /// hour), then the same at national prices; the careers site's occupations have no state figures and are named apart.
    /// </summary>
    private static AnswerLine? PayInState(IReadOnlyList<OccupationDetails> occupations, StateSummary state, Footnotes notes)
    {
        var official = occupations.Where(o => o.IsOfficial).ToList();
        if (official.Count == 0)
        {
            return null;
        }

        var allHourly = official.All(o => o.WageBasis == WageBasis.HourlyOnly);
        var period = allHourly ? "hourly" : "annual";
        var unit = allHourly ? "an hour" : "a year";
        List<Entry> Read(string prefix) => official
            .Select(o => FigureCatalogue.Family(prefix, o)?.Member(new FamilyMember(state.Slug, state.Name)) is { } d ? new Entry(o, d, d.Read(o)) : null)
            .OfType<Entry>().ToList();
        var means = Read($"wages.states.{period}.mean");
        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        var topCoded = means.Where(e => e.Known && e.TopCoded).ToList();
        var lead = Lead(means);
        if (topCoded.Count > 1)
        {
            parts.Add($"In {state.Name}, {Wording.JoinList(topCoded.Select(e => e.Occupation.Title).ToList())} all have a mean of {topCoded[0].Text} {unit} ({OfficialSources.States.Vintage}), the highest figure BLS publishes, so which pays more there is not known.");
        }
        else if (lead is { } l)
        {
            var ahead = Ahead(l.Leader, l.Next, occupations[0], "much");
            leaderSlug = l.Leader.Occupation.Slug;
            difference = ahead.Difference;
            parts.Add($"In {state.Name}, {Name(l.Leader.Occupation)} earn {Most(occupations, "more", "the most")}: a mean of {l.Leader.Text} {unit} ({OfficialSources.States.Vintage}), "
                + $"{(l.Leader.TopCoded ? "at least " : string.Empty)}{ahead.MoreThan(Name(l.Next.Occupation), l.Next.Text)}.");
        }
        else if (means.Count(e => e.Known) >= 2)
        {
            parts.Add($"In {state.Name}, {Wording.JoinList(means.Where(e => e.Known).Select(e => Name(e.Occupation)).ToList())} have the same mean, {means.First(e => e.Known).Text} {unit} ({OfficialSources.States.Vintage}).");
        }
        else if (means.Count(e => e.Known) == 1)
        {
            var lone = means.First(e => e.Known);
            parts.Add($"In {state.Name}, {Name(lone.Occupation)} have a mean of {lone.Text} {unit} ({OfficialSources.States.Vintage}).");
        }

        foreach (var missing in official.Where(o => means.All(e => e.Occupation != o || !e.Known)))
        {
            parts.Add(missing.InState(state.Code) is null
                ? $"BLS has no estimate for {Name(missing)} in {state.Name}."
                : missing.WageBasis == WageBasis.HourlyOnly && !allHourly
                    ? $"{missing.Title} are paid by the hour, so BLS publishes no yearly mean for them there."
                    : $"BLS does not publish the mean of {Name(missing)} in {state.Name}.");
        }

        var cited = means.ToList();
        if (state.PriceParity is { } parity && means.Any(e => e.Known && !e.TopCoded))
        {
            var adjusted = Read($"wages.states.{period}.mean.afterPrices").Where(e => e.Known).ToList();
            parts.Add($"Adjusted for prices there (price level {FigureFormat.PriceParity(parity)}, BEA RPP {OfficialSources.Prices.Vintage}), that is "
                + $"{Wording.JoinList(adjusted.Select(e => $"{e.Text} for {Name(e.Occupation)}").ToList())} at national prices.");
            cited.AddRange(adjusted);
        }
        else if (state.PriceParity is null)
        {
            parts.Add($"BEA publishes no price level for {state.Name}, so its pay is not adjusted for prices.");
        }

        if (official.Count < occupations.Count)
        {
            parts.Add("Careers-site estimates have no state figures.");
        }

        return new AnswerLine("pay-state", $"Which pays more in {state.Name}?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(cited));
    }

    private static AnswerLine? Pay(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        // Hourly-only occupations (actors, dancers…) have no yearly wage: compared by the hour when all are, else named apart.
        var official = occupations.Where(o => o.IsOfficial).ToList();
        var allHourly = official.Count > 0 && official.All(o => o.WageBasis == WageBasis.HourlyOnly);
        var entries = Entries(occupations, allHourly ? "wages.hourly.median" : "wages.annual.median", "salary.average");
        if (entries.Count == 0)
        {
            return null;
        }

        var period = allHourly ? "an hour" : "a year";
        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        foreach (var group in BySource(entries))
        {
            var isOfficial = group[0].Occupation.IsOfficial;
            var measure = isOfficial ? "median" : "average salary";
            var estimate = isOfficial ? string.Empty : " (careers-site estimate)";
            var lead = Lead(group);
            var topCodedAtTop = group.Count(e => e.Known && e.TopCoded) > 1;
            if (topCodedAtTop)
            {
                var top = group.Where(e => e.Known && e.TopCoded).Select(e => e.Occupation.Title).ToList();
                parts.Add($"{Wording.JoinList(top)} all have a {measure} of {group.First(e => e.TopCoded).Text} {period}, the highest figure BLS publishes, so which pays more is not known.");
            }
            else if (lead is { } l)
            {
                var ahead = Ahead(l.Leader, l.Next, occupations[0], "much");
                var atLeast = l.Leader.TopCoded ? "at least " : string.Empty;
                parts.Add($"{Wording.Capitalize(Name(l.Leader.Occupation))} {Verb(l.Leader.Occupation, "earn", "earns")} {Most(occupations, "more", "the most")}: "
                    + $"{Wording.WithArticle(measure)} of {l.Leader.Text} {period}{estimate}, {atLeast}{ahead.MoreThan(Name(l.Next.Occupation), l.Next.Text)}.");
                if (leaderSlug is null)
                {
                    leaderSlug = l.Leader.Occupation.Slug;
                    difference = ahead.Difference;
                }
            }
            else if (group.Count(e => e.Known) >= 2)
            {
                var same = group.Where(e => e.Known).ToList();
                parts.Add($"{Wording.Capitalize(Wording.JoinList(same.Select(e => Name(e.Occupation)).ToList()))} have the same {measure}, {same[0].Text} {period}{estimate}.");
            }

            var lone = group.Count(e => e.Known) == 1 ? group.First(e => e.Known) : null;
            if (lone is not null)
            {
                parts.Add($"{Wording.Capitalize(Name(lone.Occupation))}: {Wording.WithArticle(measure)} of {lone.Text} {period}{estimate}.");
            }

            if (isOfficial)
            {
                var middle = group.Select(e => MiddleHalf(e.Occupation, allHourly) is { } range ? $"{e.Occupation.Title} {range}" : null).OfType<string>().ToList();
                if (middle.Count > 0)
                {
                    parts.Add($"The middle half earns {Wording.JoinList(middle)}.");
                }
            }

            foreach (var missing in group.Where(e => !e.Known))
            {
                parts.Add(missing.Occupation.WageBasis == WageBasis.HourlyOnly
                    ? $"{missing.Occupation.Title} are paid by the hour (median {FigureFormat.Format(FigureCatalogue.Read("wages.hourly.median", missing.Occupation)) ?? "not published"}), so BLS publishes no yearly figure."
                    : $"The {measure} of {Name(missing.Occupation)} is {missing.Text}.");
            }
        }

        if (Mixed(occupations))
        {
            parts.Add("Official wages and careers-site estimates are not ranked against each other.");
        }

        return new AnswerLine("pay", "Which pays more?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(entries));
    }

    /// <summary>
    /// How the official occupations' medians moved since May 2019 (or the first year of each one's history), nominal:
    /// "The median pay of Registered Nurses rose 33.1% since May 2019, against 12.6% for Software Developers (since May 2021)."
    /// Null with fewer than one official occupation whose change is known.
    /// </summary>
    private static AnswerLine? PayHistory(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var entries = Entries(occupations.Where(o => o.IsOfficial).ToList(), "wages.history.annual.median.change", "wages.history.hourly.median.change")
            .Where(e => e.Known).ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        string Moved(Entry e) => e.Value >= 0 ? "rose" : "fell";
        string Since(Entry e) => e.Occupation.HistoryChange(p => p.Median.Figure).Since is { } year ? OfficialSources.Since(year) : string.Empty;
        string Amount(Entry e) => FigureFormat.Percent(Math.Abs(e.Value), 1);
        var first = entries[0];
        var text = $"The median pay of {first.Occupation.Title} {Moved(first)} {Amount(first)} {Since(first)}";
        if (entries.Count > 1)
        {
            text += ", against " + Wording.JoinList(entries.Skip(1).Select(e =>
                $"{(e.Value >= 0 ? string.Empty : "a fall of ")}{Amount(e)} for {e.Occupation.Title}{(Since(e) == Since(first) ? string.Empty : $" ({Since(e)})")}").ToList());
        }

        text += ". Nominal dollars, not adjusted for inflation; BLS cautions against reading small year-to-year changes in these estimates.";
        // Changes over different periods are said side by side but not ranked: no leader unless all start in one year.
        var lead = entries.Select(Since).Distinct(StringComparer.Ordinal).Count() == 1 ? Lead(entries) : null;
        return new AnswerLine("pay-history", "How has pay moved?", text, lead?.Leader.Occupation.Slug, null, notes.Cite(entries));
    }

    /// <summary>
    /// Which industry sector pays each official occupation best (OEWS industry-sector estimates, May 2024, by the stated
    /// reliability rule), and which of those medians is highest: "Software Developers earn most in Finance and Insurance
    /// (median $145,000), Registered Nurses in …". Null where no official occupation has sector figures.
    /// </summary>
    private static AnswerLine? BestIndustry(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var official = occupations.Where(o => o.IsOfficial && o.Industries.Count > 0).ToList();
        var allHourly = official.Count > 0 && official.All(o => o.ByTheHour);
        var entries = Entries(official, allHourly ? "industries.best.hourly.median" : "industries.best.annual.median");
        if (official.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        // "Software Developers earn most in Finance and Insurance (median $145,000), Registered Nurses in Utilities (…)".
        var said = official.Select(o =>
        {
            var (best, topCoded, _) = o.BestPayingSector();
            var period = o.ByTheHour ? " an hour" : string.Empty;
            return best is not null
                ? (Who: Name(o), Where: $"{best.ShortName} (median {FigureFormat.Format(best.Median.Figure)}{period}"
                    + (best.Median.Status == FigureStatus.TopCoded ? $": May {OfficialFiles.SectorsYear}'s top code, the highest figure that year's files publish)" : ")"))
                : topCoded.Count > 0
                    ? (Who: Name(o), Where: $"one of {topCoded.Count} sectors where the median is top-coded ({string.Join("; ", topCoded.Select(t => t.ShortName))})")
                    : (Who: Name(o), Where: (string?)null);
        }).Where(x => x.Where is not null).ToList();
        if (said.Count > 0)
        {
            var rest = said.Skip(1).Select(x => $"{x.Who} in {x.Where}").ToList();
            parts.Add($"{Wording.Capitalize(said[0].Who)} earn most in {said[0].Where}{(rest.Count > 0 ? ", " + Wording.JoinList(rest) : string.Empty)}.");
        }

        foreach (var none in official.Where(o => o.BestPayingSector() is { Best: null, TopCoded.Count: 0 }))
        {
            parts.Add($"No industry sector's estimate for {Name(none)} is reliable enough to name one.");
        }

        var lead = Lead(entries);
        string? leaderSlug = null;
        string? difference = null;
        if (lead is { } l && official.Count > 1 && !l.Leader.TopCoded)
        {
            leaderSlug = l.Leader.Occupation.Slug;
            // No share here: no table sets these two medians against each other.
            var ahead = Ahead(l.Leader, l.Next, occupations[0], "much") with { Share = null, Less = null };
            difference = ahead.Difference;
            parts.Add($"That is {ahead.Amount} more for {Name(l.Leader.Occupation)} than for {Name(l.Next.Occupation)} at the best-paying sector of each"
                + (ahead.Times is null ? "." : $": {ahead.Times}."));
        }

        parts.Add($"Sectors with {IndustryPay.Rule}; {OfficialSources.Industries.Vintage}, the newest figures by industry this site holds.");
        if (occupations.Any(o => !o.IsOfficial))
        {
            parts.Add("The careers site's best-paying industry is its own estimate, shown in the salary table.");
        }

        return new AnswerLine("industry", "Which industry pays best?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(Entries(official, "industries.best")));
    }

    /// <summary>
    /// What women working full time earn as a share of men's in each official occupation's survey group (CPS Table 39,
    /// 2025), against all full-time workers; "not published" where BLS withholds a median. Null where no official
    /// occupation has a Table 39 row.
    /// </summary>
    private static AnswerLine? PayOfMenAndWomen(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var official = occupations.Where(o => o.IsOfficial && o.EarningsSourceRow is not null).ToList();
        if (official.Count == 0)
        {
            return null;
        }

        var shares = Entries(official, "earnings.weekly.womenShareOfMen");
        var known = shares.Where(e => e.Known).ToList();
        var parts = new List<string>();
        string Group(OccupationDetails o) => o.DemographicsRowShared ? $" (the survey's group “{o.EarningsSourceRow}”)" : string.Empty;
        string Medians(OccupationDetails o) =>
            $"{FigureFormat.Format(FigureCatalogue.Read("earnings.weekly.women", o))} a week against {FigureFormat.Format(FigureCatalogue.Read("earnings.weekly.men", o))}";
        if (known.Count > 0)
        {
            var first = known[0];
            var text = $"Among {Name(first.Occupation)}{Group(first.Occupation)}, women working full time earn {first.Text} of what men earn ({Medians(first.Occupation)})";
            if (known.Count > 1)
            {
                text += ", against " + Wording.JoinList(known.Skip(1).Select(e => $"{e.Text} among {Name(e.Occupation)}{Group(e.Occupation)}").ToList());
            }

            parts.Add(text + ".");
        }

        var withheld = shares.Where(e => !e.Known).Select(e => Name(e.Occupation)).ToList();
        if (withheld.Count > 0)
        {
            parts.Add($"BLS does not publish men's and women's medians for {Wording.JoinList(withheld)} (fewer than 50,000 men or women in the group).");
        }

        parts.Add($"All full-time workers: {FigureFormat.Percent(OfficialFiles.AllWomenShareOfMenPercent, 1)}. "
            + "Medians of the whole group, not of the same work: hours and jobs within it differ.");
        var lead = Lead(known);
        return new AnswerLine("men-women", "What do men and women earn?", string.Join(" ", parts), lead?.Leader.Occupation.Slug, null, notes.Cite(shares));
    }

    /// <summary>"$101,000 to $168,000": the 25th to 75th percentile, or null when either is unknown.</summary>
    private static string? MiddleHalf(OccupationDetails o, bool hourly)
    {
        var period = hourly ? "hourly" : "annual";
        return FigureFormat.Format(FigureCatalogue.Read($"wages.{period}.p25", o)) is { } low && FigureFormat.Format(FigureCatalogue.Read($"wages.{period}.p75", o)) is { } high
            ? $"{low} to {high}"
            : null;
    }

    private static AnswerLine? Growth(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var entries = Entries(occupations, "projections.changePercent", "jobs.growthRate");
        if (entries.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        string Say(Entry e) => e.Text + Outlook(e);
        foreach (var group in BySource(entries))
        {
            var span = group[0].Occupation.IsOfficial ? $" from {OfficialFiles.ProjectionsFirstYear} to {OfficialFiles.ProjectionsLastYear}" : " (careers-site estimate, no period given)";
            var lead = Lead(group);
            if (lead is { } l)
            {
                var points = FigureFormat.Number(Math.Round(l.Leader.Value - l.Next.Value, 1));
                parts.Add($"{Wording.Capitalize(Name(l.Leader.Occupation))} {Verb(l.Leader.Occupation, "grow", "grows")} {Most(occupations, "faster", "fastest")}: "
                    + $"{l.Leader.Text}{span}{Outlook(l.Leader)}, {points} percentage points more than {Name(l.Next.Occupation)} ({Say(l.Next)}).");
                foreach (var other in group.Where(e => e.Known && e != l.Leader && e != l.Next))
                {
                    parts.Add($"{Wording.Capitalize(Name(other.Occupation))}: {Say(other)}.");
                }

                if (leaderSlug is null)
                {
                    leaderSlug = l.Leader.Occupation.Slug;
                    difference = $"{points} points";
                }
            }
            else
            {
                var known = group.Where(e => e.Known).ToList();
                if (known.Count >= 2)
                {
                    parts.Add($"{Wording.Capitalize(Wording.JoinList(known.Select(e => Name(e.Occupation)).ToList()))} grow at the same rate: {known[0].Text}{span}{Outlook(known[0])}.");
                }
                else if (known.Count == 1)
                {
                    parts.Add($"{Wording.Capitalize(Name(known[0].Occupation))}: {known[0].Text}{span}{Outlook(known[0])}.");
                }
            }

            foreach (var missing in group.Where(e => !e.Known))
            {
                parts.Add($"The growth of {Name(missing.Occupation)} is {missing.Text}.");
            }
        }

        if (entries.Any(e => e.Occupation.IsOfficial))
        {
            parts.Add($"The average for all occupations is {FigureFormat.Percent(OfficialFiles.AllOccupationsGrowthPercent, 1)}.");
        }

        if (Mixed(occupations))
        {
            parts.Add("The careers site's growth rate and BLS's projection are not ranked against each other.");
        }

        return new AnswerLine("growth", "Which grows faster?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(entries));
    }

    /// <summary>", much faster than average": BLS's words for an official projection; nothing for an estimate.</summary>
    private static string Outlook(Entry e) =>
        e.Occupation.IsOfficial && Wording.GrowthOutlook(e.Known ? e.Value : null) is { } words ? $", {words}" : string.Empty;

    private static AnswerLine? Openings(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var entries = Entries(occupations, "projections.annualOpenings");
        if (entries.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        var lead = Lead(entries);
        if (lead is { } l)
        {
            var ahead = Ahead(l.Leader, l.Next, occupations[0], "many");
            difference = ahead.Difference;
            leaderSlug = l.Leader.Occupation.Slug;
            parts.Add($"{Wording.Capitalize(Name(l.Leader.Occupation))} {Verb(l.Leader.Occupation, "have", "has")} {Most(occupations, "more", "the most")} openings: "
                + $"{l.Leader.Text} a year on average, {OfficialSources.Projections.Vintage}, {ahead.MoreThan(Name(l.Next.Occupation), l.Next.Text)}.");
            var others = entries.Where(e => e.Known && e != l.Leader && e != l.Next).Select(e => $"{Name(e.Occupation)} {e.Text}").ToList();
            if (others.Count > 0)
            {
                parts.Add($"Then {Wording.JoinList(others)}.");
            }
        }
        else if (entries.Count(e => e.Known) >= 2)
        {
            var known = entries.Where(e => e.Known).ToList();
            parts.Add($"{Wording.Capitalize(Wording.JoinList(known.Select(e => Name(e.Occupation)).ToList()))} have the same number of openings, {known[0].Text} a year.");
        }
        else if (entries.FirstOrDefault(e => e.Known) is { } lone)
        {
            parts.Add($"{Wording.Capitalize(Name(lone.Occupation))}: {lone.Text} openings a year on average, {OfficialSources.Projections.Vintage}.");
        }

        parts.AddRange(entries.Where(e => !e.Known).Select(e => $"Openings for {Name(e.Occupation)}: {e.Text}."));
        var without = occupations.Where(o => !o.IsOfficial).Select(Name).ToList();
        if (without.Count > 0)
        {
            parts.Add($"The careers site gives no openings for {Wording.JoinList(without)}.");
        }

        return new AnswerLine("openings", "Which has more openings?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(entries));
    }

    private static AnswerLine? GettingIn(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var education = Entries(occupations, "education.typicalEntry", "education.mostCommonDegree");
        if (education.Count == 0)
        {
            return null;
        }

        var experience = Entries(occupations, "education.workExperience", "education.yearsOfExperience");
        var training = Entries(occupations, "education.onTheJobTraining", "education.yearsToBecome");
        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        var official = education.Where(e => e.Occupation.IsOfficial && Array.IndexOf(EducationLevels, e.Figure.Text) >= 0)
            .OrderByDescending(e => Array.IndexOf(EducationLevels, e.Figure.Text)).ToList();
        if (official.Count >= 2)
        {
            var top = Array.IndexOf(EducationLevels, official[0].Figure.Text);
            var atTop = official.TakeWhile(e => Array.IndexOf(EducationLevels, e.Figure.Text) == top).ToList();
            if (atTop.Count == official.Count)
            {
                parts.Add($"{Wording.Capitalize(Wording.JoinList(atTop.Select(e => Name(e.Occupation)).ToList()))} all typically start with the same education: {Wording.Lower(official[0].Figure.Text!)}.");
            }
            else if (atTop.Count == 1)
            {
                var nextLevel = official[1].Figure.Text!;
                var next = official.Where(e => e.Figure.Text == nextLevel).Select(e => Name(e.Occupation)).ToList();
                leaderSlug = atTop[0].Occupation.Slug;
                difference = $"{Wording.Lower(official[0].Figure.Text!)} against {Wording.Lower(nextLevel)}";
                parts.Add($"{Wording.Capitalize(Name(atTop[0].Occupation))} {Verb(atTop[0].Occupation, "need", "needs")} {Most(occupations, "more", "the most")} school: typically {WithArticle(official[0].Figure.Text!)} to start, "
                    + $"against {WithArticle(nextLevel)} for {Wording.JoinList(next)}.");
            }
            else
            {
                parts.Add($"{Wording.Capitalize(Wording.JoinList(atTop.Select(e => Name(e.Occupation)).ToList()))} need the most school: typically {WithArticle(official[0].Figure.Text!)} to start.");
            }
        }

        foreach (var occupation in occupations)
        {
            string? Of(List<Entry> list) => list.FirstOrDefault(e => e.Occupation == occupation) is { } e && FigureFormat.Format(e.Figure) is { } text ? text : null;
            var details = occupation.IsOfficial
                ? new[] { Of(education) is { } ed ? Wording.Lower(ed) : null, Of(experience) is { } ex ? $"work experience: {Wording.Lower(ex)}" : null, Of(training) is { } tr ? $"training: {Wording.Lower(tr)}" : null }
                : new[] { Of(education) is { } degree ? $"most common degree: {Wording.Lower(degree)}" : null, Of(training) is { } years ? $"{years} to become one" : null, Of(experience) is { } before ? $"{before} years of experience" : null };
            var known = details.OfType<string>().ToList();
            parts.Add(known.Count > 0
                ? $"{Wording.Capitalize(Name(occupation))}: {string.Join("; ", known)}."
                : $"What it takes to become {Name(occupation)} is not known.");
        }

        if (Mixed(occupations))
        {
            parts.Add("BLS gives the education needed to start; the careers site, the degree most holders have.");
        }

        return new AnswerLine("getting-in", "What does it take to get in?", string.Join(" ", parts), leaderSlug, difference,
            notes.Cite(education.Concat(experience).Concat(training)));
    }

    private static AnswerLine? WhoDoesIt(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        // The careers site calls the group "Female", the survey "Women".
        var women = occupations
            .Select(o => FigureCatalogue.Family("demographics.gender", o)?.Member(new FamilyMember("women", o.IsOfficial ? "Women" : "Female")) is { } definition
                ? new Entry(o, definition, definition.Read(o))
                : null)
            .OfType<Entry>()
            .ToList();
        var ages = Entries(occupations, "demographics.medianAge", "demographics.averageAge");
        if (women.All(e => !e.Known) && ages.All(e => !e.Known))
        {
            return null;
        }

        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        foreach (var group in BySource(women))
        {
            var lead = Lead(group);
            if (lead is { } l)
            {
                var points = FigureFormat.Number(Math.Round(l.Leader.Value - l.Next.Value, 1));
                parts.Add($"{Wording.Capitalize(Name(l.Leader.Occupation))} {Verb(l.Leader.Occupation, "have", "has")} {Most(occupations, "more", "the most")} women: "
                    + $"{l.Leader.Text} of workers, {points} percentage points more than {Name(l.Next.Occupation)} ({l.Next.Text}).");
                if (leaderSlug is null)
                {
                    leaderSlug = l.Leader.Occupation.Slug;
                    difference = $"{points} points";
                }
            }

            var estimate = group[0].Occupation.IsOfficial || !Mixed(occupations) ? string.Empty : " (careers-site estimate)";
            var rest = group.Where(e => e.Known && (lead is not { } x || (e != x.Leader && e != x.Next))).Select(e => $"{Name(e.Occupation)} {e.Text} women{estimate}").ToList();
            if (rest.Count > 0)
            {
                parts.Add($"{Wording.Capitalize(Wording.JoinList(rest))}.");
            }

            var withheld = group.Where(e => !e.Known).Select(e => Name(e.Occupation)).ToList();
            if (withheld.Count > 0)
            {
                parts.Add(group[0].Occupation.IsOfficial
                    ? $"The survey publishes no share of women for {Wording.JoinList(withheld)}."
                    : $"The share of women is not known for {Wording.JoinList(withheld)}.");
            }
        }

        var knownAges = ages.Where(e => e.Known).Select(e => $"{Name(e.Occupation)} {e.Text}").ToList();
        if (knownAges.Count > 0)
        {
            var measure = ages.All(e => e.Occupation.IsOfficial) ? "Median age" : ages.All(e => !e.Occupation.IsOfficial) ? "Average age" : "Age (official: median; careers site: average)";
            parts.Add($"{measure}: {Wording.JoinList(knownAges)}.");
        }

        return new AnswerLine("who", "Who does it?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(women.Concat(ages).Where(e => e.Known)));
    }

    private static string WithArticle(string level)
    {
        var lower = Wording.Lower(level);
        return lower.EndsWith("degree", StringComparison.Ordinal) || lower.EndsWith("diploma or equivalent", StringComparison.Ordinal)
            || lower.EndsWith("award", StringComparison.Ordinal)
            ? Wording.WithArticle(lower)
            : lower;
    }
}
