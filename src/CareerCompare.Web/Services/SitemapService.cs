using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>
/// What sitemap.xml lists: every profile, every category page, every state page and the comparisons the profiles suggest (each
/// occupation with every one it links to, O*NET's related ones and the moves that pay more, and each careers-site occupation
/// with its nearest official one), in canonical order.
/// </summary>
public sealed class SitemapService(CatalogueStore catalogue)
{
    public async Task<SitemapViewModel> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var occupations = snapshot.Occupations.OrderBy(o => o.Slug, StringComparer.Ordinal).ToList();
        var linked = occupations.SelectMany(o => o.Links.Select(l => (IReadOnlyList<string>)[o.Slug, l.Slug]));
        var nearest = occupations.Select(o => (From: o.Slug, To: snapshot.BySoc(o.NearestOfficialSocCode)?.Slug))
            .Where(n => n.To is not null).Select(n => (IReadOnlyList<string>)[n.From, n.To!]);
        // The featured comparison on the home page: the seed document's first two occupations.
        var featured = snapshot.Occupations.Where(o => o.DataSet == SeedDocumentSeeder.DataSetName).Take(2).Select(o => o.Slug).ToList();

        var pairs = linked.Concat(nearest)
            .Concat(featured.Count == 2 ? [featured] : [])
            .Select(ComparisonAddress.Canonical)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        return new SitemapViewModel(
            snapshot.ImportedAt is { } importedAt ? DateOnly.FromDateTime(importedAt.UtcDateTime) : null,
            occupations.Select(o => o.Slug).ToList(),
            occupations.Select(o => o.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            pairs,
            snapshot.States.Select(s => s.Slug).Order(StringComparer.Ordinal).ToList());
    }
}
