using System.Linq.Expressions;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

/// <summary>The occupations list: search, salary range filter, sorting and paging, all done in SQL.</summary>
public sealed class OccupationListService(CareerCompareDbContext db, SiteUrls urls)
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
        var categories = await CategoriesAsync(cancellationToken);
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

        if (criteria.State is { } code && !await db.States.AnyAsync(st => st.Code == code, cancellationToken))
        {
            var codes = await db.States.OrderBy(st => st.Code).Select(st => st.Code).ToListAsync(cancellationToken);
            return Rejected(query, [new FieldError("state", $"\"{Wording.Echo(query.State!)}\" is not a state code. Give a two-letter code, in any case: {string.Join(", ", codes)}.")],
                criteria.Sort, criteria.ByMedian, criteria.Category, categories);
        }

        var occupations = db.Occupations.AsNoTracking();
        if (criteria.Text is { } text)
        {
            var pattern = "%" + OccupationQueries.EscapeLike(text) + "%";
            occupations = occupations.Where(o => EF.Functions.Like(o.Title, pattern, "\\") || EF.Functions.Like(o.Category, pattern, "\\")
                || o.AlternateTitles.Any(a => EF.Functions.Like(a.Title, pattern, "\\")));
        }

        if (criteria.Category is { } category)
        {
            occupations = occupations.Where(o => o.Category == category);
        }

        var unknownSalaryExcluded = 0;
        if (criteria.State is { } st && (criteria.MinSalary is not null || criteria.MaxSalary is not null))
        {
            // A state's mean (May 2023) in place of the national one: a top-coded mean is its top code, as nationally.
            unknownSalaryExcluded = await occupations.CountAsync(o => !o.StateWages.Any(w => w.StateCode == st && w.MeanYearly != null), cancellationToken);
            var (low, high) = (criteria.MinSalary ?? 0, criteria.MaxSalary ?? int.MaxValue);
            occupations = occupations.Where(o => o.StateWages.Any(w => w.StateCode == st && w.MeanYearly >= low && w.MeanYearly <= high));
        }
        else if (criteria.MinSalary is not null || criteria.MaxSalary is not null)
        {
            unknownSalaryExcluded = criteria.ByMedian
                ? await occupations.CountAsync(o => o.MedianYearlySalary == null, cancellationToken)
                : await occupations.CountAsync(o => o.YearlySalary == null, cancellationToken);
        }

        // Both bounds are inclusive: a minimum of $70,777 keeps an occupation whose mean is $70,777. A top-coded
        // median is stored as the top code ($239,200) and filtered and sorted as that; the page says so.
        if (criteria.MinSalary is { } min && criteria.State is null)
        {
            occupations = criteria.ByMedian ? occupations.Where(o => o.MedianYearlySalary >= min) : occupations.Where(o => o.YearlySalary >= min);
        }

        if (criteria.MaxSalary is { } max && criteria.State is null)
        {
            occupations = criteria.ByMedian ? occupations.Where(o => o.MedianYearlySalary <= max) : occupations.Where(o => o.YearlySalary <= max);
        }

        var total = await occupations.CountAsync(cancellationToken);
        var totalPages = (int)Math.Ceiling(total / (double)OccupationListQuery.PageSize);
        // Top-coded medians only matter where the median is filtered or sorted on.
        var topCoded = (criteria.ByMedian && (criteria.MinSalary is not null || criteria.MaxSalary is not null))
            || criteria.Sort.StartsWith("median", StringComparison.Ordinal)
            ? await occupations.CountAsync(o => o.MedianYearlyTopCoded, cancellationToken)
            : 0;
        // When the search matched another name for the job rather than its title, the list says which.
        var contains = criteria.Text is null ? null : "%" + OccupationQueries.EscapeLike(criteria.Text) + "%";
        // Sorting or filtering on a figure ranks official figures only: the careers site's estimates (undated, another
        // source) come after every official occupation, ranked among themselves, and the page says so.
        var apart = criteria.Sort is not ("title" or "title-desc" or "relevance") || criteria.MinSalary is not null || criteria.MaxSalary is not null;
        var estimates = apart ? await occupations.CountAsync(o => o.DataSet != OfficialCatalogueImporter.DataSetName, cancellationToken) : 0;
        estimates = estimates == total ? 0 : estimates; // only estimates: nothing to keep them apart from
        var sorted = Sort(occupations, criteria.Sort, criteria.Text, apart, criteria.State);
        var page = paged ? criteria.Page : 1;
        var items = await (paged ? sorted.Skip((page - 1) * OccupationListQuery.PageSize).Take(OccupationListQuery.PageSize) : sorted)
            .Select(o => new OccupationListItem(o.Slug, o.Title, o.Category, o.Source, o.DataSet == OfficialCatalogueImporter.DataSetName,
                o.YearlySalary, o.MedianYearlySalary, o.MedianYearlyTopCoded, o.SalaryRangeLow, o.SalaryRangeHigh, o.SalaryRangeHighTopCoded,
                o.NumberOfJobs, o.GrowthRatePercent,
                contains == null || EF.Functions.Like(o.Title, contains, "\\") || EF.Functions.Like(o.Category, contains, "\\")
                    ? null
                    : o.AlternateTitles.Where(a => EF.Functions.Like(a.Title, contains, "\\")).OrderBy(a => a.Title.Length).Select(a => a.Title).FirstOrDefault()))
            .ToListAsync(cancellationToken);

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
            Categories = categories,
            Meta = Meta(query, criteria.Category, total, page),
        };
    }

    /// <summary>
    /// The list's title and description, written from what it holds, and its canonical address: the category and page
    /// for a plain listing; a search, a salary filter or another order point back to the plain listing they came from.
    /// </summary>
    private PageMeta Meta(OccupationListQuery query, string? category, int? total, int page)
    {
        var filtered = !string.IsNullOrWhiteSpace(query.Q) || !string.IsNullOrWhiteSpace(query.Min) || !string.IsNullOrWhiteSpace(query.Max)
            || !string.IsNullOrWhiteSpace(query.Sort) || !string.IsNullOrWhiteSpace(query.Basis);
        var canonicalPage = filtered || page <= 1 ? (int?)null : page;
        var title = (category is null ? "Occupations" : $"{category} occupations") + (canonicalPage is { } p ? $", page {p}" : string.Empty);
        var count = total is { } n ? $"{n} {(n == 1 ? "occupation" : "occupations")}" : "Occupations";
        var description = $"{count}{(category is null ? string.Empty : $" in {category}")}{(filtered && total is not null ? " match this search" : string.Empty)}: "
            + $"median and mean pay ({Data.Import.OfficialFiles.WagesSource}), jobs and projected growth (2024–34). Search, filter by salary and sort.";
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
        Meta = Meta(query, category, null, 1),
    };

    public Task<List<CategoryCount>> CategoriesAsync(CancellationToken cancellationToken) =>
        db.Occupations.AsNoTracking().GroupBy(o => o.Category).OrderBy(g => g.Key)
            .Select(g => new CategoryCount(g.Key, g.Count())).ToListAsync(cancellationToken);

    // Unknown figures always sort last, whichever the direction, so "highest first" starts with a real figure.
    // When "apart" (see above), official occupations come first and the estimates after them.
    private static IOrderedQueryable<Occupation> Sort(IQueryable<Occupation> occupations, string sort, string? text, bool apart, string? state = null)
    {
        var ordered = apart ? occupations.OrderBy(o => o.DataSet != OfficialCatalogueImporter.DataSetName) : null;
        IOrderedQueryable<Occupation> By<TKey>(Expression<Func<Occupation, TKey>> key) => ordered is null ? occupations.OrderBy(key) : ordered.ThenBy(key);
        IOrderedQueryable<Occupation> ByDescending<TKey>(Expression<Func<Occupation, TKey>> key) =>
            ordered is null ? occupations.OrderByDescending(key) : ordered.ThenByDescending(key);

        return sort switch
        {
            // Titles that start with the text first, then titles with a word that does, then titles that contain it,
            // then other names for the job; shorter (more general) titles first within each.
            "relevance" when text is not null => By(o => EF.Functions.Like(o.Title, OccupationQueries.EscapeLike(text) + "%", "\\") ? 0
                    : EF.Functions.Like(o.Title, "% " + OccupationQueries.EscapeLike(text) + "%", "\\") ? 1
                    : EF.Functions.Like(o.Title, "%" + OccupationQueries.EscapeLike(text) + "%", "\\") ? 2 : 3)
                .ThenBy(o => o.Title.Length)
                .ThenBy(o => o.Title),
            "median" => By(o => o.MedianYearlySalary == null).ThenBy(o => o.MedianYearlySalary).ThenBy(o => o.Title),
            "median-desc" => By(o => o.MedianYearlySalary == null).ThenByDescending(o => o.MedianYearlySalary).ThenBy(o => o.Title),
            "title-desc" => ByDescending(o => o.Title),
            // With a state, the mean order reads the state's mean (May 2023).
            "salary" when state is not null => By(o => o.StateWages.Where(w => w.StateCode == state).Select(w => w.MeanYearly).FirstOrDefault() == null)
                .ThenBy(o => o.StateWages.Where(w => w.StateCode == state).Select(w => w.MeanYearly).FirstOrDefault()).ThenBy(o => o.Title),
            "salary-desc" when state is not null => By(o => o.StateWages.Where(w => w.StateCode == state).Select(w => w.MeanYearly).FirstOrDefault() == null)
                .ThenByDescending(o => o.StateWages.Where(w => w.StateCode == state).Select(w => w.MeanYearly).FirstOrDefault()).ThenBy(o => o.Title),
            "salary" => By(o => o.YearlySalary == null).ThenBy(o => o.YearlySalary).ThenBy(o => o.Title),
            "salary-desc" => By(o => o.YearlySalary == null).ThenByDescending(o => o.YearlySalary).ThenBy(o => o.Title),
            "jobs" => By(o => o.NumberOfJobs == null).ThenBy(o => o.NumberOfJobs).ThenBy(o => o.Title),
            "jobs-desc" => By(o => o.NumberOfJobs == null).ThenByDescending(o => o.NumberOfJobs).ThenBy(o => o.Title),
            "growth" => By(o => o.GrowthRatePercent == null).ThenBy(o => o.GrowthRatePercent).ThenBy(o => o.Title),
            "growth-desc" => By(o => o.GrowthRatePercent == null).ThenByDescending(o => o.GrowthRatePercent).ThenBy(o => o.Title),
            _ => By(o => o.Title),
        };
    }
}
