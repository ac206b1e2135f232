using CareerCompare.Web.Data;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

public sealed class OccupationProfileService(CareerCompareDbContext db)
{
    /// <summary>The profile page, or null when no occupation has this slug.</summary>
    public async Task<OccupationProfileViewModel?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await db.GetDetailsAsync([slug], cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        var occupation = found[0];
        var nearest = occupation.NearestOfficialSocCode is { } soc
            ? await db.Occupations.AsNoTracking().Where(o => o.SocCode == soc)
                .Select(o => new OccupationLink(o.Slug, o.Title, o.Category)).FirstOrDefaultAsync(cancellationToken)
            : null;

        // O*NET's related occupations are the comparisons people most likely want; a careers-site occupation gets
        // its nearest official occupation and that one's related occupations; otherwise, the same category.
        var nearestRelated = nearest is null ? [] : await db.RelatedLinksAsync(nearest.Slug, cancellationToken);
        var siblings = occupation.IsOfficial ? [] : await db.Occupations.AsNoTracking()
            .Where(o => o.DataSet == occupation.DataSet && o.Slug != slug).OrderBy(o => o.Id).Take(3)
            .Select(o => new OccupationLink(o.Slug, o.Title, o.Category)).ToListAsync(cancellationToken);
        var compareWith = occupation.Related.Count > 0 ? occupation.Related
            : nearest is not null ? [.. siblings, nearest, .. nearestRelated.Take(6)]
            : await db.Occupations.AsNoTracking()
                .Where(o => o.Slug != slug)
                .OrderBy(o => o.Category != occupation.Category)
                .ThenBy(o => o.DataSet != occupation.DataSet)
                .ThenBy(o => o.Title)
                .Take(8)
                .Select(o => new OccupationLink(o.Slug, o.Title, o.Category))
                .ToListAsync(cancellationToken);

        return new OccupationProfileViewModel(
            occupation,
            ChartBuilder.Salary(found),
            ChartBuilder.Skills(found),
            ChartBuilder.Gender(found),
            ChartBuilder.Race(found),
            occupation.IsOfficial ? ChartBuilder.Education(found) : null,
            nearest,
            compareWith);
    }
}
