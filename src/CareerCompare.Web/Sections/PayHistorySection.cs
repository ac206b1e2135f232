using System.Globalization;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>
/// How pay and jobs moved over the national releases the site holds (OEWS, nominal dollars): a member per year of the
/// history; a change starts at each occupation's own first year. How has pay moved.
/// </summary>
internal static class PayHistorySection
{
    public static readonly Section Section = new("history", Figures) { Answers = [(occupations, _, notes) => Answer(occupations, notes)] };

    /// <summary>A history change's source for one occupation: from the year it starts to the last year (the whole history where it is unknown).</summary>
    private static FigureSource ChangeSource(OccupationDetails o, Func<WageHistoryPoint, Figure> read) =>
        o.HistoryChange(read).Since is { } since ? OfficialSources.HistoryOf(since, o.WageHistory[^1].Year)
        : o.WageHistory.Count == 0 ? OfficialSources.History : OfficialSources.HistoryOf(o.WageHistory[0].Year, o.WageHistory[^1].Year);

    /// <summary>"since May 2021": where a history change starts for one occupation, its first year with a published value; null where unknown.</summary>
    private static string? ChangeSince(OccupationDetails o, Func<WageHistoryPoint, Figure> read) =>
        o.HistoryChange(read).Since is { } since ? OfficialSources.Since(since) : null;

    private static Figure HistoryMedian(WageHistoryPoint p) => p.Median.Figure;

    /// <summary>One year of the history is that year's release: "BLS OEWS, May 2021".</summary>
    private static FigureSource YearRelease(string year) => OfficialSources.WagesOf(int.Parse(year, CultureInfo.InvariantCulture));

    private static IEnumerable<FamilyMember> HistoryYears(OccupationDetails o) =>
        o.WageHistory.Select(p => new FamilyMember(p.Year.ToString(CultureInfo.InvariantCulture), p.Year.ToString(CultureInfo.InvariantCulture)));

    private static WageHistoryPoint? HistoryPoint(OccupationDetails o, string year) =>
        o.WageHistory.FirstOrDefault(p => p.Year.ToString(CultureInfo.InvariantCulture) == year);

    private static IEnumerable<CatalogueEntry> Figures()
    {
        (string Key, string Label, Func<WageHistoryPoint, WageFigure> Read)[] HistoryMeasures =
        [
            ("p10", "10th percentile", p => p.P10), ("median", "median", p => p.Median), ("mean", "mean", p => p.Mean), ("p90", "90th percentile", p => p.P90),
        ];
        foreach (var (hourly, period, unit) in new[] { (false, "annual", "USD per year"), (true, "hourly", "USD per hour") })
        {
            var words = hourly ? "hourly" : "yearly";
            bool Basis(OccupationDetails o) => (o.WageBasis == WageBasis.HourlyOnly) == hourly;
            yield return new FigureDefinition($"wages.history.{period}.median.change", "history", $"Change in nominal median {words} wage",
                "percent", Official, OfficialSources.History, o => Figure.PercentOneDecimal(o.HistoryChange(HistoryMedian).Percent), Applies: Basis,
                PublisherFor: o => ChangeSource(o, HistoryMedian), Period: o => ChangeSince(o, HistoryMedian), PeriodInGeneral: SinceFirstYear,
                HigherIsBetter: true);
            // A year, not a count: its text is the year as written ("2019"), its value the number.
            yield return new FigureDefinition($"wages.history.{period}.median.since", "history", "First year of that change", "year", Official, OfficialSources.History,
                o => Figure.Year(o.HistoryChange(HistoryMedian).Since), DifferenceRule.None, Basis, PublisherFor: o => ChangeSource(o, HistoryMedian));
            foreach (var (key, label, read) in HistoryMeasures)
            {
                yield return new FigureFamily($"wages.history.{period}.{key}", "history", year => $"{Wording.Capitalize(words)} wage, {label}, May {year} (nominal dollars)", unit, Official,
                    OfficialSources.History, o => Basis(o) ? HistoryYears(o) : [], (o, year) => HistoryPoint(o, year) is { } p ? read(p).Figure : Figure.Words(null),
                    PublisherOf: YearRelease);
            }
        }

        yield return new FigureDefinition("jobs.history.change", "history", "Change in jobs", "percent", Official,
            OfficialSources.History, o => Figure.PercentOneDecimal(o.HistoryChange(OccupationDetails.HistoryJobs).Percent),
            PublisherFor: o => ChangeSource(o, OccupationDetails.HistoryJobs), Period: o => ChangeSince(o, OccupationDetails.HistoryJobs), PeriodInGeneral: SinceFirstYear,
            HigherIsBetter: true);
        yield return new FigureFamily("jobs.history", "history", year => $"Jobs, May {year}", "jobs", Official, OfficialSources.History, HistoryYears,
            (o, year) => HistoryPoint(o, year) is { } p ? OccupationDetails.HistoryJobs(p) : Figure.Words(null), PublisherOf: YearRelease);
    }

    /// <summary>
    /// How the official occupations' medians moved since May 2019 (or the first year of each one's history), nominal:
    /// "The median pay of Registered Nurses rose 33.1% since May 2019, against 12.6% for Software Developers (since May 2021)."
    /// Null with fewer than one official occupation whose change is known.
    /// </summary>
    private static AnswerLine? Answer(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
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

    /// <summary>The history's one-line answer: "Median pay rose 33.1% since May 2019, in dollars of each year (BLS OEWS, …)"; null without a history.</summary>
    internal static string? Headline(OccupationDetails o)
    {
        if (o.WageHistory.Count == 0)
        {
            return null;
        }

        var key = o.ByTheHour ? "wages.history.hourly.median.change" : "wages.history.annual.median.change";
        var (since, percent) = o.HistoryChange(p => p.Median.Figure);
        return percent is { } change && since is { } year
            ? SectionLine.Cite($"Median pay {(change >= 0 ? "rose" : "fell")} {FigureFormat.Percent(Math.Abs(change), 1)} {OfficialSources.Since(year)}, in dollars of each year",
                FigureCatalogue.SourceOf(key, o))
            : SectionLine.Cite($"Pay and jobs in {o.WageHistory.Count} releases", OfficialSources.History);
    }
}
