using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// The occupations list: search (<see cref="SearchIndex"/>), category, salary range and the finder's filters
/// (<see cref="FinderFilters"/>), each option's count, sorting and paging. The catalogue is small (833 occupations), so
/// one narrow statement reads what the filters and orders need of every occupation (<see cref="FinderRow"/>) and they
/// are worked out in memory, the same predicates for the results and for the counts; a second statement reads the
/// page's rows.
/// </summary>
public sealed class OccupationListService(CatalogueStore catalogue, SiteUrls urls)
{
    public Task<OccupationListViewModel> GetAsync(OccupationListQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, paged: true, cancellationToken);

    /// <summary>The whole list these filters keep, in its order, on one page (for the CSV file); the page asked for is ignored.</summary>
    public Task<OccupationListViewModel> GetAllAsync(OccupationListQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, paged: false, cancellationToken);

    private async Task<OccupationListViewModel> ReadAsync(OccupationListQuery query, bool paged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (criteria, errors) = query.Validate();
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var rows = snapshot.FinderRows;
        var categories = Categories(rows);
        if (criteria is null)
        {
            var sort = OccupationListQuery.SortOptions.Any(o => o.Key == query.Sort) ? query.Sort! : "title";
            return Rejected(query, errors, sort, query.Basis?.Trim() != "mean", query.Category, categories);
        }

        if (criteria.Category is { } wanted && categories.All(c => c.Name != wanted))
        {
            return Rejected(query, [new FieldError("category", $"There is no category called \"{Wording.Echo(wanted)}\". Choose one from the list.")],
                criteria.Sort, criteria.ByMedian, null, categories);
        }

        if (criteria.State is { } code && snapshot.States.All(st => st.Code != code))
        {
            var codes = snapshot.States.Select(st => st.Code).Order(StringComparer.Ordinal);
            return Rejected(query, [new FieldError("state", $"\"{Wording.Echo(query.State!)}\" is not a state code. Give a two-letter code, in any case: {string.Join(", ", codes)}.")],
                criteria.Sort, criteria.ByMedian, criteria.Category, categories);
        }

        // With a state, the salary range and the mean order read each occupation's mean there (May 2023; a top-coded
        // mean is its top code, as nationally).
        var stateMeans = criteria.State is { } chosenState
            ? snapshot.Occupations.Select(o => (o.Id, Mean: o.InState(chosenState)))
                .Where(x => x.Mean is not null).ToDictionary(x => x.Id, x => x.Mean!.Yearly)
            : null;

        // With interests, the fit: the sum of the occupation's O*NET scores of the interests chosen, read for the
        // occupations whose high-point code holds them all.
        var letters = criteria.Interests.Select(i => i[0]).ToList();
        bool HasInterests(FinderRow r) => letters.Count == 0 || (r.InterestCode is { } code && letters.All(code.Contains));
        var fit = letters.Count == 0 ? null
            : rows.Where(HasInterests).Select(r => snapshot.ById(r.Id))
                .ToDictionary(o => o.Id, o => o.Interests.Where(i => criteria.Interests.Contains(i.Name)).Sum(i => i.Score));

        var bySlug = rows.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        if (criteria.Shortlist.FirstOrDefault(s => !bySlug.ContainsKey(s)) is { } unknown)
        {
            return Rejected(query, [new FieldError("shortlist", $"We have no occupation called \"{Wording.Echo(unknown)}\" to put on the shortlist.")],
                criteria.Sort, criteria.ByMedian, criteria.Category, categories);
        }

        var matches = criteria.Text is { } text
            ? snapshot.Search.Search(text, asYouType: false, categories: true)
                .Select((m, i) => (m, i)).ToDictionary(x => x.m.OccupationId, x => (Rank: x.i, x.m.AlsoCalled))
            : null;

        // Every occupation the search and the salary range keep; then the category and each filter, each option
        // counted with all the other choices in force (what choosing it would leave).
        bool Found(FinderRow r) => matches is null || matches.ContainsKey(r.Id);
        int? Mean(FinderRow r) => stateMeans is null ? r.YearlySalary : stateMeans.GetValueOrDefault(r.Id);
        int? Salary(FinderRow r) => criteria.ByMedian ? r.MedianYearlySalary : Mean(r);
        bool InRange(FinderRow r) => (criteria.MinSalary is not { } min || Salary(r) >= min) && (criteria.MaxSalary is not { } max || Salary(r) <= max);
        bool InCategory(FinderRow r) => criteria.Category is null || r.Category == criteria.Category;
        bool Chosen(FinderRow r, FinderFilter? except) => criteria.Filters.All(f => f.Key == except || f.Value.Keeps(r));

        var found = rows.Where(r => Found(r) && HasInterests(r)).ToList();
        var inRange = found.Where(InRange).ToList();
        var kept = inRange.Where(r => InCategory(r) && Chosen(r, null)).ToList();
        var facets = FinderFilters.All.Select(filter =>
        {
            var others = inRange.Where(r => InCategory(r) && Chosen(r, filter)).ToList();
            return new FinderFacet(filter, criteria.Filters.GetValueOrDefault(filter)?.Key,
                filter.Options.Select(o => new FacetOption(o.Key, o.Label, others.Count(o.Keeps))).ToList());
        }).ToList();
        // Each interest counted as choosing it too would leave (a fourth beside three leaves none: the form says at most three).
        var interestCounts = Data.InterestArea.Names.ToDictionary(n => n, n => criteria.Interests.Contains(n) ? kept.Count
            : criteria.Interests.Count >= OccupationListQuery.MaxInterests ? 0
            : kept.Count(r => r.InterestCode?.Contains(n[0], StringComparison.Ordinal) == true));
        var categoryCounts = inRange.Where(r => Chosen(r, null)).GroupBy(r => r.Category).ToDictionary(g => g.Key, g => g.Count());

        var salaryFiltered = criteria.MinSalary is not null || criteria.MaxSalary is not null;
        var unknownSalaryExcluded = salaryFiltered ? found.Count(r => InCategory(r) && Chosen(r, null) && Salary(r) is null) : 0;
        var total = kept.Count;
        var totalPages = (int)Math.Ceiling(total / (double)OccupationListQuery.PageSize);
        // Top-coded medians only matter where the median is filtered or sorted on. A top-coded median is stored as the
        // top code ($239,200) and filtered and sorted as that; the page says so.
        var topCoded = (criteria.ByMedian && salaryFiltered) || criteria.Sort.StartsWith("median", StringComparison.Ordinal)
            ? kept.Count(r => r.MedianTopCoded)
            : 0;
        // Sorting or filtering on a figure ranks official figures only: the careers site's estimates (undated, another
        // source) come after every official occupation, ranked among themselves, and the page says so.
        var apart = criteria.Sort is not ("title" or "title-desc" or "relevance") || salaryFiltered;
        var estimates = apart ? kept.Count(r => !r.IsOfficial) : 0;
        estimates = estimates == total ? 0 : estimates; // only estimates: nothing to keep them apart from
        var sorted = Sort(kept, criteria.Sort, matches?.ToDictionary(m => m.Key, m => m.Value.Rank), apart, Mean, fit).ToList();
        var page = paged ? criteria.Page : 1;
        var pageRows = paged ? sorted.Skip((page - 1) * OccupationListQuery.PageSize).Take(OccupationListQuery.PageSize).ToList() : sorted;
        var items = pageRows.Select(r => Item(snapshot.ById(r.Id), matches?[r.Id].AlsoCalled)).ToList();

        var pageErrors = page > 1 && page > totalPages
            ? [new FieldError("page", $"Page {page} does not exist: these results fill {totalPages} {(totalPages == 1 ? "page" : "pages")}.")]
            : Array.Empty<FieldError>();

        return new OccupationListViewModel
        {
            Query = query,
            Errors = pageErrors,
            Items = items,
            TotalCount = total,
            Page = page,
            TotalPages = totalPages,
            Sort = criteria.Sort,
            UnknownSalaryExcluded = unknownSalaryExcluded,
            TopCodedInResults = topCoded,
            EstimatesListedAfter = estimates,
            ByMedian = criteria.ByMedian,
            Category = criteria.Category,
            Categories = categories.Select(c => c with { Count = categoryCounts.GetValueOrDefault(c.Name) }).ToList(),
            Facets = facets,
            MinSalary = criteria.MinSalary,
            MaxSalary = criteria.MaxSalary,
            Shortlist = criteria.Shortlist.Select(s => new OccupationLink(s, bySlug[s].Title, bySlug[s].Category)).ToList(),
            Meta = Meta(query, criteria.Category, total, page),
            Interests = criteria.Interests,
            InterestCounts = interestCounts,
            States = snapshot.States.Select(st => (st.Code, st.Name)).ToList(),
        };
    }

    /// <summary>
    /// The list's title and description, written from what it holds, and its canonical address: the category and page
    /// for a plain listing; a search, a salary filter or another order point back to the plain listing they came from.
    /// </summary>
    private PageMeta Meta(OccupationListQuery query, string? category, int? total, int page)
    {
        var filtered = query.RouteValues().Keys.Any(k => k is not ("category" or "page"));
        var canonicalPage = filtered || page <= 1 ? (int?)null : page;
        var title = (category is null ? "Occupations" : $"{category} occupations") + (canonicalPage is { } p ? $", page {p}" : string.Empty);
        var count = total is { } n ? $"{n} {(n == 1 ? "occupation" : "occupations")}" : "Occupations";
        var description = $"{count}{(category is null ? string.Empty : $" in {category}")}{(filtered && total is not null ? " match this search" : string.Empty)}: "
            + $"median and mean pay ({Data.Import.OfficialFiles.WagesSource}), jobs and projected growth ({Data.Import.OfficialSources.Projections.Vintage}). Search, filter by salary and sort.";
        return new PageMeta(PageTitle.Shorten(title), description,
            urls.Action("Index", "Occupations", new { category, page = canonicalPage }));
    }

    /// <summary>The page for a request that cannot be answered: the form as typed, the messages, no results.</summary>
    private OccupationListViewModel Rejected(OccupationListQuery query, IReadOnlyList<FieldError> errors, string sort, bool byMedian,
        string? category, IReadOnlyList<CategoryCount> categories) => new()
    {
        Query = query,
        Errors = errors,
        Items = [],
        TotalCount = 0,
        Page = 1,
        TotalPages = 0,
        Sort = sort,
        UnknownSalaryExcluded = 0,
        TopCodedInResults = 0,
        ByMedian = byMedian,
        Category = category,
        Categories = categories,
        Facets = FinderFilters.All.Select(f => new FinderFacet(f, f.Find(f.Read(query)?.Trim() ?? string.Empty)?.Key,
            f.Options.Select(o => new FacetOption(o.Key, o.Label, null)).ToList())).ToList(),
        Shortlist = [],
        Meta = Meta(query, category, null, 1),
    };

    public async Task<List<CategoryCount>> CategoriesAsync(CancellationToken cancellationToken) =>
        Categories((await catalogue.GetAsync(cancellationToken)).FinderRows);

    /// <summary>A row of the list: an occupation's figures the list shows.</summary>
    private static OccupationListItem Item(OccupationDetails o, string? alsoCalled) => new(o.Slug, o.Title, o.Category, o.Source, o.IsOfficial,
        o.YearlySalary, o.MedianYearlySalary, o.MedianYearlyTopCoded, o.SalaryRangeLow, o.SalaryRangeHigh, o.SalaryRangeHighTopCoded,
        o.NumberOfJobs, o.GrowthRatePercent, alsoCalled)
    {
        AnnualOpenings = o.AnnualOpenings,
        TypicalEntryEducation = o.TypicalEntryEducation,
        LastPublishedYear = o.WagesYear < OfficialFiles.CurrentWagesYear ? o.WagesYear : null,
    };

    private static List<CategoryCount> Categories(IReadOnlyList<FinderRow> rows) =>
        rows.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CategoryCount(g.Key, g.Count())).ToList();

    // Unknown figures always sort last, whichever the direction, so "highest first" starts with a real figure.
    // When "apart" (see above), official occupations come first and the estimates after them. Titles compare as SQLite
    // compares them (ordinal).
    private static IOrderedEnumerable<FinderRow> Sort(IEnumerable<FinderRow> rows, string sort, Dictionary<int, int>? rank, bool apart,
        Func<FinderRow, int?> mean, Dictionary<int, double>? fit)
    {
        var ordered = apart ? rows.OrderBy(r => !r.IsOfficial) : rows.OrderBy(_ => 0);
        var title = StringComparer.Ordinal;
        return sort switch
        {
            "relevance" when rank is not null => ordered.ThenBy(r => rank[r.Id]),
            // "Best match" without a search is the best fit to the interests chosen, as "fit".
            "fit" or "relevance" when fit is not null => ordered.ThenByDescending(r => fit.GetValueOrDefault(r.Id)).ThenBy(r => r.Title, title),
            "median" => ordered.ThenBy(r => r.MedianYearlySalary is null).ThenBy(r => r.MedianYearlySalary).ThenBy(r => r.Title, title),
            "median-desc" => ordered.ThenBy(r => r.MedianYearlySalary is null).ThenByDescending(r => r.MedianYearlySalary).ThenBy(r => r.Title, title),
            "title-desc" => ordered.ThenByDescending(r => r.Title, title),
            // The mean: nationally, or in the state chosen.
            "salary" => ordered.ThenBy(r => mean(r) is null).ThenBy(mean).ThenBy(r => r.Title, title),
            "salary-desc" => ordered.ThenBy(r => mean(r) is null).ThenByDescending(mean).ThenBy(r => r.Title, title),
            "jobs" => ordered.ThenBy(r => r.NumberOfJobs is null).ThenBy(r => r.NumberOfJobs).ThenBy(r => r.Title, title),
            "jobs-desc" => ordered.ThenBy(r => r.NumberOfJobs is null).ThenByDescending(r => r.NumberOfJobs).ThenBy(r => r.Title, title),
            "growth" => ordered.ThenBy(r => r.GrowthRatePercent is null).ThenBy(r => r.GrowthRatePercent).ThenBy(r => r.Title, title),
            "growth-desc" => ordered.ThenBy(r => r.GrowthRatePercent is null).ThenByDescending(r => r.GrowthRatePercent).ThenBy(r => r.Title, title),
            "openings" => ordered.ThenBy(r => r.AnnualOpenings is null).ThenBy(r => r.AnnualOpenings).ThenBy(r => r.Title, title),
            "openings-desc" => ordered.ThenBy(r => r.AnnualOpenings is null).ThenByDescending(r => r.AnnualOpenings).ThenBy(r => r.Title, title),
            "exposure" => ordered.ThenBy(r => r.AiExposurePercentile is null).ThenBy(r => r.AiExposurePercentile).ThenBy(r => r.Title, title),
            "exposure-desc" => ordered.ThenBy(r => r.AiExposurePercentile is null).ThenByDescending(r => r.AiExposurePercentile).ThenBy(r => r.Title, title),
            _ => ordered.ThenBy(r => r.Title, title),
        };
    }
}
