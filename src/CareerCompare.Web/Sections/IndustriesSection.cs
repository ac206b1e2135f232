using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>
/// Pay in each industry sector (OEWS industry-sector estimates) and the best-paying one by a stated reliability rule: a
/// member per sector BLS publishes the occupation in, keyed by its NAICS code. Which industry pays best.
/// </summary>
internal static class IndustriesSection
{
    public static readonly Section Section = new("industries", Figures) { Answers = [(occupations, _, notes) => Answer(occupations, notes)] };

    private static IndustryPay? Sector(OccupationDetails o, string sector) => o.Industries.FirstOrDefault(i => i.Sector == sector);

    /// <summary>The best-paying sector's name; where several are top-coded, which ones ("not known: top-coded in …").</summary>
    private static Figure BestSectorFigure(OccupationDetails o)
    {
        var (best, topCoded, _) = o.BestPayingSector();
        return topCoded.Count > 0
            ? new Figure(FigureKind.Text, null, $"not known: the median is top-coded in {topCoded.Count} sectors ({string.Join("; ", topCoded.Select(t => t.Sector))})", FigureStatus.TopCoded)
            : Figure.Words(best?.Sector);
    }

    /// <summary>The best-paying sector's median (at least the top code where it, or several, are top-coded).</summary>
    private static Figure BestSectorMedian(OccupationDetails o)
    {
        var (best, topCoded, _) = o.BestPayingSector();
        return best?.Median.Figure ?? (topCoded.Count > 0 ? topCoded[0].Median.Figure : new Figure(o.ByTheHour ? FigureKind.MoneyCents : FigureKind.Money, null));
    }

    /// <summary>"Manufacturing: median $205,580 (2,220 jobs)"; where the best cannot be known or no sector meets the rule, that.</summary>
    private static string? BestSectorSummary(OccupationDetails o)
    {
        var (best, topCoded, _) = o.BestPayingSector();
        if (best is null)
        {
            return topCoded.Count > 0 ? FigureFormat.Format(BestSectorFigure(o))
                : o.Industries.Count > 0 ? "no sector's estimate is reliable enough to rank" : null;
        }

        var period = o.ByTheHour ? " an hour" : string.Empty;
        return $"{best.ShortName}: median {FigureFormat.Format(best.Median.Figure)}{period} ({FigureFormat.Format(best.JobsFigure)} jobs)";
    }

    private static IEnumerable<CatalogueEntry> Figures()
    {
        yield return OfficialFigure("industries.best", "industries", $"Best-paying industry sector (highest median among sectors with {IndustryPay.Rule})", null,
            OfficialSources.Industries, BestSectorFigure, DifferenceRule.SameOrDifferent);
        yield return OfficialFigure("industries.best.hourly.median", "industries", "Median hourly wage in the best-paying industry sector", "USD per hour",
            OfficialSources.Industries, BestSectorMedian, applies: HourlyOnly, higherIsBetter: true);
        yield return OfficialFigure("industries.best.annual.median", "industries", "Median yearly wage in the best-paying industry sector", "USD per year",
            OfficialSources.Industries, BestSectorMedian, applies: o => !HourlyOnly(o), higherIsBetter: true);
        yield return OfficialFigure("industries.best.summary", "industries", $"Best-paying industry (May {OfficialFiles.SectorsYear})", null,
            OfficialSources.Industries, o => Figure.Words(BestSectorSummary(o)), DifferenceRule.None, published: false);
        IEnumerable<FamilyMember> Sectors(OccupationDetails o) => o.Industries.Select(i => new FamilyMember(i.Naics, i.Sector));
        yield return new FigureFamily("industries.jobs", "industries", sector => $"Jobs in {sector}, May {OfficialFiles.SectorsYear}", "jobs", Official,
            OfficialSources.Industries, Sectors, (o, sector) => Sector(o, sector)?.JobsFigure ?? Figure.Words(null), HigherIsBetter: true);
        yield return new FigureFamily("industries.jobs.error", "industries", sector => $"Relative standard error of the jobs estimate in {sector}", "percent", Official,
            OfficialSources.Industries, Sectors, (o, sector) => Sector(o, sector)?.JobsErrorFigure ?? Figure.PercentOneDecimal(null));
        foreach (var (hourly, period, unit) in new[] { (false, "annual", "USD per year"), (true, "hourly", "USD per hour") })
        {
            var words = hourly ? "hourly" : "yearly";
            IEnumerable<FamilyMember> Members(OccupationDetails o) => o.ByTheHour == hourly ? Sectors(o) : [];
            yield return new FigureFamily($"industries.{period}.median", "industries", sector => $"Median {words} wage in {sector}, May {OfficialFiles.SectorsYear}", unit,
                Official, OfficialSources.Industries, Members, (o, sector) => Sector(o, sector)?.Median.Figure ?? Figure.Words(null), HigherIsBetter: true);
            yield return new FigureFamily($"industries.{period}.mean", "industries", sector => $"Mean {words} wage in {sector}, May {OfficialFiles.SectorsYear}", unit,
                Official, OfficialSources.Industries, Members, (o, sector) => Sector(o, sector)?.Mean.Figure ?? Figure.Words(null), HigherIsBetter: true);
        }
    }

    /// <summary>
    /// Which industry sector pays each official occupation best (OEWS industry-sector estimates, May 2024, by the stated
    /// reliability rule), and which of those medians is highest: "Software Developers earn most in Finance and Insurance
    /// (median $145,000), Registered Nurses in …". Null where no official occupation has sector figures.
    /// </summary>
    private static AnswerLine? Answer(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
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


    /// <summary>"; most of their jobs (445,150) are in Health Care and Social Assistance (median $108,040)", where the largest sector is another.</summary>
    private static string MostJobs(OccupationDetails o)
    {
        var (best, _, _) = o.BestPayingSector();
        return o.LargestSector is { } largest && largest != best
            ? $"; most of their jobs ({FigureFormat.Format(largest.JobsFigure)}) are in {largest.ShortName} (median {FigureFormat.Format(largest.Median.Figure)})"
            : string.Empty;
    }

    /// <summary>
    /// The best-paying industry sector of the official occupation nearest to a careers-site one, for a sentence beside
    /// the careers site's own "Best paying industry" (never a row or a cell of the careers site's table: it is another
    /// occupation's figure, from another source), with its source; null where it has none.
    /// </summary>
    internal static (string Text, string Source)? OfficialBestIndustry(OccupationDetails official) =>
        FigureCatalogue.Find("industries.best.summary", official) is { } definition && FigureFormat.Format(definition.Read(official)) is { } best
            ? ($"{best}{MostJobs(official)}", definition.SourceFor(official).ToString())
            : null;

    /// <summary>The industries' one-line answer: the best-paying sector and its median, with the release; null without industry figures.</summary>
    internal static string? Headline(OccupationDetails o) => o.Industries.Count == 0 ? null
        : FigureCatalogue.Find("industries.best.summary", o) is { } definition && SectionLine.Text(definition.Read(o)) is { } best
            ? SectionLine.Cite($"Best-paying industry: {best}", definition.SourceFor(o))
            : SectionLine.Cite("No industry sector's estimate is reliable enough to name the best-paying one", OfficialSources.Industries);
}
