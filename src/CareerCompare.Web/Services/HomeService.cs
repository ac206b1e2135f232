using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// The home page, built around comparing: an empty picker, comparisons people are likely to want (generated from the
/// catalogue: the largest occupations and the occupations O*NET relates to them), the Handbook's three short lists, and
/// the categories.
/// </summary>
public sealed class HomeService(CatalogueStore catalogue, OccupationListService list, SiteUrls urls)
{
    public const int PopularCount = 6;
    public const int ListLength = 5;

    public async Task<HomeViewModel> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var estimates = snapshot.Occupations.Where(o => o.DataSet == SeedDocumentSeeder.DataSetName).ToList();
        var official = snapshot.Occupations.Where(o => o.IsOfficial).ToList();
        var careersSitePair = estimates.Take(2).Select(o => o.Link).ToList();
        var categories = await list.CategoriesAsync(cancellationToken);
        var meta = new PageMeta("Compare careers side by side",
            $"Compare {official.Count} US occupations side by side: pay ({OfficialFiles.WagesSource}), jobs and projected growth "
            + $"({OfficialFiles.ProjectionsSource}), education, who does the job, tasks and skills, in {categories.Count} categories.",
            urls.Action("Index", "Home"));
        return new HomeViewModel(estimates.Select(o => o.Link).ToList(), careersSitePair.Count == 2 ? careersSitePair : [], Popular(official),
            Lists(official), categories, official.Count, new ComparePickerViewModel([]), meta,
            estimates.FirstOrDefault()?.Source, estimates.FirstOrDefault()?.SourceReference);
    }

    /// <summary>
    /// The largest official occupations by employment (BLS OEWS, May 2025), each beside the first occupation O*NET relates
    /// to it that is not already in a pair, so that no occupation shows twice.
    /// </summary>
    private static List<PopularComparison> Popular(List<OccupationDetails> official)
    {
        var largest = Top(official.Where(o => o.NumberOfJobs is not null && o.Related.Count > 0), o => o.NumberOfJobs, PopularCount * 3);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<PopularComparison>();
        foreach (var occupation in largest)
        {
            if (pairs.Count == PopularCount || used.Contains(occupation.Slug))
            {
                continue;
            }

            if (occupation.Related.FirstOrDefault(r => !used.Contains(r.Slug) && r.Slug != occupation.Slug) is { } other)
            {
                used.Add(occupation.Slug);
                used.Add(other.Slug);
                pairs.Add(new PopularComparison(occupation.Link, other, ComparisonAddress.Canonical([occupation.Slug, other.Slug])));
            }
        }

        return pairs;
    }

    /// <summary>The Occupational Outlook Handbook's three lists, from the official figures, each linking to the whole list in that order.</summary>
    private static List<TopList> Lists(List<OccupationDetails> official) =>
    [
        new("highest-paying", "Highest paying", "median-desc", $"Median yearly wage, {OfficialFiles.WagesSource}",
            Top(official.Where(o => o.MedianYearlySalary is not null), o => o.MedianYearlySalary, ListLength)
                .Select(o => new TopListItem(o.Link, FigureFormat.Format(Figure.Wage(FigureKind.Money, o.MedianYearlySalary,
                    o.MedianYearlyTopCoded ? FigureStatus.TopCoded : FigureStatus.Published)) ?? "—")).ToList()),
        new("fastest-growing", "Fastest growing", "growth-desc", $"Projected growth, {OfficialFiles.ProjectionsSource}",
            Top(official.Where(o => o.GrowthRatePercent is not null), o => o.GrowthRatePercent, ListLength)
                .Select(o => new TopListItem(o.Link, FigureFormat.Growth(o.GrowthRatePercent) ?? "—")).ToList()),
        new("most-openings", "Most openings", "openings-desc", $"Openings a year, {OfficialFiles.ProjectionsSource}",
            Top(official.Where(o => o.AnnualOpenings is not null), o => o.AnnualOpenings, ListLength)
                .Select(o => new TopListItem(o.Link, FigureFormat.Format(Figure.Count(o.AnnualOpenings)) ?? "—")).ToList()),
    ];

    /// <summary>The first <paramref name="count"/> by a figure, highest first, ties by title (as the list orders them).</summary>
    private static List<OccupationDetails> Top<T>(IEnumerable<OccupationDetails> occupations, Func<OccupationDetails, T> figure, int count) =>
        occupations.OrderByDescending(figure).ThenBy(o => o.Title, StringComparer.Ordinal).Take(count).ToList();
}
