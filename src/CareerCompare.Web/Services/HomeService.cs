using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

public sealed class HomeService(CareerCompareDbContext db, OccupationListService list)
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
        var officialCount = await db.Occupations.CountAsync(o => o.DataSet == OfficialCatalogueImporter.DataSetName, cancellationToken);

        var picker = new ComparePickerViewModel(featured.Select(f => (string?)f.Title).ToList());
        return new HomeViewModel(estimates, featured.Count == 2 ? featured : [], await list.CategoriesAsync(cancellationToken), officialCount, picker);
    }
}
