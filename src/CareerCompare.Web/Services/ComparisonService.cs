using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>What a comparison address led to: the page, or why there is none.</summary>
/// <param name="UnknownState">The address asked for a state no code names (400).</param>
public sealed record ComparisonResult(CompareViewModel? Model, int StatusCode, string? Problem, string? RedirectSlug = null, bool UnknownState = false);

/// <summary>The occupations a comparison address names, or why there are none (the status and the message to show).</summary>
public sealed record ComparisonLoad(List<OccupationDetails>? Occupations, int StatusCode, string? Problem, string? RedirectSlug = null);

/// <summary>
/// What the picker's boxes resolved to: the slugs, or the message and, for the box that named no one occupation, the
/// occupations it may have meant.
/// </summary>
public sealed record PickerResolution(List<string>? Slugs, string? Error, int Box = -1, IReadOnlyList<PickerChoice>? Choices = null);

/// <summary>An occupation a picker box may have meant, and the other name of it that matched.</summary>
public sealed record PickerChoice(string Slug, string Title, string? AlsoCalled);

/// <summary>Builds the side-by-side comparison of two to four occupations, section by section.</summary>
public sealed partial class ComparisonService(CatalogueStore catalogue, SiteUrls urls)
{
    public const int MaxOccupations = 4;

    /// <summary>
    /// The occupations a comparison address names, in its order, or why there is no comparison there (404: not an
    /// address or an unknown occupation; 400: the same occupation twice). What the page, the API and the CSV share.
    /// </summary>
    public async Task<ComparisonLoad> LoadAsync(string pair, CancellationToken cancellationToken)
    {
        var slugs = ComparisonAddress.Slugs(pair);
        if (slugs.Count < 2 || slugs.Count > MaxOccupations || slugs.Any(s => !Slug.IsValid(s)))
        {
            return new ComparisonLoad(null, StatusCodes.Status404NotFound,
                "There is no comparison at this address. A comparison address names two to four occupations joined by \"-vs-\", "
                + "like /compare/patient-relations-director-vs-patient-account-manager.");
        }

        var occupations = (await catalogue.GetAsync(cancellationToken)).FindAll(slugs);
        var missing = slugs.Where(s => occupations.All(o => o.Slug != s)).ToList();
        if (missing.Count > 0)
        {
            return new ComparisonLoad(null, StatusCodes.Status404NotFound,
                $"We have no occupation called \"{string.Join("\", \"", missing.Select(m => Wording.Echo(m)))}\". Search for the occupations you want, or pick them in the comparison form.");
        }

        var twice = slugs.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            var title = occupations.First(o => o.Slug == twice.Key).Title;
            return new ComparisonLoad(null, StatusCodes.Status400BadRequest,
                $"{title} is in this comparison twice. Pick different occupations to compare, or read its profile.", twice.Key);
        }

        return new ComparisonLoad(occupations, StatusCodes.Status200OK, null);
    }

    /// <summary>
    /// The comparison page: the occupations loaded, then the tables, charts, sentences and page metadata built; with a
    /// state (a two-letter code, any case; blank means none), each occupation's pay there too. An unknown code answers 400
    /// naming the valid ones.
    /// </summary>
    public async Task<ComparisonResult> GetAsync(string pair, string? stateCode, CancellationToken cancellationToken)
    {
        var load = await LoadAsync(pair, cancellationToken);
        if (load.Occupations is not { } occupations)
        {
            return new ComparisonResult(null, load.StatusCode, load.Problem, load.RedirectSlug);
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var states = snapshot.States;
        var (state, unknownState) = Find(states, stateCode);
        if (unknownState is not null)
        {
            return new ComparisonResult(null, StatusCodes.Status400BadRequest, unknownState, UnknownState: true);
        }

        // A careers-site occupation points to the official occupation nearest to it (a judgement made with the data).
        var counterparts = occupations
            .Select(o => !o.IsOfficial && !occupations.Any(x => x.SocCode == o.NearestOfficialSocCode) && snapshot.BySoc(o.NearestOfficialSocCode) is { } n
                ? new Counterpart(o, new OccupationLink(n.Slug, n.Title, n.Category), ComparisonAddress.Of(o.Slug, n.Slug))
                {
                    BestIndustry = o.BestPayingIndustry is null ? null : OfficialBestIndustry(n),
                }
                : null)
            .OfType<Counterpart>().ToList();
        var model = Build(occupations, state, states);
        return new ComparisonResult(model with { Counterparts = counterparts }, load.StatusCode, load.Problem, load.RedirectSlug);
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
    private static (string Text, string Source)? OfficialBestIndustry(OccupationDetails official) =>
        FigureCatalogue.Find("industries.best.summary", official) is { } definition && FigureFormat.Format(definition.Read(official)) is { } best
            ? ($"{best}{MostJobs(official)}", definition.SourceFor(official).ToString())
            : null;

    /// <summary>
    /// The state a code names (two letters, any case, spaces around it ignored): none for a blank code, or the message
    /// for a code that names no state.
    /// </summary>
    public async Task<(StateSummary? State, string? Problem)> StateAsync(string? stateCode, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(stateCode) ? (null, null) : Find((await catalogue.GetAsync(cancellationToken)).States, stateCode);

    /// <summary>The state a code names among <paramref name="states"/>, none for a blank code, or the message for a code that names none.</summary>
    private static (StateSummary? State, string? Problem) Find(IReadOnlyList<StateSummary> states, string? stateCode) =>
        string.IsNullOrWhiteSpace(stateCode) ? (null, null)
        : states.FirstOrDefault(s => string.Equals(s.Code, stateCode.Trim(), StringComparison.OrdinalIgnoreCase)) is { } state ? (state, null)
        : (null, UnknownStateMessage(stateCode, states));

    public static string UnknownStateMessage(string code, IEnumerable<StateSummary> states) =>
        $"\"{Wording.Echo(code)}\" is not a state code. Give a two-letter code, in any case: {string.Join(", ", states.Select(s => s.Code).Order(StringComparer.Ordinal))}.";

    /// <summary>The titles of the occupations these slugs name; what is not a slug is kept as typed.</summary>
    public async Task<List<string?>> TitlesAsync(IReadOnlyList<string?> slugs, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        return slugs.Select(s => s is null ? null : snapshot.Find(s)?.Title ?? s).ToList();
    }

    /// <summary>
    /// Turns what was typed in the picker (a slug, a title or another name for the job, in any case) into slugs. What
    /// names one occupation outright resolves to it ("nurse": Registered Nurses, whose other name it is); what names
    /// several, or only part of a name, gets the best matches to choose from, each a link that puts it in that box; the
    /// same occupation twice, or fewer than two, a message. The picker never sends anyone on to a comparison that answers 404.
    /// </summary>
    public async Task<PickerResolution> ResolveAsync(IReadOnlyList<string?> typed, CancellationToken cancellationToken)
    {
        if (typed.Count(t => t is not null) < 2)
        {
            return new PickerResolution(null, "Choose at least two occupations to compare.");
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var slugs = new List<string>();
        for (var box = 0; box < typed.Count; box++)
        {
            if (typed[box] is not { } entry)
            {
                continue;
            }

            var lower = entry.ToLowerInvariant();
            var bySlug = Slug.IsValid(lower) ? snapshot.Find(lower)?.Slug : null;
            var named = bySlug is null && entry.Length <= SuggestionService.MaxTextLength ? snapshot.Search.Named(entry) : [];
            if (bySlug is null && named.Count == 1)
            {
                bySlug = snapshot.Search.SlugOf(named[0]);
            }

            if (bySlug is null)
            {
                var found = entry.Length <= SuggestionService.MaxTextLength
                    ? snapshot.Search.Search(entry, asYouType: true, categories: false)
                    : [];
                // Several occupations go by this name: those first, in the search's order.
                var choices = found.OrderBy(m => named.Contains(m.OccupationId) ? 0 : 1).Take(5)
                    .Select(m => new PickerChoice(m.Slug, m.Title, m.AlsoCalled)).ToList();
                var echo = Wording.Echo(entry);
                return new PickerResolution(null, choices.Count == 0
                    ? $"We have no occupation called \"{echo}\". Type part of its title and pick one of the suggestions, or search the list of occupations."
                    : named.Count > 1
                        ? $"\"{echo}\" is another name for {named.Count} occupations. Did you mean"
                        : $"\"{echo}\" is not one occupation. Did you mean", box, choices);
            }

            slugs.Add(bySlug);
        }

        return slugs.Distinct(StringComparer.Ordinal).Count() < slugs.Count
            ? new PickerResolution(null, "You chose the same occupation twice. Choose different occupations to compare.")
            : new PickerResolution(slugs, null);
    }

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
    private sealed record RowSpec(string? Label, string[] Keys, string? Group = null, bool Signed = false, string? Member = null,
        string? OfficialLabel = null, string? MixedLabel = null);

    private static RowSpec Spec(string? label, params string[] keys) => new(label, keys);

    private CompareViewModel Build(List<OccupationDetails> occupations, StateSummary? state, IReadOnlyList<StateSummary> states)
    {
        var first = occupations[0];
        CompareTable Table(string id, string caption, IEnumerable<RowSpec> specs) => new(id, caption, occupations,
            specs.Select(spec => Row(spec, occupations)).OfType<CompareRow>().ToList());

        var skillKinds = occupations.Select(o => o.IsOfficial).Distinct().Count();
        // Occupations O*NET has not rated yet get a sentence, not a column of "—"; with fewer than two rated there is
        // nothing to chart side by side.
        var rated = occupations.Where(o => o.Skills.Count > 0).ToList();
        var skillNames = occupations.SelectMany(o => o.Skills.Select(s => s.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var hasOfficial = occupations.Any(o => o.IsOfficial);

        return new CompareViewModel
        {
            Occupations = occupations,
            CanonicalPair = ComparisonAddress.Canonical(occupations.Select(o => o.Slug)),
            Heading = HeadingOf(occupations),
            ShortAnswer = ShortAnswerBuilder.Build(occupations, state),
            State = state,
            States = states,
            StatePay = state is null ? null : Table("state-pay-table", $"Mean pay in {state.Name} and nationally", StateRows(state)),
            Introduction = Introduction(occupations),
            SkillsSummary = occupations.Select((o, i) => SkillsSentence(o, i == 0)).ToList(),
            Overview = Table("overview-table", "Overview", OverviewRows()) with { Removable = true, StateCode = state?.Code },
            Salary = Table("salary-table", "Salary", SalaryRows()),
            Education = Table("education-table", "Education", EducationRows()),
            Outlook = hasOfficial ? Table("outlook-table", "Jobs and outlook", OutlookRows()) : null,
            Demographics = Table("demographics-table", "Demographics", DemographicRows(occupations)),
            Skills = skillKinds == 1 && rated.Count > 0
                ? new CompareTable("skills-table", first.IsOfficial ? "Skills: importance on O*NET's 1–5 scale" : "Skills: share of job postings that mention each", rated,
                    skillNames.Select(n => Row(FamilyRow(n, "skills.importance", "skills.postingShare"), rated)).OfType<CompareRow>().ToList())
                : null,
            SkillMoves = SkillGapBuilder.Moves(occupations),
            SalaryChart = ChartBuilder.Salary(occupations),
            HistoryChart = ChartBuilder.History(occupations),
            SkillsChart = skillKinds == 1 && rated.Count > 1 ? ChartBuilder.Skills(rated) : null,
            GenderChart = ChartBuilder.GenderSplit(occupations),
            RaceChart = ChartBuilder.Race(occupations),
            // Only the occupations O*NET has an education distribution for: a series of nothing charts nothing.
            InterestsChart = occupations.Any(o => o.IsOfficial && o.Interests.Count > 0) ? ChartBuilder.Interests(occupations) : null,
            TimeTables = TimeTables(occupations),
            EducationChart = occupations.Where(o => o.EducationLevels.Count > 0).ToList() is { Count: > 0 } withLevels ? ChartBuilder.Education(withLevels) : null,
            Picker = new ComparePickerViewModel(occupations.Select(o => (string?)o.Title).ToList(), StateCode: state?.Code),
            Suggestions = Suggestions(occupations),
            Meta = Meta(occupations, state),
        };
    }

    /// <summary>"Patient relations director vs patient account manager".</summary>
    public static string HeadingOf(IReadOnlyList<OccupationDetails> occupations) =>
        occupations[0].Title + string.Concat(occupations.Skip(1).Select(o => " vs " + Name(o)));

    /// <summary>A row for one member of a family ("Female", "Active Listening"), named by the member, keyed per data set.</summary>
    private static RowSpec FamilyRow(string member, params string[] prefixes) => new(member, prefixes, Member: member);

    /// <summary>Each compared occupation beside its closest related occupations (O*NET) not in this comparison: where to go next.</summary>
    private static List<SuggestedComparison> Suggestions(List<OccupationDetails> occupations)
    {
        const int perOccupation = 3;
        var compared = occupations.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);
        return occupations.SelectMany(o => o.Related.Where(r => !compared.Contains(r.Slug)).Take(perOccupation)
                .Select(r => new SuggestedComparison(ComparisonAddress.Of(o.Slug, r.Slug), $"{o.Title} vs {r.Title}")))
            .DistinctBy(s => ComparisonAddress.Canonical(ComparisonAddress.Slugs(s.Pair)))
            .ToList();
    }

    /// <summary>The title, a description written from the figures, and the canonical address (the slugs in order).</summary>
    private PageMeta Meta(List<OccupationDetails> occupations, StateSummary? state)
    {
        var heading = HeadingOf(occupations) + (state is null ? string.Empty : $" in {state.Name}");
        var pay = occupations.Select(o => o.IsOfficial
                ? FigureFormat.Format(FigureCatalogue.Read("wages.annual.median", o)) is { } median ? $"{o.Title} {median} (median)" : null
                : FigureFormat.Format(FigureCatalogue.Read("salary.average", o)) is { } average ? $"{o.Title} {average} (average, careers-site estimate)" : null)
            .OfType<string>().ToList();
        var sources = occupations.Any(o => o.IsOfficial) ? $" Official figures: {OfficialFiles.WagesSource}." : string.Empty;
        var inState = state is null ? string.Empty
            : $" Pay in {state.Name}: each occupation's mean there ({OfficialFiles.StateSource}) and what it buys at national prices ({OfficialFiles.PricesSource}).";
        var description = (pay.Count > 0 ? $"Yearly pay: {Wording.JoinList(pay)}." : $"{heading}.") + sources + inState
            + " Jobs, growth, education, demographics, tasks and skills side by side, with the difference on every row.";
        return new PageMeta(PageTitle.Shorten(heading), description,
            urls.Action("Show", "Compare", new { pair = ComparisonAddress.Canonical(occupations.Select(o => o.Slug)), state = state?.Code }));
    }

    /// <summary>
    /// Pay in one state: each occupation's mean there (the state file's year), the same at national prices (BEA RPP), the
    /// national mean of the same year and the state's against it; then the newest national mean, labelled with its year.
    /// </summary>
    private static IEnumerable<RowSpec> StateRows(StateSummary state)
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

    // Official rows take the catalogue's labels, the ones profiles, the list and the API use; a comparison of careers-site
    // occupations only keeps the careers site's own words (its page's "Yearly salary", "Average salary").
    private static readonly RowSpec YearlyPay = new("Yearly salary", ["salary.average", "wages.annual.mean"],
        MixedLabel: "Yearly pay (average or mean)");

    private static readonly RowSpec HourlyPay = new("Hourly rate", ["salary.hourly", "wages.hourly.mean"],
        MixedLabel: "Hourly pay (average or mean)");

    private static IEnumerable<RowSpec> OverviewRows() =>
    [
        // Median first, then the mean: BLS's order. The careers site gives one average.
        Spec(null, "wages.annual.median"),
        YearlyPay,
        HourlyPay,
        new("Growth rate", ["jobs.growthRate", "projections.changePercent"], MixedLabel: $"Growth (rate or {OfficialSources.Projections.Vintage} projection)"),
        Spec(null, "projections.outlook"),
        new("Number of jobs", ["jobs.count", "jobs.employment"], MixedLabel: "Number of jobs"),
        Spec(null, "jobs.satisfaction"),
        Education,
        Age,
        Spec(null, "education.yearsOfExperience"),
        Spec(null, "education.yearsToBecome"),
        Spec(null, "education.jobZone.summary"),
    ];

    private static IEnumerable<RowSpec> SalaryRows() =>
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

    // Like figures of the two sources share a row, each value saying its source: the careers site's most common degree
    // beside BLS's typical entry education, its average age beside the survey's median age.
    private static readonly RowSpec Education = new(null, ["education.mostCommonDegree.summary", "education.typicalEntry"],
        MixedLabel: "Education (degree held or needed to start)");

    private static readonly RowSpec Age = new(null, ["demographics.averageAge", "demographics.medianAge"],
        MixedLabel: "Age (average or median)");

    private static IEnumerable<RowSpec> EducationRows() =>
    [
        Education,
        Spec(null, "education.mostCommonMajor"),
        Spec(null, "education.mostCommonCollege"),
        Spec(null, "education.workExperience"),
        Spec(null, "education.onTheJobTraining"),
        Spec(null, "education.required.top"),
        Spec(null, "experience.related.middle"),
        Spec(null, "training.onTheJob.middle"),
        Spec(null, "education.jobZone.summary"),
    ];

    /// <summary>
    /// O*NET's distributions of related work experience and on-the-job training, each a table with a column an official
    /// occupation that has it; none where no occupation has one.
    /// </summary>
    private static List<(string Id, string Caption, ChartTable Table)> TimeTables(IReadOnlyList<OccupationDetails> occupations)
    {
        var tables = new List<(string, string, ChartTable)>();
        foreach (var (id, caption, prefix, levels) in new (string, string, string, Func<OccupationDetails, List<EducationShare>>)[]
                 {
                     ("experience-levels", "Related work experience needed (share of O*NET respondents)", "experience.related", o => o.ExperienceLevels),
                     ("training-levels", "On-the-job training needed (share of O*NET respondents)", "training.onTheJob", o => o.TrainingLevels),
                 })
        {
            var rated = occupations.Where(o => o.IsOfficial && levels(o).Count > 0).ToList();
            if (rated.Count == 0)
            {
                continue;
            }

            var periods = rated.SelectMany(levels).GroupBy(l => l.Category).OrderBy(g => g.Key).Select(g => g.First().Level).ToList();
            tables.Add((id, caption, new ChartTable("Time", rated.Select(o => o.Title).ToList(),
                periods.Select(p => new ChartTableRow(p, rated.Select(o => FigureCatalogue.Family(prefix, o)!.Read(o, p)).ToList())).ToList())));
        }

        return tables;
    }

    private static IEnumerable<RowSpec> OutlookRows() =>
    [
        Spec(null, "jobs.employment"),
        new(null, ["jobs.employment.change"], Signed: true),
        new(null, ["jobs.history.change"], Signed: true),
        Spec(null, "projections.employment2024"),
        Spec(null, "projections.employment2034"),
        Spec(null, "projections.change"),
        Spec(null, "projections.changePercent"),
        Spec(null, "projections.outlook"),
        Spec(null, "projections.annualOpenings"),
    ];

    private static IEnumerable<RowSpec> DemographicRows(List<OccupationDetails> occupations)
    {
        yield return Age;
        var gender = ChartBuilder.GenderShares(occupations);
        foreach (var group in occupations.SelectMany(o => gender(o).Select(g => g.Group)).Distinct(StringComparer.Ordinal))
        {
            yield return FamilyRow(group, "demographics.gender") with { Group = "Gender ratio" };
        }

        foreach (var group in occupations.SelectMany(o => o.Race.Select(g => g.Group)).Distinct(StringComparer.Ordinal))
        {
            yield return FamilyRow(group, "demographics.race") with { Group = "Race ratio" };
        }

        // The group says what the rows are; the rows say whose.
        foreach (var (key, label) in new[] { ("earnings.weekly.median", "All"), ("earnings.weekly.men", "Men"), ("earnings.weekly.women", "Women"),
                     ("earnings.weekly.womenShareOfMen", "Women's median as a share of men's") })
        {
            yield return new RowSpec(label, [key], OfficialLabel: label) { Group = $"Median weekly earnings, full time (CPS {OfficialSources.EarningsBySex.Vintage})" };
        }

        yield return Spec(null, "demographics.lgbt");
        yield return Spec(null, "demographics.surveyGroup");
    }

    /// <summary>
    /// What the comparison form sent: the four boxes, and whether only the first was given (a link from a
    /// profile, which shows the form filled in rather than an error).
    /// </summary>
    public static (string?[] Typed, bool OnlyFirst) ReadPicker(string? a, string? b, string? c, string? d, bool secondSent)
    {
        string?[] typed = [Clean(a), Clean(b), Clean(c), Clean(d)];
        return (typed, !secondSent && typed[0] is not null && typed.Skip(1).All(t => t is null));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// One row: each occupation's value of the first of the row's figures it has (unknown when it has none), and in
    /// each cell after the first how that occupation differs from the first, by the figure's own rule (never across
    /// sources, nor between two different figures). Null when no compared occupation has any of the row's figures, or
    /// when every value is unknown: a row of "—" answers nothing.
    /// </summary>
    private static CompareRow? Row(RowSpec spec, List<OccupationDetails> occupations)
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

    /// <summary>How an occupation is named inside a sentence: "a patient account manager", "Registered Nurses".</summary>
    private static string Name(OccupationDetails occupation) => occupation.IsOfficial ? occupation.Title : Wording.Lower(occupation.Title);

    /// <summary>
    /// What the page says before its tables. The careers site's own introduction (how long it takes to become each, which
    /// has the higher average salary) is not repeated: the short answer says both, with the same figures. What is left is
    /// the warning that a comparison across sources is not a subtraction.
    /// </summary>
    private static List<string> Introduction(List<OccupationDetails> occupations) =>
        occupations.Any(o => o.DataSet != occupations[0].DataSet)
            ? ["Their figures come from different sources, a careers site's estimates and official statistics, "
                + "so they are shown side by side but never subtracted from each other."]
            : [];

    // The careers site words the first occupation's skills one way and the others' another; so do we.
    private static string SkillsSentence(OccupationDetails occupation, bool isFirst)
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
}
