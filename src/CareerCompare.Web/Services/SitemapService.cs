using CareerCompare.Web.Data;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

/// <summary>
/// What sitemap.xml lists: every profile, every category page, every state page and the comparisons the profiles suggest (each
/// official occupation with every one of its O*NET related occupations, in canonical order).
/// </summary>
public sealed class SitemapService(CareerCompareDbContext db)
{
    public async Task<SitemapViewModel> GetAsync(CancellationToken cancellationToken)
    {
        var occupations = await db.Occupations.AsNoTracking().OrderBy(o => o.Slug)
            .Select(o => new { o.Slug, o.Category, o.DataSet, o.NearestOfficialSocCode, o.Id }).ToListAsync(cancellationToken);
        var slugs = occupations.ToDictionary(o => o.Id, o => o.Slug);
        var related = (await db.RelatedOccupations.AsNoTracking()
                .Select(r => new { r.OccupationId, r.Rank, To = r.Related!.Slug })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.OccupationId)
            .SelectMany(g => g.OrderBy(r => r.Rank).Select(r => new { From = slugs[g.Key], r.To }))
            .ToList();
        var nearest = await db.Occupations.AsNoTracking()
            .Where(o => o.NearestOfficialSocCode != null)
            .Select(o => new { From = o.Slug, To = db.Occupations.Where(n => n.SocCode == o.NearestOfficialSocCode).Select(n => n.Slug).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        // The featured comparison on the home page: the seed document's first two occupations.
        var featured = occupations.Where(o => o.DataSet == SeedDocumentSeeder.DataSetName).OrderBy(o => o.Id).Take(2).Select(o => o.Slug).ToList();

        var pairs = related.Select(r => (IReadOnlyList<string>)[r.From, r.To])
            .Concat(nearest.Where(n => n.To is not null).Select(n => (IReadOnlyList<string>)[n.From, n.To!]))
            .Concat(featured.Count == 2 ? [featured] : [])
            .Select(ComparisonAddress.Canonical)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var states = await db.States.AsNoTracking().OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync(cancellationToken);
        var imports = await db.CatalogueImports.AsNoTracking().Select(i => i.ImportedAt).ToListAsync(cancellationToken);
        return new SitemapViewModel(
            imports.Count == 0 ? null : DateOnly.FromDateTime(imports.Max().UtcDateTime),
            occupations.Select(o => o.Slug).ToList(),
            occupations.Select(o => o.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            pairs,
            states);
    }
}
