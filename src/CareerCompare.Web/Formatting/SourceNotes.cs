using System.Globalization;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerCompare.Web.Formatting;

/// <summary>
/// The notes under each section of a profile and a comparison, and the other pages' mentions of a release: written from
/// the figures' sources (<see cref="FigureCatalogue.SourceOf"/>, <see cref="OfficialSources"/>) and the releases' facts
/// (<see cref="OfficialFiles"/>), so that a new release changes its lines there and no view names a year or a top code.
/// One method a note, named by its section; the profile's first, then the comparison's, then the other pages'.
/// </summary>
/// <remarks>
/// A note is HTML: its text is written as it stands here, and every value put into it goes through the page's encoder
/// (<see cref="HtmlFormattableString"/>), as <c>@value</c> would in a view.
/// </remarks>
public static class SourceNotes
{
    // ── Sentences more than one note says ─────────────────────────────────────────────────────────────────────────

    /// <summary>What "or more" means in the current release and the state file: the top codes.</summary>
    private static HtmlFormattableString TopCodes() => Html(
        $"""
        {OfficialSources.Wages.Vintage} publishes wages above the old top code as numbers; “or more” marks a wage at or above
        the top code of a release that has one ({FigureFormat.Money(OfficialFiles.TopCodeAnnual)} a year,
        {FigureFormat.MoneyCents(OfficialFiles.TopCodeHourlyCents)} an hour, as in the {OfficialSources.States.Vintage} state means)
        """);

    private const string PooledSurveysCaution =
        "BLS cautions that OEWS estimates, pooled from three years of surveys, are less useful for comparing two or more points in time.";

    private const string AnyRace = "Hispanic or Latino people may be of any race.";

    // ── The profile of an official occupation ────────────────────────────────────────────────────────────────────

    /// <summary>Above the profile of an occupation BLS no longer publishes: whose pay it shows, and why it stands apart.</summary>
    public static IHtmlContent NoLongerPublished(OccupationDetails o) => Html(
        $"""
        BLS no longer publishes this occupation: the {OfficialSources.Wages.Vintage} release has no figures for it. Its pay and
        jobs here are the last BLS published, {OfficialSources.May(LastPublished(o))}; they are not set against the newer figures
        of other occupations' pages as if they were the same year.
        """);

    /// <summary>Quick facts: the growth of all occupations, beside an occupation's projected growth.</summary>
    public static string AllOccupationsGrowth() => $"all occupations: {FigureFormat.Growth(OfficialFiles.AllOccupationsGrowthPercent)}";

    public static IHtmlContent Description(OccupationDetails o) => Html($"Description: {OnetLink(o)}.");

    public static IHtmlContent Pay(OccupationDetails o)
    {
        var unranked = o.StatesTopCoded is null ? None : Html(
            $"""
             Where a state's mean is top-coded it cannot be ranked, so the highest-paying state is not known; the highest
            published mean is shown instead.
            """);
        return Html(
            $"""
            {OewsLink(FigureCatalogue.SourceOf("wages.annual.median", o), o)}; change: {FigureCatalogue.SourceOf("jobs.employment.change", o)};
            states: {OewsLink(OfficialSources.States, o, OfficialFiles.StatesYear)}. {TopCodes()}: the true figure is that or higher.{unranked} “After prices”: the state
            mean divided by the state's price level ({PricesLink()}, US = 100), what it buys at national prices;
            <a href="#state-pay">pay in every state</a> is below.
            """);
    }

    /// <summary>Under the history: nominal dollars, which years a code covers, and each release's top code.</summary>
    public static IHtmlContent PayHistory(OccupationDetails o)
    {
        var hybridYears = o.WageHistory.Where(p => p.HybridCode).Select(p => OfficialSources.May(p.Year)).ToList();
        var hybrid = hybridYears.Count == 0 ? string.Empty
            : $"; {Wording.JoinList(hybridYears)} {(hybridYears.Count == 1 ? "uses" : "use")} BLS's hybrid codes ({OfficialFiles.HybridClassifications}), so {(hybridYears.Count == 1 ? "its" : "their")} figures may cover a slightly different group";
        var raised = OfficialFiles.TopCodeRaisedYear;
        var (before, since) = (OfficialFiles.TopCode(raised - 1), OfficialFiles.TopCode(raised));
        var earlierTopCoded = o.WageHistory
            .Where(p => p.Year < o.WageHistory[^1].Year && (p.Median.Status == FigureStatus.TopCoded || p.P90.Status == FigureStatus.TopCoded))
            .Select(p => p.Year).ToList();
        var nowNumbers = earlierTopCoded.Count == 0 ? string.Empty
            : $"; {OfficialSources.May(o.WageHistory[^1].Year)} publishes such wages as numbers, where {OfficialSources.May(earlierTopCoded[^1])} read “or more”";
        return Html(
            $"""
            Nominal dollars, not adjusted for inflation. A year is shown only where that year's file has this occupation's code at
            the detailed level{hybrid}. “or more” marks a wage at or above that year's top code ({FigureFormat.Money(before.Annual)} a
            year or {FigureFormat.MoneyCents(before.HourlyCents)} an hour until {OfficialSources.May(raised - 1)},
            {FigureFormat.Money(since.Annual)} or {FigureFormat.MoneyCents(since.HourlyCents)} from {OfficialSources.May(raised)}){nowNumbers}.
            {PooledSurveysCaution}
            """);
    }

    /// <summary>Under the industries: their year against the national figures', the national median of their year, and the ranking rule.</summary>
    public static IHtmlContent Industries(IHtmlHelper html, OccupationDetails o)
    {
        var byHour = o.ByTheHour;
        var national = FigureCatalogue.Family(byHour ? "wages.history.hourly.median" : "wages.history.annual.median", o)
            ?.Read(o, OfficialFiles.SectorsYear.ToString(CultureInfo.InvariantCulture));
        var older = o.WagesYear == OfficialFiles.SectorsYear ? string.Empty
            : $": older than the national figures above ({FigureCatalogue.SourceOf("wages.annual.median", o)}), so the two are not set against each other";
        var otherServices = o.Industries.FirstOrDefault(i => i.Naics == "99") is { } other
            ? Html($" “{other.ShortName}” is BLS's “{other.Sector}”;") : None;
        var topCoded = o.Industries.Any(i => i.Median.Status == FigureStatus.TopCoded)
            ? Html($"“or more” marks a median at or above {OfficialSources.May(OfficialFiles.SectorsYear)}'s top code.") : None;
        return Html(
            $"""
            {OewsLink(FigureCatalogue.SourceOf("industries.best", o), o, OfficialFiles.SectorsYear)}, the newest figures by industry this site holds{older}. The national
            median of the same year was {html.Figure(national ?? Figure.Words(null))}{(byHour ? " an hour" : string.Empty)}. A sector is
            ranked only with {IndustryPay.Rule}, and a published median;{otherServices} “error” is BLS's relative standard error of the
            jobs estimate. BLS does not publish a sector where its estimate is too unreliable or would identify an employer; “not
            published” is a figure it withholds. {topCoded}
            """);
    }

    /// <summary>The pay-by-state section's intro: which year's state means, set against which national mean.</summary>
    public static IHtmlContent StatePayIntro(IHtmlHelper html, OccupationDetails o, StatePayViewModel pay) => Html(
        $"""
        The mean {pay.Period} wage of {o.Title} in each state ({OewsLink(OfficialSources.States, o, OfficialFiles.StatesYear)}), and the same pay <strong>adjusted for
        prices (BEA RPP {OfficialSources.Prices.Vintage})</strong>: the mean divided by the state's price level over 100, what it
        would buy at the national price level. A price level of 110 means prices 10% above the national average, so $110,000
        there buys what $100,000 buys in an average state. State means are {OfficialSources.States.Vintage}, the newest state
        figures this site holds; the national mean they are set against is of the same year, {html.Figure(pay.National2023)}
        ({OfficialSources.Wages2023}). After prices, a state's mean is set against that same national mean, which is at national
        prices by definition: both are {OfficialSources.States.Vintage}, with {OfficialSources.Prices.Vintage}'s price levels. The newest national mean, {html.Figure(pay.NationalNewest)}
        ({FigureCatalogue.SourceOf("wages.annual.mean", o)}), is a later year and is not compared with them.
        """);

    public static IHtmlContent StatePayTable() => Html(
        $"""
        {OfficialSources.States}. On the map, grey marks a mean BLS withholds and white a state with no estimate for this
        occupation; territories are in the table, not on the map. The table holds the map's numbers and more; sort it by any column.
        """);

    public static IHtmlContent StatePay(StatePayViewModel pay, OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(pay);
        var unpriced = pay.Unpriced.Count == 0 ? string.Empty
            : $", so {Wording.JoinList(pay.Unpriced)} are listed without an adjustment and not mapped";
        return Html(
            $"""
            Means: {OewsLink(OfficialSources.States, o, OfficialFiles.StatesYear)}. Price levels: {PricesLink()} (all items; BEA publishes none for Guam, Puerto
            Rico and the Virgin Islands{unpriced}). “or more” marks a mean at or above the top code
            ({FigureFormat.Money(OfficialFiles.TopCodeAnnual)} a year, {FigureFormat.MoneyCents(OfficialFiles.TopCodeHourlyCents)} an
            hour); “not published” a mean BLS withholds. A state missing from the table has no estimate for this occupation in the
            state file.
            """);
    }

    public static IHtmlContent Outlook(OccupationDetails o) => Html(
        $"""
        Jobs: {OewsLink(FigureCatalogue.SourceOf("jobs.employment", o), o)}, the number of jobs this site gives everywhere; change:
        {FigureCatalogue.SourceOf("jobs.employment.change", o)}; projections: {ProjectionsLink(o)}. <span id="projections-base">The projections start from their own
        count of {OfficialFiles.ProjectionsFirstYear} employment, which includes self-employed workers and others the OEWS survey
        does not cover (private household and farm workers, for example), so it differs from the jobs above; their change and
        growth are measured from it.</span> <span id="outlook-words">{Wording.GrowthOutlookExplained()}</span>
        """);

    public static IHtmlContent Education(OccupationDetails o) => Html(
        $"""
        Entry education, experience and training: {ProjectionsLink(o)}. Education, experience and training distributions
        and job zone (1 = little preparation, 5 = extensive): {OnetLink(o)}{OnetOrigin("; the distribution is that of", "education-onet", o.EducationOnetCode, o.EducationOnetTitle, o)}{OnetOrigin("; the job zone that of", "jobzone-onet", o.JobZoneOnetCode, o.JobZoneOnetTitle, o)}.
        """);

    public static IHtmlContent Demographics(OccupationDetails o) => Html($"{PublisherPages.Link(OfficialSources.Demographics.ToString(), PublisherPages.Demographics)} (row “{o.DemographicsSourceRow}”). {AnyRace}");

    /// <summary>Under what men and women earn: the survey row, what BLS withholds, and all full-time workers' medians for reference.</summary>
    public static IHtmlContent Earnings(OccupationDetails o)
    {
        var broader = o.DemographicsRowShared ? ", a broader group than this occupation" : string.Empty;
        var missingMonth = OfficialFiles.CpsMonthNotCollected is { } month
            ? $" The {OfficialFiles.CpsYear} averages cover 11 months: BLS did not collect {month} {OfficialFiles.CpsYear}." : string.Empty;
        return Html(
            $"""
            {PublisherPages.Link(FigureCatalogue.SourceOf("earnings.weekly.median", o).ToString(), PublisherPages.EarningsBySex)} (row “{o.EarningsSourceRow}”{broader}): medians of full-time
            wage and salary workers, before taxes, in dollars a week. BLS does not publish a median where fewer than 50,000 workers
            are in the group (“not published”). Among all full-time workers women's median is
            {FigureFormat.Percent(OfficialFiles.AllWomenShareOfMenPercent, 1)} of men's ({FigureFormat.Money(OfficialFiles.AllWomenMedianWeekly)}
            against {FigureFormat.Money(OfficialFiles.AllMenMedianWeekly)}). A gap between medians is not a gap for the same work:
            hours, experience and jobs within the group differ.{missingMonth}
            """);
    }

    public static IHtmlContent Tasks(OccupationDetails o) => Html(
        $"{OnetLink(o)}, core tasks first{OnetOrigin(": the tasks of", "tasks-onet", o.TasksOnetCode, o.TasksOnetTitle, o)}.");

    public static IHtmlContent Skills(OccupationDetails o) => Html(
        $"{OnetLink(o)} (Skills and Knowledge: importance and level; Level Scale Anchors){OnetOrigin(": the ratings of", "skills-onet", o.SkillsOnetCode, o.SkillsOnetTitle, o)}.");

    public static IHtmlContent Tools(OccupationDetails o) => Html(
        $"{OnetLink(o)} (Technology Skills){OnetOrigin(": the technologies of", "tools-onet", o.ToolsOnetCode, o.ToolsOnetTitle, o)}.");

    public static IHtmlContent Interests(OccupationDetails o) => Html(
        $"{OnetLink(o)} (Interests; RIASEC keywords and example activities){OnetOrigin(": the interests of", "interests-onet", o.InterestsOnetCode, o.InterestsOnetTitle, o)}.");

    /// <summary>Why an occupation BLS no longer publishes lists no move that pays more.</summary>
    public static IHtmlContent NoMovesForLastPublished(OccupationDetails o) => Html(
        $"""
        Its pay is {OfficialSources.May(LastPublished(o))}'s, the last BLS published: it is not set against the
        {OfficialSources.Wages.Vintage} pay of other occupations, so no move is listed.
        """);

    public static IHtmlContent Moves() => Html($"Median pay: {PublisherPages.Link(OfficialSources.Wages.ToString(), PublisherPages.OewsNationalTable(OfficialFiles.CurrentWagesYear))}; skills: {OfficialSources.Onet}; entry education: {OfficialSources.Projections}.");

    /// <summary>The profile's list of sources, one item a publisher.</summary>
    public static IHtmlContent Sources(OccupationDetails o) => Html(
        $"""
        <li>Wages and jobs: {OewsLink(FigureCatalogue.SourceOf("wages.annual.median", o), o)} (Occupational Employment and Wage Statistics,
          national); change over a year: {FigureCatalogue.SourceOf("jobs.employment.change", o)}; history:
          {FigureCatalogue.SourceOf("jobs.history.change", o)}; states: {OewsLink(OfficialSources.States, o, OfficialFiles.StatesYear)}; price levels: {PricesLink()}.</li>
        <li>Projections, entry education, experience and training: {ProjectionsLink(o)}.</li>
        <li>Who does the job: {PublisherPages.Link(OfficialSources.Demographics.ToString(), PublisherPages.Demographics)}.</li>
        <li>Description, tasks, skills, knowledge, technology, interests, education, experience and training distributions and job
          zone: {OnetLink(o)}.</li>
        {HandbookItem(o)}
        """);

    /// <summary>The Handbook's page where it has one; an occupation without one is pointed to O*NET OnLine.</summary>
    private static HtmlFormattableString HandbookItem(OccupationDetails o) => PublisherPages.Handbook(o) is { } page
        ? Html($"<li id=\"handbook-source\">What the work is and how to become one, in BLS's words: {PublisherPages.Link($"Occupational Outlook Handbook, {o.Title}", page)}.</li>")
        : PublisherPages.Onet(o) is { } onet
            ? Html($"<li id=\"handbook-source\">The Occupational Outlook Handbook has no page of its own for this occupation; {PublisherPages.Link("O*NET OnLine", onet)} describes it.</li>")
            : None;

    // ── A comparison ─────────────────────────────────────────────────────────────────────────────────────────────

    public static IHtmlContent CompareOverview() => Html(
        $"""
        Official figures: yearly salary and hourly rate are means, with medians beside them ({OfficialSources.Wages}); jobs are
        OEWS employment, {OfficialSources.Wages.Vintage}; projected growth, entry education, work experience and training from
        {OfficialSources.Projections}; median age from {OfficialSources.Demographics}; job zone from {OfficialSources.Onet}.
        """);

    /// <summary>The pay-in-a-state section's intro, before its link to the state's page.</summary>
    public static IHtmlContent CompareStatePay(StateSummary state)
    {
        var adjusted = state.PriceParity is { } parity
            ? Html(
                $"""
                <strong>adjusted for prices (BEA RPP {OfficialSources.Prices.Vintage})</strong>: divided by {state.Name}'s price level,
                {FigureFormat.PriceParity(parity)} (US = 100), it is what the pay would buy at national prices.
                """)
            : Html($"(BEA publishes no price level for {state.Name}, so it is not adjusted for prices).");
        return Html(
            $"""
            Each occupation's mean in {state.Name} ({OfficialSources.States}) and the same pay {adjusted} State means are
            {OfficialSources.States.Vintage}, the newest state figures this site holds, and are set against the national mean of the
            same year; the newest national mean ({OfficialSources.Wages}) is shown for reference only.
            """);
    }

    public static IHtmlContent CompareSalary(IReadOnlyList<OccupationDetails> occupations) => Html(
        $"""
        Official wages: {SourcesOf("wages.annual.median", occupations)}, national; change over a year:
        {SourcesOf("jobs.employment.change", occupations)}; highest-paying state from {OfficialSources.States}; best-paying industry
        from {OfficialSources.Industries} (the newest by sector this site holds, a year older than the national figures; a sector is
        ranked only with {IndustryPay.Rule}). {TopCodes()}. For some occupations BLS publishes only yearly wages (teachers,
        pilots…) or only hourly wages (actors, dancers…): the others read “not published”.
        """);

    public static IHtmlContent CompareHistory(IReadOnlyList<OccupationDetails> occupations)
    {
        var hybridYears = occupations.SelectMany(o => o.WageHistory).Where(p => p.HybridCode).Select(p => p.Year).Distinct().Order()
            .Select(OfficialSources.May).ToList();
        var hybrid = hybridYears.Count == 0 ? string.Empty : $" ({Wording.JoinList(hybridYears)} in BLS's hybrid codes)";
        return Html(
            $"""
            {SourcesOf("jobs.history.change", occupations)}, national, in nominal dollars (not adjusted for inflation); a year is
            drawn only where that year's file has the occupation's code at the detailed level{hybrid}. {PooledSurveysCaution}
            """);
    }

    public static IHtmlContent CompareEducation() => Html(
        $"Entry education, experience and training: {OfficialSources.Projections}. Education distribution and job zone: {OfficialSources.Onet}.");

    public static IHtmlContent CompareTime() => Html($"Experience and training distributions: {OfficialSources.Onet}.");

    public static IHtmlContent CompareInterests() => Html($"{OfficialSources.Onet} (Interests).");

    public static IHtmlContent CompareOutlook(IReadOnlyList<OccupationDetails> occupations) => Html(
        $"""
        Jobs: {SourcesOf("jobs.employment", occupations)} (employment), change over a year:
        {SourcesOf("jobs.employment.change", occupations)}, change over the years: {SourcesOf("jobs.history.change", occupations)};
        projections: {OfficialSources.Projections}. The projections start from their own count of jobs in
        {OfficialFiles.ProjectionsFirstYear}, which includes the self-employed, so it differs from the survey's count of jobs
        above. {Wording.GrowthOutlookExplained()}
        """);

    public static IHtmlContent CompareDemographics() => Html(
        $"""
        Official demographics: {OfficialSources.Demographics}. The survey reports some occupations only as part of a broader
        group: the last row says which. {AnyRace} “not published” marks groups too small for BLS to publish. Weekly earnings of
        men and women: {OfficialSources.EarningsBySex}, the same survey groups.
        """);

    public static IHtmlContent CompareTasks() => Html($"Tasks: {OfficialSources.Onet}.");

    public static IHtmlContent CompareSkills() => Html($"Official skills: {OfficialSources.Onet}, top 10 by importance.");

    // ── Other pages ──────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The footer's sources: the releases of the three BLS programmes.</summary>
    public static IHtmlContent Footer() => Html(
        $"""
        {PublisherPages.Link($"Occupational Employment and Wage Statistics, {OfficialSources.Wages.Vintage}", PublisherPages.OewsNationalTable(OfficialFiles.CurrentWagesYear))};
        {PublisherPages.Link($"Employment Projections {OfficialSources.Projections.Vintage}", PublisherPages.ProjectionsTable)};
        {PublisherPages.Link($"Current Population Survey, {OfficialFiles.CpsYear}", PublisherPages.Demographics)}
        """);

    /// <summary>The finder's help under the pay range: whose figures each filter reads.</summary>
    public static IHtmlContent Finder() => Html(
        $"""
        With a state chosen, the range reads each occupation's mean there ({OfficialSources.States}). Pay: {OfficialSources.Wages};
        education, experience, training, growth and openings: {OfficialSources.Projections}; job zones: {OfficialSources.Onet}.
        """);

    /// <summary>The top code of the current release and the state file, which a state's ranking and the API's status name.</summary>
    public static string TopCodeAnnual() => FigureFormat.Money(OfficialFiles.TopCodeAnnual);

    /// <summary>
    /// A figure's sources among the official occupations of a comparison, each once: an occupation BLS no longer
    /// publishes, or a history that starts later, has its own.
    /// </summary>
    public static string SourcesOf(string key, IReadOnlyList<OccupationDetails> occupations) =>
        Wording.JoinList(occupations.Where(o => o.IsOfficial).Select(o => FigureCatalogue.SourceOf(key, o).ToString()).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>Which O*NET occupation a section's figures describe, where it is not this code's own (a child or a crosswalk's).</summary>
    private static HtmlFormattableString OnetOrigin(string lead, string id, string? onetCode, string? onetTitle, OccupationDetails o) =>
        FigureFormat.OnetOrigin(onetCode, onetTitle, o.SocCode) is { } origin ? Html($"{lead} <span id=\"{id}\">{origin}</span>") : None;

    /// <summary>A source's name linked to BLS OEWS's page for the occupation in that release (the national figures' own by default).</summary>
    private static IHtmlContent OewsLink(FigureSource source, OccupationDetails o, int? year = null) =>
        PublisherPages.Link(source.ToString(), PublisherPages.Oews(o, year));

    private static IHtmlContent ProjectionsLink(OccupationDetails o) => PublisherPages.Link(OfficialSources.Projections.ToString(), PublisherPages.Projections(o));

    private static IHtmlContent OnetLink(OccupationDetails o) => PublisherPages.Link(OfficialSources.Onet.ToString(), PublisherPages.Onet(o));

    private static IHtmlContent PricesLink() => PublisherPages.Link(OfficialSources.Prices.ToString(), PublisherPages.Prices);

    /// <summary>The release an occupation BLS no longer publishes was last published in.</summary>
    private static int LastPublished(OccupationDetails o) => o.WagesYear.GetValueOrDefault(OfficialFiles.CurrentWagesYear);

    private static readonly HtmlFormattableString None = new(string.Empty);

    private static HtmlFormattableString Html(FormattableString text) => new(text.Format, text.GetArguments());
}
