using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

/// <summary>
/// The home page, built around comparing: an empty picker, comparisons people are likely to want (generated from the
/// catalogue: the largest occupations and the occupations O*NET relates to them), the Handbook's three short lists, and
/// the categories.
/// </summary>
public sealed class HomeService(CareerCompareDbContext db, OccupationListService list, SiteUrls urls)
{
    public const int PopularCount = 6;
    public const int ListLength = 5;

    public async Task<HomeViewModel> GetAsync(CancellationToken cancellationToken)
    {
        var estimates = await db.Occupations.AsNoTracking()
            .Where(o => o.DataSet == SeedDocumentSeeder.DataSetName)
            .OrderBy(o => o.Id)
            .Select(o => new OccupationLink(o.Slug, o.Title, o.Category))
            .ToListAsync(cancellationToken);
        var careersSitePair = estimates.Take(2).ToList();
        var estimateSource = await db.Occupations.AsNoTracking().Where(o => o.DataSet == SeedDocumentSeeder.DataSetName).OrderBy(o => o.Id)
            .Select(o => new { o.Source, o.SourceReference }).FirstOrDefaultAsync(cancellationToken);
        var officialCount = await db.Occupations.CountAsync(o => o.DataSet == OfficialCatalogueImporter.DataSetName, cancellationToken);
        var categories = await list.CategoriesAsync(cancellationToken);
        var meta = new PageMeta("Compare careers side by side",
            $"Compare {officialCount} US occupations side by side: pay ({OfficialFiles.WagesSource}), jobs and projected growth "
            + $"({OfficialFiles.ProjectionsSource}), education, who does the job, tasks and skills, in {categories.Count} categories.",
            urls.Action("Index", "Home"));
        return new HomeViewModel(estimates, careersSitePair.Count == 2 ? careersSitePair : [], await PopularAsync(cancellationToken),
            await ListsAsync(cancellationToken), categories, officialCount, new ComparePickerViewModel([]), meta,
            estimateSource?.Source, estimateSource?.SourceReference);
    }

    /// <summary>
    /// The largest official occupations by employment (BLS OEWS, May 2025), each beside the first occupation O*NET relates
    /// to it that is not already in a pair, so that no occupation shows twice.
    /// </summary>
    private async Task<List<PopularComparison>> PopularAsync(CancellationToken cancellationToken)
    {
        var largest = await db.Occupations.AsNoTracking()
            .Where(o => o.DataSet == OfficialCatalogueImporter.DataSetName && o.NumberOfJobs != null && o.RelatedOccupations.Any(r => r.Kind == RelationKind.Onet))
            .OrderByDescending(o => o.NumberOfJobs).ThenBy(o => o.Title)
            .Take(PopularCount * 3)
            .Select(o => new { o.Id, Link = new OccupationLink(o.Slug, o.Title, o.Category) })
            .ToListAsync(cancellationToken);
        var ids = largest.Select(o => o.Id).ToList();
        var related = (await db.RelatedOccupations.AsNoTracking()
                .Where(r => ids.Contains(r.OccupationId) && r.Kind == RelationKind.Onet)
                .Select(r => new { Id = r.OccupationId, r.Rank, Link = new OccupationLink(r.Related!.Slug, r.Related.Title, r.Related.Category) })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.Id);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<PopularComparison>();
        foreach (var occupation in largest)
        {
            if (pairs.Count == PopularCount || used.Contains(occupation.Link.Slug))
            {
                continue;
            }

            if (related[occupation.Id].OrderBy(r => r.Rank).Select(r => r.Link).FirstOrDefault(r => !used.Contains(r.Slug) && r.Slug != occupation.Link.Slug) is { } other)
            {
                used.Add(occupation.Link.Slug);
                used.Add(other.Slug);
                pairs.Add(new PopularComparison(occupation.Link, other, ComparisonAddress.Canonical([occupation.Link.Slug, other.Slug])));
            }
        }

        return pairs;
    }

    /// <summary>The Occupational Outlook Handbook's three lists, from the official figures, each linking to the whole list in that order.</summary>
    private async Task<List<TopList>> ListsAsync(CancellationToken cancellationToken)
    {
        var official = db.Occupations.AsNoTracking().Where(o => o.DataSet == OfficialCatalogueImporter.DataSetName);
        var paying = await official.Where(o => o.MedianYearlySalary != null).OrderByDescending(o => o.MedianYearlySalary).ThenBy(o => o.Title).Take(ListLength)
            .Select(o => new { Link = new OccupationLink(o.Slug, o.Title, o.Category), o.MedianYearlySalary, o.MedianYearlyTopCoded }).ToListAsync(cancellationToken);
        var growing = await official.Where(o => o.GrowthRatePercent != null).OrderByDescending(o => o.GrowthRatePercent).ThenBy(o => o.Title).Take(ListLength)
            .Select(o => new { Link = new OccupationLink(o.Slug, o.Title, o.Category), o.GrowthRatePercent }).ToListAsync(cancellationToken);
        var openings = await official.Where(o => o.AnnualOpenings != null).OrderByDescending(o => o.AnnualOpenings).ThenBy(o => o.Title).Take(ListLength)
            .Select(o => new { Link = new OccupationLink(o.Slug, o.Title, o.Category), o.AnnualOpenings }).ToListAsync(cancellationToken);
        return
        [
            new("highest-paying", "Highest paying", "median-desc", $"Median yearly wage, {OfficialFiles.WagesSource}",
                paying.Select(p => new TopListItem(p.Link, (FigureFormat.Format(Figure.Wage(FigureKind.Money, p.MedianYearlySalary,
                    p.MedianYearlyTopCoded ? FigureStatus.TopCoded : FigureStatus.Published)) ?? "—"))).ToList()),
            new("fastest-growing", "Fastest growing", "growth-desc", $"Projected growth, {OfficialFiles.ProjectionsSource}",
                growing.Select(g => new TopListItem(g.Link, FigureFormat.Growth(g.GrowthRatePercent) ?? "—")).ToList()),
            new("most-openings", "Most openings", "openings-desc", $"Openings a year, {OfficialFiles.ProjectionsSource}",
                openings.Select(o => new TopListItem(o.Link, FigureFormat.Format(Figure.Count(o.AnnualOpenings)) ?? "—")).ToList()),
        ];
    }
}
