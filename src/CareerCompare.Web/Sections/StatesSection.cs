using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>
/// Pay in each state (the OEWS state file) and what it buys there (BEA Regional Price Parities): a member per state the
/// state file gives the occupation a row in, keyed by the state's address ("wages.states.annual.mean.new-york"). Which
/// pays more in the state a comparison is shown in.
/// </summary>
internal static class StatesSection
{
    public static readonly Section Section = new("states", Figures)
    {
        Answers = [(occupations, state, notes) => state is null ? null : Answer(occupations, state, notes)],
        Verdicts = [PaysMostAfterPrices],
    };

    private static IEnumerable<FamilyMember> StatesWith(OccupationDetails o, bool hourly, bool priced = false) =>
        (hourly ? o.WageBasis == WageBasis.AnnualOnly : o.WageBasis == WageBasis.HourlyOnly) ? []
        : o.States.Where(s => !priced || s.PriceParity is not null).Select(s => new FamilyMember(s.Slug, s.Name));

    private static Figure StateFigure(OccupationDetails o, string state, Func<StateMean, Figure> read) =>
        o.InState(state) is { } mean ? read(mean) : Figure.Words(null);

    private static IEnumerable<CatalogueEntry> Figures()
    {
        foreach (var (hourly, period, unit) in new[] { (false, "annual", "USD per year"), (true, "hourly", "USD per hour") })
        {
            var words = hourly ? "hourly" : "yearly";
            yield return new FigureFamily($"wages.states.{period}.mean", "states", state => $"Mean {words} wage in {state}, {OfficialSources.States.Vintage}", unit, Official,
                OfficialSources.States, o => StatesWith(o, hourly), (o, state) => StateFigure(o, state, s => s.Mean(hourly)), HigherIsBetter: true);
            yield return new FigureFamily($"wages.states.{period}.mean.afterPrices", "states",
                state => $"Mean {words} wage in {state}, adjusted for prices (BEA RPP {OfficialSources.Prices.Vintage}): at the national price level", unit, Official,
                OfficialSources.StatesAfterPrices, o => StatesWith(o, hourly, priced: true), (o, state) => StateFigure(o, state, s => s.AfterPrices(hourly)),
                HigherIsBetter: true);
            yield return new FigureFamily($"wages.states.{period}.mean.vsNational", "states",
                state => $"Mean {words} wage in {state} against the national mean of {OfficialSources.Wages2023.Vintage}", "percent", Official,
                OfficialSources.States, o => StatesWith(o, hourly),
                (o, state) => StateFigure(o, state, s => Figure.PercentOneDecimal(s.VersusNational(o.NationalMean2023(hourly), afterPrices: false, hourly))),
                HigherIsBetter: true);
        }
    }

    /// <summary>The official occupations' figures of one state family ("wages.states.annual.mean") in that state.</summary>
    private static List<Entry> InState(List<OccupationDetails> official, StateSummary state, string prefix) => official
        .Select(o => FigureCatalogue.Family(prefix, o)?.Member(new FamilyMember(state.Slug, state.Name)) is { } d ? new Entry(o, d, d.Read(o)) : null)
        .OfType<Entry>().ToList();

    /// <summary>
    /// "Pays most in Texas, after prices: Software Developers, $129,258 a year at national prices": the state means at
    /// national prices (the state's mean where BEA gives it no price level). Without a state, the row that picks one.
    /// </summary>
    private static Verdict? PaysMostAfterPrices(IReadOnlyList<OccupationDetails> occupations, StateSummary? state)
    {
        var official = occupations.Where(o => o.IsOfficial).ToList();
        if (official.Count == 0)
        {
            return null;
        }

        if (state is null)
        {
            return new Verdict("pay-state", "Pays most after prices in a state", "state-pay", null, string.Empty) { PicksState = true };
        }

        var allHourly = official.All(o => o.WageBasis == WageBasis.HourlyOnly);
        var unit = allHourly ? "an hour" : "a year";
        var priced = state.PriceParity is not null;
        var entries = InState(official, state, $"wages.states.{(allHourly ? "hourly" : "annual")}.mean{(priced ? ".afterPrices" : string.Empty)}");
        return Leading("pay-state", priced ? $"Pays most in {state.Name}, after prices" : $"Pays most in {state.Name}", "state-pay", entries,
            e => priced ? $"{e.Text} {unit} at national prices" : $"{e.Text} {unit} (mean; no price level for {state.Name})",
            e => e.Occupation.InState(state.Code) is null ? "no estimate there" : e.Text) is { } verdict
            ? verdict with { PicksState = true }
            : null;
    }

    /// <summary>
    /// Which pays more in one state: the official occupations' state means (May 2023, hourly when all are paid by the
    /// hour), then the same at national prices; the careers site's occupations have no state figures and are named apart.
    /// </summary>
    private static AnswerLine? Answer(IReadOnlyList<OccupationDetails> occupations, StateSummary state, Footnotes notes)
    {
        var official = occupations.Where(o => o.IsOfficial).ToList();
        if (official.Count == 0)
        {
            return null;
        }

        var allHourly = official.All(o => o.WageBasis == WageBasis.HourlyOnly);
        var period = allHourly ? "hourly" : "annual";
        var unit = allHourly ? "an hour" : "a year";
        List<Entry> Read(string prefix) => InState(official, state, prefix);
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

    /// <summary>
    /// Pay in one state: each occupation's mean there (the state file's year), the same at national prices (BEA RPP), the
    /// national mean of the same year and the state's against it; then the newest national mean, labelled with its year.
    /// </summary>
    internal static IEnumerable<RowSpec> StateRows(StateSummary state)
    {
        foreach (var (period, words) in new[] { ("annual", "yearly"), ("hourly", "hourly") })
        {
            var prefix = $"wages.states.{period}.mean";
            RowSpec InState(string key, string label, bool signed = false) =>
                new RowSpec(label, [key], Signed: signed, Member: state.Name, OfficialLabel: label) { Group = $"Mean {words} wage" };
            yield return InState(prefix, $"In {state.Name}, {OfficialSources.States.Vintage}");
            if (state.PriceParity is not null)
            {
                yield return InState(prefix + ".afterPrices", $"In {state.Name}, adjusted for prices (BEA RPP {OfficialSources.Prices.Vintage})");
            }

            var national = $"National, {OfficialSources.Wages2023.Vintage}";
            yield return new RowSpec(national, [$"wages.{period}.mean.may2023"], OfficialLabel: national) { Group = $"Mean {words} wage" };
            yield return InState(prefix + ".vsNational", $"{state.Name} against the national mean (both {OfficialSources.States.Vintage})", signed: true);
            yield return new RowSpec($"National, {OfficialSources.Wages.Vintage} (newest; not set against state figures)", [$"wages.{period}.mean"],
                OfficialLabel: $"National, {OfficialSources.Wages.Vintage} (newest; not set against state figures)") { Group = $"Mean {words} wage" };
        }
    }

    /// <summary>
    /// Pay by state's one-line answer: "Pays most after prices in California: $122,303 a year (BLS OEWS state data, May
    /// 2023; BEA Regional Price Parities, 2023)"; null for an occupation without state figures.
    /// </summary>
    internal static string? Headline(OccupationDetails o)
    {
        if (o.States.Count == 0)
        {
            return null;
        }

        var (best, mean, topCoded) = o.HighestAfterPrices();
        var period = o.ByTheHour ? "an hour" : "a year";
        var text = topCoded.Count > 0
            ? $"Where it pays most after prices is not known: the mean is top-coded in {topCoded.Count} {(topCoded.Count == 1 ? "state" : "states")}"
            : best is null
                ? "Mean pay in each state where BLS publishes it"
                : $"Pays most after prices in {best.Name}: {SectionLine.Text(mean)} {period}";
        return SectionLine.Cite(text, OfficialSources.States, OfficialSources.Prices);
    }

    /// <summary>A comparison's line on one state: each official occupation's mean there (hourly for those paid by the hour).</summary>
    internal static string ComparisonHeadline(IReadOnlyList<OccupationDetails> occupations, StateSummary state)
    {
        var said = occupations.Where(o => o.IsOfficial).Select(o =>
            FigureCatalogue.Family($"wages.states.{(o.ByTheHour ? "hourly" : "annual")}.mean", o)?.Member(new FamilyMember(state.Slug, state.Name)) is { } d
                ? $"{o.Title} {SectionLine.Text(d.Read(o)) ?? FigureFormat.Unknown}{(o.ByTheHour ? " an hour" : string.Empty)}"
                : $"{o.Title} {FigureFormat.Unknown}").ToList();
        return said.Count == 0 ? $"The careers site's estimates have no figures for {state.Name}"
            : SectionLine.Cite($"Mean pay in {state.Name}: {string.Join("; ", said)}", OfficialSources.States);
    }
}
