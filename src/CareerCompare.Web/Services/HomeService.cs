using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

public sealed class HomeService(CareerCompareDbContext db, OccupationListService list, SiteUrls urls)
{
    public async Task<HomeViewModel> GetAsync(CancellationToken cancellationToken)
    {
        // The site began from one careers-site page comparing two occupations: that comparison is the one we feature.
        var estimates = await db.Occupations.AsNoTracking()
            .Where(o => o.DataSet == SeedDocumentSeeder.DataSetName)
            .OrderBy(o => o.Id)
            .Select(o => new OccupationLink(o.Slug, o.Title, o.Category))
            .ToListAsync(cancellationToken);
        var featured = estimates.Take(2).ToList();
        var estimateSource = await db.Occupations.AsNoTracking().Where(o => o.DataSet == SeedDocumentSeeder.DataSetName).OrderBy(o => o.Id)
            .Select(o => new { o.Source, o.SourceReference }).FirstOrDefaultAsync(cancellationToken);
        var officialCount = await db.Occupations.CountAsync(o => o.DataSet == OfficialCatalogueImporter.DataSetName, cancellationToken);

        var picker = new ComparePickerViewModel(featured.Select(f => (string?)f.Title).ToList());
        var categories = await list.CategoriesAsync(cancellationToken);
        var meta = new PageMeta("Compare careers side by side",
            $"Compare {officialCount} US occupations side by side: pay ({OfficialFiles.WagesSource}), jobs and projected growth "
            + $"({OfficialFiles.ProjectionsSource}), education, who does the job, tasks and skills, in {categories.Count} categories.",
            urls.Action("Index", "Home"));
        return new HomeViewModel(estimates, featured.Count == 2 ? featured : [], categories, officialCount, picker, meta,
            estimateSource?.Source, estimateSource?.SourceReference);
    }
}
