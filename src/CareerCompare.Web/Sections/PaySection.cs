using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ComparisonRows;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>
/// Pay (BLS OEWS, the national release): the wage distribution, yearly and hourly, its change over a year, the
/// highest-paying state (with and without prices) and the national mean of the state file's year; which pays more.
/// </summary>
internal static class PaySection
{
    public static readonly Section Section = new("pay", Figures)
    {
        Answers = [(occupations, _, notes) => Answer(occupations, notes)],
        Verdicts = [(occupations, _) => PaysMost(occupations)],
    };

    private static readonly (WageMeasure Measure, string Key, string Label)[] WageMeasures =
    [
        (WageMeasure.Percentile10, "p10", "10th percentile"), (WageMeasure.Percentile25, "p25", "25th percentile"),
        (WageMeasure.Median, "median", "median"), (WageMeasure.Mean, "mean", "mean"),
        (WageMeasure.Percentile75, "p75", "75th percentile"), (WageMeasure.Percentile90, "p90", "90th percentile"),
    ];

    /// <summary>"$61,000 – $145,000 or more": the 10th to the 90th percentile; not published where BLS withholds either end.</summary>
    private static Figure AnnualRange(OccupationDetails o)
    {
        var (low, high) = (o.Wage(WagePeriod.Annual, WageMeasure.Percentile10), o.Wage(WagePeriod.Annual, WageMeasure.Percentile90));
        return low.Status == FigureStatus.NotPublished || high.Status == FigureStatus.NotPublished
            ? new Figure(FigureKind.Text, null, null, FigureStatus.NotPublished)
            : Figure.Words(FigureFormat.MoneyRange((int?)low.Value, (int?)high.Value, high.Status == FigureStatus.TopCoded));
    }

    /// <summary>"Median yearly wage", "Mean hourly wage", "Yearly wage, 10th percentile".</summary>
    private static string WageLabel(string period, string measure) => measure is "median" or "mean"
        ? $"{Wording.Capitalize(measure)} {period} wage"
        : $"{Wording.Capitalize(period)} wage, {measure}";

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
        .. WageMeasures.Select(m => OfficialFigure($"wages.annual.{m.Key}", "pay", WageLabel("yearly", m.Label), "USD per year", OfficialSources.Wages,
            o => o.Wage(WagePeriod.Annual, m.Measure), higherIsBetter: true)),
        .. WageMeasures.Select(m => OfficialFigure($"wages.hourly.{m.Key}", "pay", WageLabel("hourly", m.Label), "USD per hour", OfficialSources.Wages,
            o => o.Wage(WagePeriod.Hourly, m.Measure), higherIsBetter: true)),
        OfficialFigure("wages.annual.range", "pay", "Yearly wage, 10th to 90th percentile", null, OfficialSources.Wages,
            AnnualRange, DifferenceRule.None, published: false),
        OfficialFigure("wages.hourly.mean.change", "pay", "Change in mean hourly wage", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(FigureFormat.ChangePercent(o.PreviousMeanHourlyCents, o.HourlyRateCents)), applies: HourlyOnly, period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("wages.annual.mean.change", "pay", "Change in mean yearly wage", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(FigureFormat.ChangePercent(o.PreviousMeanYearly, o.YearlySalary)), applies: o => !HourlyOnly(o), period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("wages.hourly.median.change", "pay", "Change in median hourly wage", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(o.MedianChangePercent()), applies: HourlyOnly, period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("wages.annual.median.change", "pay", "Change in median yearly wage", "percent", OfficialSources.WageChange,
            o => Figure.PercentOneDecimal(o.MedianChangePercent()), applies: o => !HourlyOnly(o), period: SincePreviousRelease, periodInGeneral: OverAYear, higherIsBetter: true),
        OfficialFigure("wages.highestPayingState", "pay", "Highest-paying state or territory", null, OfficialSources.States,
            o => o.HighestPayingStateFigure(), DifferenceRule.None),
        OfficialFigure("wages.highestPayingState.mean", "pay", "Mean hourly wage in the highest-paying state", "USD per hour", OfficialSources.States,
            o => o.HighestPayingStateMeanFigure(), DifferenceRule.None, applies: HourlyOnly),
        OfficialFigure("wages.highestPayingState.mean", "pay", "Mean yearly wage in the highest-paying state", "USD per year", OfficialSources.States,
            o => o.HighestPayingStateMeanFigure(), DifferenceRule.None, applies: o => !HourlyOnly(o)),
        OfficialFigure("wages.highestPayingState.topCodedStates", "pay", "States whose mean is top-coded (so the highest-paying state is not known)", null,
            OfficialSources.States, o => o.StatesTopCodedFigure(), DifferenceRule.None),
        OfficialFigure("wages.highestPayingState.summary", "pay", $"Highest-paying state or territory ({OfficialSources.States.Vintage})", null, OfficialSources.States,
            o => Figure.Words(FigureFormat.StateWage(o.HighestPayingState, o.HighestPayingStateWage, o.WageBasis, o.StatesTopCoded)), DifferenceRule.None, published: false),

        OfficialFigure("wages.highestPayingStateAfterPrices", "pay", "Highest pay after prices: state", null, OfficialSources.StatesAfterPrices,
            o => o.HighestAfterPricesFigure(), DifferenceRule.None),
        OfficialFigure("wages.highestPayingStateAfterPrices.mean", "pay", "Mean hourly wage in that state at national prices", "USD per hour",
            OfficialSources.StatesAfterPrices, o => o.HighestAfterPrices().Mean, DifferenceRule.None, applies: HourlyOnly),
        OfficialFigure("wages.highestPayingStateAfterPrices.mean", "pay", "Mean yearly wage in that state at national prices", "USD per year",
            OfficialSources.StatesAfterPrices, o => o.HighestAfterPrices().Mean, DifferenceRule.None, applies: o => !HourlyOnly(o)),
        OfficialFigure("wages.highestPayingStateAfterPrices.summary", "pay", $"Highest pay after prices ({OfficialSources.States.Vintage} means, BEA RPP {OfficialSources.Prices.Vintage})", null,
            OfficialSources.StatesAfterPrices, o => Figure.Words(AfterPricesSummary(o)), DifferenceRule.None, published: false),
        OfficialFigure("wages.hourly.mean.may2023", "pay", $"Mean hourly wage, {OfficialSources.Wages2023.Vintage} (national)", "USD per hour", OfficialSources.Wages2023,
            o => o.NationalMean2023(hourly: true), applies: o => o.WageBasis != WageBasis.AnnualOnly, higherIsBetter: true),
        OfficialFigure("wages.annual.mean.may2023", "pay", $"Mean yearly wage, {OfficialSources.Wages2023.Vintage} (national)", "USD per year", OfficialSources.Wages2023,
            o => o.NationalMean2023(hourly: false), applies: o => !HourlyOnly(o), higherIsBetter: true),
    ];

    /// <summary>"Washington: $92,120 a year at national prices (mean $100,010, price level 108.6)", or why it is not known.</summary>
    private static string? AfterPricesSummary(OccupationDetails o)
    {
        var (best, mean, topCoded) = o.HighestAfterPrices();
        var period = o.ByTheHour ? "an hour" : "a year";
        var published = best is null ? null
            : $"{best.Name}: {FigureFormat.Format(mean with { Status = FigureStatus.Published })} {period} at national prices "
                + $"(mean {FigureFormat.Format(best.Mean(o.ByTheHour))}, price level {FigureFormat.PriceParity(best.PriceParity)})";
        if (topCoded.Count == 0)
        {
            return published;
        }

        return $"not known: top-coded in {topCoded.Count} {(topCoded.Count == 1 ? "state" : "states")} ({string.Join(", ", topCoded)}); highest published: {published ?? "none"}";
    }

    private static AnswerLine? Answer(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
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
    /// "Pays most: Software Developers, $133,080 a year (median)": the highest official median (hourly when all are paid by
    /// the hour), or the careers site's highest average where no official median is known.
    /// </summary>
    private static Verdict? PaysMost(IReadOnlyList<OccupationDetails> occupations)
    {
        var official = occupations.Where(o => o.IsOfficial).ToList();
        var allHourly = official.Count > 0 && official.All(o => o.WageBasis == WageBasis.HourlyOnly);
        var period = allHourly ? "an hour" : "a year";
        return Leading("pay", "Pays most", "salary", Entries(occupations, allHourly ? "wages.hourly.median" : "wages.annual.median", "salary.average"),
            e => e.Occupation.IsOfficial ? $"{e.Text} {period} (median)" : $"{e.Text} {period} (average, careers-site estimate)",
            e => e.Occupation.WageBasis == WageBasis.HourlyOnly ? "paid by the hour, no yearly figure" : e.Text);
    }

    /// <summary>"$101,000 to $168,000": the 25th to 75th percentile, or null when either is unknown.</summary>
    private static string? MiddleHalf(OccupationDetails o, bool hourly)
    {
        var period = hourly ? "hourly" : "annual";
        return FigureFormat.Format(FigureCatalogue.Read($"wages.{period}.p25", o)) is { } low && FigureFormat.Format(FigureCatalogue.Read($"wages.{period}.p75", o)) is { } high
            ? $"{low} to {high}"
            : null;
    }

    // Official rows take the catalogue's labels, the ones profiles, the list and the API use; a comparison of careers-site
    // occupations only keeps the careers site's own words (its page's "Yearly salary", "Average salary").
    internal static readonly RowSpec YearlyPay = new("Yearly salary", ["salary.average", "wages.annual.mean"],
        MixedLabel: "Yearly pay (average or mean)");

    internal static readonly RowSpec HourlyPay = new("Hourly rate", ["salary.hourly", "wages.hourly.mean"],
        MixedLabel: "Hourly pay (average or mean)");

    internal static IEnumerable<RowSpec> SalaryRows() =>
    [
        Spec(null, "wages.annual.median"),
        YearlyPay with { Label = "Average salary" },
        Spec(null, "wages.annual.p10"),
        Spec(null, "wages.annual.p25"),
        Spec(null, "wages.annual.p75"),
        Spec(null, "wages.annual.p90"),
        Spec(null, "salary.range"),
        Spec(null, "wages.hourly.median"),
        new(null, ["wages.annual.mean.change", "wages.hourly.mean.change"], Signed: true, OfficialLabel: "Change in mean pay"),
        new(null, ["wages.history.annual.median.change", "wages.history.hourly.median.change"], Signed: true,
            OfficialLabel: "Median pay change"),
        Spec(null, "salary.highestPayingCity"),
        new("Highest paying state", ["salary.highestPayingState", "wages.highestPayingState.summary"], MixedLabel: "Highest-paying state"),
        Spec(null, "industries.best.summary"),
        Spec(null, "salary.bestPayingCompany"),
        Spec(null, "salary.bestPayingIndustry"),
    ];

    /// <summary>The pay section's one-line answer: "Median pay: $97,550 a year, $46.90 an hour (BLS OEWS, May 2025)".</summary>
    internal static string Headline(OccupationDetails o)
    {
        var pay = new[] { (WagePeriod.Annual, "a year"), (WagePeriod.Hourly, "an hour") }
            .Select(p => SectionLine.Text(o.Wage(p.Item1, WageMeasure.Median)) is { } text ? $"{text} {p.Item2}" : null).OfType<string>().ToList();
        return SectionLine.Cite($"Median pay: {(pay.Count == 0 ? FigureFormat.NotPublished : string.Join(", ", pay))}", FigureCatalogue.SourceOf("wages.annual.median", o));
    }
}
