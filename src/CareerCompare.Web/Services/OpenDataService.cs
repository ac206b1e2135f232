using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// The JSON API and the CSV files. Each answer is read by the service of the matching page (same validation, same
/// messages, same queries) and only reshaped here.
/// </summary>
public sealed class OpenDataService(
    CatalogueStore catalogue, OccupationListService list, ComparisonService comparisons, SiteUrls urls,
    Microsoft.Extensions.Options.IOptions<Hosting.ClientRateLimitOptions> limits)
{
    private const string ListTitle = "The list request could not be answered";

    public async Task<OpenDataResult<ApiOccupationList>> ListAsync(OccupationListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var model = await list.GetAsync(query, cancellationToken);
        if (model.Errors.Count > 0)
        {
            return ListProblem<ApiOccupationList>(model);
        }

        return Answer<ApiOccupationList>(new ApiOccupationList(
            model.Page, OccupationListQuery.PageSize, model.TotalCount, model.TotalPages, model.Sort, model.ByMedian ? "median" : "mean",
            model.Category, model.UnknownSalaryExcluded, model.TopCodedInResults, model.EstimatesListedAfter,
            model.MinSalary, model.MaxSalary,
            model.Facets.Select(f => new ApiFinderFilter(f.Filter.Key, f.Filter.Label, f.Selected,
                f.Options.Select(o => new ApiFinderOption(o.Key, o.Label, o.Count ?? 0)).ToList())).ToList(),
            model.Items.Select(ListItem).ToList(),
            new ApiLinks(urls.Action("Index", "Occupations", ListValues(query)), urls.Action("List", "OpenData", ListValues(query)),
                urls.Action("ListCsv", "OpenData", ListValues(query with { Page = null })))));
    }

    public async Task<OpenDataResult<CsvFile>> ListCsvAsync(OccupationListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var model = await list.GetAllAsync(query, cancellationToken);
        if (model.Errors.Count > 0)
        {
            return ListProblem<CsvFile>(model);
        }

        var groups = ListFigures.All.GroupBy(f => f.Group).ToList();
        var rows = model.Items.Select(item => (IReadOnlyList<string?>)
        [
            item.Slug, item.Title, item.Category, item.IsOfficial ? "official statistics" : "careers-site estimates",
            .. groups.SelectMany(g => g.SelectMany(f => CsvCells(f, item)).Concat(CsvSource(g.First().SourceFor(item)))),
            urls.Action("Profile", "Occupations", new { slug = item.Slug }),
        ]);

        var name = string.Join("-", new[] { "careercompare-occupations", model.Category, query.Q }
            .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Slug.FromTitle(p!)).Where(p => p.Length > 0));
        return Answer<CsvFile>(new CsvFile(name + ".csv", Csv.ToUtf8(ListFigures.CsvHeader, rows)));
    }

    /// <summary>A list figure's CSV cells: its number, and its status where the file has a column for it.</summary>
    private static IEnumerable<string?> CsvCells(ListFigure figure, OccupationListItem item)
    {
        var value = figure.Read(item);
        yield return Csv.Number(ApiFigure.NumberOf(value));
        if (figure.CsvStatusColumn is not null)
        {
            yield return ApiFigure.StatusOf(value);
        }
    }

    private static IEnumerable<string?> CsvSource(FigureSource source) => [source.Name, source.Vintage];

    public async Task<OpenDataResult<ApiOccupation>> OccupationAsync(string slug, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var found = Slug.IsValid(slug) ? snapshot.FindAll([slug]) : [];
        if (found.Count == 0)
        {
            return new(null, StatusCodes.Status404NotFound, "Occupation not found", OccupationProfileService.NotFoundMessage(slug));
        }

        var o = found[0];
        var textSource = o.IsOfficial ? OfficialSources.Onet : FigureSource.Estimate(o.Source, o.SourceReference);
        return Answer<ApiOccupation>(new ApiOccupation(
            o.Slug, o.Title, o.Category, o.IsOfficial, o.Source, o.SocCode, o.OnetCode, o.NearestOfficialSocCode,
            o.IsOfficial ? WageBasisName(o.WageBasis) : "careers-site estimate",
            o.Description, o.Responsibilities, textSource,
            snapshot.Once(o.Slug, () => Published(o).Values.Select(p => ApiNamedFigure.From(p.Figure)).ToList()),
            o.Related.Select(r => new ApiRelated(r.Slug, r.Title, OccupationLinks(r.Slug),
                urls.Action("Show", "Compare", new { pair = ComparisonAddress.Of(o.Slug, r.Slug) }))).ToList(),
            OccupationLinks(o.Slug))
        {
            MovesThatPayMore = o.MovesThatPayMore.Select(m => new ApiMove(m.Slug, m.Title, Math.Round(m.Similarity ?? 0, 4), m.Median, m.PayDifference(o),
                FigureCatalogue.SourceOf("wages.annual.median", o), m.TypicalEntryEducation, FigureCatalogue.SourceOf("education.typicalEntry", o), OccupationLinks(m.Slug), urls.Action("Show", "Compare", new { pair = ComparisonAddress.Of(o.Slug, m.Slug) }))).ToList(),
            Handbook = Sections.HandbookSection.HasPage(o)
                ? new ApiHandbook(o.HandbookAddress!, o.HandbookTitle!, Sections.HandbookSection.SourceOf(o), Sections.HandbookSection.Citation(o), o.HandbookAlsoCovers,
                    o.HandbookLicenceSentence, o.Handbook.Select(p => new ApiHandbookPart(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Tab.ToString()), p.Heading,
                        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Kind.ToString()), p.Text, p.Lead, p.Items)).ToList())
                : null,
        });
    }

    public async Task<OpenDataResult<ApiComparison>> ComparisonAsync(string pair, string? stateCode, CancellationToken cancellationToken)
    {
        var load = await comparisons.LoadAsync(pair, cancellationToken);
        if (load.Occupations is not { } occupations)
        {
            return ComparisonProblem<ApiComparison>(load);
        }

        var (state, unknown) = await comparisons.StateAsync(stateCode, cancellationToken);
        if (unknown is not null)
        {
            return new(null, StatusCodes.Status400BadRequest, "Unknown state", unknown);
        }

        var rows = AlignedRows(await catalogue.GetAsync(cancellationToken), occupations).Where(row => KeptFor(state, row.Key)).Select(row => new ApiComparisonRow(row.Key, row.Section, row.Label,
            row.Figures.Select(f => f is null ? null : ApiFigure.From(f.Figure, f.Source, f.Unit)).ToList(),
            occupations.Skip(1).Select((o, i) => Difference(row, occupations[0], o, i + 1)).ToList())).ToList();
        var path = ComparisonAddress.Of(occupations.Select(o => o.Slug));
        return Answer<ApiComparison>(new ApiComparison(
            ComparisonPage.HeadingOf(occupations), path, ComparisonAddress.Canonical(occupations.Select(o => o.Slug)),
            occupations.Select(o => new ApiComparedOccupation(o.Slug, o.Title, o.Category, o.IsOfficial, o.Source, OccupationLinks(o.Slug))).ToList(),
            rows,
            new ApiLinks(urls.Action("Show", "Compare", new { pair = path, state = state?.Code }), urls.Action("Comparison", "OpenData", new { pair = path, state = state?.Code }),
                urls.Action("ComparisonCsv", "OpenData", new { pair = path, state = state?.Code })))
        {
            State = state?.Code,
        });
    }

    /// <summary>With a state, its rows only among the state figures (each state's are keyed by its address: "….mean.texas").</summary>
    private static bool KeptFor(StateSummary? state, string key) =>
        state is null || !key.StartsWith("wages.states.", StringComparison.Ordinal) || key.EndsWith("." + state.Slug, StringComparison.Ordinal);

    /// <summary>One row per figure and occupation, with its source and vintage: a long table that pivots easily.</summary>
    /// <remarks>With a state (<c>?state=TX</c>), as on the page: that state's figures only among the state figures.</remarks>
    public async Task<OpenDataResult<CsvFile>> ComparisonCsvAsync(string pair, string? stateCode, CancellationToken cancellationToken)
    {
        var load = await comparisons.LoadAsync(pair, cancellationToken);
        if (load.Occupations is not { } occupations)
        {
            return ComparisonProblem<CsvFile>(load);
        }

        var (state, unknown) = await comparisons.StateAsync(stateCode, cancellationToken);
        if (unknown is not null)
        {
            return new(null, StatusCodes.Status400BadRequest, "Unknown state", unknown);
        }

        string[] header = ["section", "figure_key", "figure", "occupation_slug", "occupation", "value", "unit", "status", "text", "source", "vintage"];
        var rows = AlignedRows(await catalogue.GetAsync(cancellationToken), occupations).Where(row => KeptFor(state, row.Key)).SelectMany(row => occupations.Select((o, i) => (Occupation: o, Figure: row.Figures[i]))
            .Where(x => x.Figure is not null)
            .Select(x => (IReadOnlyList<string?>)
            [
                row.Section, row.Key, x.Figure!.Label, x.Occupation.Slug, x.Occupation.Title,
                Csv.Number(ApiFigure.NumberOf(x.Figure.Figure)), x.Figure.Unit, ApiFigure.StatusOf(x.Figure.Figure),
                ApiFigure.TextOf(x.Figure.Figure), x.Figure.Source.Name, x.Figure.Source.Vintage,
            ]));
        var path = ComparisonAddress.Of(occupations.Select(o => o.Slug));
        var name = state is null ? path : $"{path}-in-{state.Slug}";
        return Answer<CsvFile>(new CsvFile($"careercompare-{name}.csv", Csv.ToUtf8(header, rows)));
    }

    /// <summary>The API guide, with examples taken from the data: an occupation, a related one to compare it with, its category.</summary>
    public async Task<ApiGuideViewModel> GuideAsync(CancellationToken cancellationToken)
    {
        var occupations = (await catalogue.GetAsync(cancellationToken)).Occupations;
        var example = occupations.Where(o => o.IsOfficial && o.Related.Count > 0)
            .OrderBy(o => o.Slug != "registered-nurses").ThenBy(o => o.Slug, StringComparer.Ordinal)
            .Select(o => new { Link = new OccupationLink(o.Slug, o.Title, o.Category), Related = o.Related[0].Slug })
            .FirstOrDefault()
            ?? occupations.Take(1).Select(o => new { Link = new OccupationLink(o.Slug, o.Title, o.Category), Related = o.Slug }).First();
        var meta = new PageMeta("Open data: JSON API and CSV files",
            "CareerCompare's figures as data: list and filter occupations, read one with every figure's source and vintage, "
            + "compare two to four, as JSON or CSV. Free, no key; an OpenAPI document describes it.",
            urls.Action("Index", "ApiDocs"));
        return new ApiGuideViewModel(example.Link, ComparisonAddress.Of(example.Link.Slug, example.Related), example.Link.Category, meta, limits.Value);
    }

    /// <param name="Definitions">Each occupation's definition of the figure (null where its data set has none).</param>
    private sealed record AlignedRow(string Key, string Section, string Label, IReadOnlyList<SourcedFigure?> Figures, IReadOnlyList<FigureDefinition?> Definitions);

    /// <summary>The published figures of several occupations lined up by key, in the order they first appear.</summary>
    private static List<AlignedRow> AlignedRows(CatalogueSnapshot snapshot, List<OccupationDetails> occupations)
    {
        var published = occupations.Select(o => snapshot.Once(o.Slug, () => Published(o))).ToList();
        return published.SelectMany(d => d.Values).Select(p => p.Definition).DistinctBy(d => d.Key).Select(first =>
        {
            var row = published.Select(d => d.GetValueOrDefault(first.Key).Definition).ToList();
            var figures = published.Select(d => d.GetValueOrDefault(first.Key).Figure).ToList();
            // The label names the figures' time ("since May 2021") where they share it; where they do not, each figure's
            // source gives its own years.
            var labels = figures.OfType<SourcedFigure>().Select(f => f.Label).Distinct(StringComparer.Ordinal).ToList();
            return new AlignedRow(first.Key, first.Section, labels.Count == 1 ? labels[0] : first.GeneralLabel, figures, row);
        }).ToList();
    }

    /// <summary>
    /// An occupation's published figures by key, in the API's order, each with its definition: worked out once a catalogue
    /// (<see cref="CatalogueSnapshot.Once"/>), so that the JSON and the CSV cost about what the page does.
    /// </summary>
    private static OrderedDictionary<string, (FigureDefinition Definition, SourcedFigure Figure)> Published(OccupationDetails o)
    {
        var published = new OrderedDictionary<string, (FigureDefinition, SourcedFigure)>(StringComparer.Ordinal);
        foreach (var definition in FigureCatalogue.DefinitionsFor(o).Where(d => d.Published))
        {
            published.Add(definition.Key, (definition, definition.Of(o)));
        }

        return published;
    }

    /// <summary>The figure's own rule, as on the comparison page: never across sources, nor between different periods.</summary>
    private static string? Difference(AlignedRow row, OccupationDetails first, OccupationDetails other, int index) =>
        row.Definitions[0] is { } definition && row.Definitions[index] is { } otherDefinition
            && definition.PeriodOf(first) == otherDefinition.PeriodOf(other) ? definition.DifferenceOf(first, other) : null;

    private ApiOccupationListItem ListItem(OccupationListItem item)
    {
        ApiFigure Of(ListFigure figure) => ApiFigure.From(figure.Read(item), figure.SourceFor(item), figure.Unit);
        return new ApiOccupationListItem(item.Slug, item.Title, item.Category, item.IsOfficial, item.AlsoCalled,
            Of(ListFigures.Median), Of(ListFigures.Mean), Of(ListFigures.RangeLow), Of(ListFigures.RangeHigh), Of(ListFigures.Jobs), Of(ListFigures.Growth),
            item.IsOfficial ? Wording.GrowthOutlook(item.GrowthRatePercent) : null, OccupationLinks(item.Slug));
    }

    private ApiLinks OccupationLinks(string slug) =>
        new(urls.Action("Profile", "Occupations", new { slug }), urls.Action("Occupation", "OpenData", new { slug }));

    private static Microsoft.AspNetCore.Routing.RouteValueDictionary ListValues(OccupationListQuery q) =>
        new(q.RouteValues().Select(v => KeyValuePair.Create(v.Key, (object?)v.Value)));

    private static OpenDataResult<T> Answer<T>(T value)
        where T : class => new(value, StatusCodes.Status200OK);

    private static OpenDataResult<T> ListProblem<T>(OccupationListViewModel model)
        where T : class =>
        new(null, model.StatusCode, ListTitle, string.Join(" ", model.Errors.Select(e => e.Message)), model.Errors);

    private static OpenDataResult<T> ComparisonProblem<T>(ComparisonLoad load)
        where T : class =>
        new(null, load.StatusCode, load.StatusCode == StatusCodes.Status404NotFound ? "Comparison not found" : "Pick two different occupations", load.Problem);

    private static string WageBasisName(WageBasis basis) => basis switch
    {
        WageBasis.AnnualOnly => "annual-only",
        WageBasis.HourlyOnly => "hourly-only",
        _ => "annual-and-hourly",
    };
}
