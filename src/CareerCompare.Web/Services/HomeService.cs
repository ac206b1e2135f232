using CareerCompare.Web.Data;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

public sealed class HomeService(CareerCompareDbContext db)
{
    public async Task<HomeViewModel> GetAsync(CancellationToken cancellationToken)
    {
        var occupations = await db.Occupations.ToLinksAsync(cancellationToken);
        // The site began from one careers-site page comparing two occupations: that comparison is the one we feature.
        var featured = await db.Occupations.AsNoTracking()
            .Where(o => o.DataSet == SeedDocumentSeeder.DataSetName)
            .OrderBy(o => o.Id)
            .Take(2)
            .Select(o => new OccupationLink(o.Slug, o.Title, o.Category))
            .ToListAsync(cancellationToken);

        var picker = new ComparePickerViewModel(occupations, featured.ElementAtOrDefault(0)?.Slug, featured.ElementAtOrDefault(1)?.Slug);
        return new HomeViewModel(occupations, featured.Count == 2 ? featured : [], picker);
    }
}
