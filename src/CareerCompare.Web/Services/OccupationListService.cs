using CareerCompare.Web.Data;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

/// <summary>The occupations list: search, salary range filter, sorting and paging, all done in SQL.</summary>
public sealed class OccupationListService(CareerCompareDbContext db)
{
    public async Task<OccupationListViewModel> GetAsync(OccupationListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (criteria, errors) = query.Validate();
        if (criteria is null)
        {
            return new OccupationListViewModel
            {
                Query = query,
                Errors = errors,
                Items = [],
                TotalCount = 0,
                Page = 1,
                TotalPages = 0,
                Sort = OccupationListQuery.SortOptions.Any(o => o.Key == query.Sort) ? query.Sort! : "title",
                UnknownSalaryExcluded = 0,
            };
        }

        var occupations = db.Occupations.AsNoTracking();
        if (criteria.Text is { } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            occupations = occupations.Where(o => EF.Functions.Like(o.Title, pattern, "\\") || EF.Functions.Like(o.Category, pattern, "\\"));
        }

        var unknownSalaryExcluded = 0;
        if (criteria.MinSalary is not null || criteria.MaxSalary is not null)
        {
            unknownSalaryExcluded = await occupations.CountAsync(o => o.YearlySalary == null, cancellationToken);
        }

        // Both bounds are inclusive: a minimum of $70,777 keeps an occupation whose average is $70,777.
        if (criteria.MinSalary is { } min)
        {
            occupations = occupations.Where(o => o.YearlySalary >= min);
        }

        if (criteria.MaxSalary is { } max)
        {
            occupations = occupations.Where(o => o.YearlySalary <= max);
        }

        var total = await occupations.CountAsync(cancellationToken);
        var totalPages = (int)Math.Ceiling(total / (double)OccupationListQuery.PageSize);
        var items = await Sort(occupations, criteria.Sort)
            .Skip((criteria.Page - 1) * OccupationListQuery.PageSize)
            .Take(OccupationListQuery.PageSize)
            .Select(o => new OccupationListItem(o.Slug, o.Title, o.Category, o.Source, o.YearlySalary, o.SalaryRangeLow,
                o.SalaryRangeHigh, o.NumberOfJobs, o.GrowthRatePercent))
            .ToListAsync(cancellationToken);

        var pageErrors = criteria.Page > 1 && criteria.Page > totalPages
            ? [new FieldError("page", $"Page {criteria.Page} does not exist: these results fill {totalPages} {(totalPages == 1 ? "page" : "pages")}.")]
            : Array.Empty<FieldError>();

        return new OccupationListViewModel
        {
            Query = query,
            Errors = pageErrors,
            Items = items,
            TotalCount = total,
            Page = criteria.Page,
            TotalPages = totalPages,
            Sort = criteria.Sort,
            UnknownSalaryExcluded = unknownSalaryExcluded,
        };
    }

    // Unknown figures always sort last, whichever the direction, so "highest first" starts with a real figure.
    private static IOrderedQueryable<Occupation> Sort(IQueryable<Occupation> occupations, string sort) => sort switch
    {
        "title-desc" => occupations.OrderByDescending(o => o.Title),
        "salary" => occupations.OrderBy(o => o.YearlySalary == null).ThenBy(o => o.YearlySalary).ThenBy(o => o.Title),
        "salary-desc" => occupations.OrderBy(o => o.YearlySalary == null).ThenByDescending(o => o.YearlySalary).ThenBy(o => o.Title),
        "jobs" => occupations.OrderBy(o => o.NumberOfJobs == null).ThenBy(o => o.NumberOfJobs).ThenBy(o => o.Title),
        "jobs-desc" => occupations.OrderBy(o => o.NumberOfJobs == null).ThenByDescending(o => o.NumberOfJobs).ThenBy(o => o.Title),
        "growth" => occupations.OrderBy(o => o.GrowthRatePercent == null).ThenBy(o => o.GrowthRatePercent).ThenBy(o => o.Title),
        "growth-desc" => occupations.OrderBy(o => o.GrowthRatePercent == null).ThenByDescending(o => o.GrowthRatePercent).ThenBy(o => o.Title),
        _ => occupations.OrderBy(o => o.Title),
    };
}
