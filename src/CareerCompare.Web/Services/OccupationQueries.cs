using CareerCompare.Web.Data;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

/// <summary>Reads shared by several pages, projected straight into view models.</summary>
public static class OccupationQueries
{
    /// <summary>
    /// The occupations O*NET relates to this one, in O*NET's order. Read from the occupation (its slug's index, then its
    /// links): asked the other way round, for the links whose occupation has this slug, SQLite tested every link
    /// (3 ms instead of 0.3).
    /// </summary>
    public static Task<List<OccupationLink>> RelatedLinksAsync(this CareerCompareDbContext db, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Occupations.AsNoTracking()
            .Where(o => o.Slug == slug)
            .SelectMany(o => o.RelatedOccupations)
            .Where(r => r.Kind == RelationKind.Onet)
            .OrderBy(r => r.Rank)
            .Select(r => new OccupationLink(r.Related!.Slug, r.Related.Title, r.Related.Category))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Text for SQL LIKE that matches itself only (case-insensitively), with "\\" as the escape character. Control
    /// characters are dropped: no title holds one, and SQLite's LIKE ends a pattern at NUL, so "nurse\0x" would
    /// otherwise match every nurse.
    /// </summary>
    public static string EscapeLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new string(text.Where(c => !char.IsControl(c)).ToArray())
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }

    /// <summary>
    /// Every page that shows an occupation's figures reads them with this query, compiled once: the profiler showed
    /// EF Core's per-call work (finding the cached query, extracting its parameters) at a sixth of a profile's cost.
    /// The slug list is one JSON parameter, so the SQL is the same for any number of slugs.
    /// </summary>
    private static readonly Func<CareerCompareDbContext, string[], IAsyncEnumerable<OccupationDetails>> DetailsQuery =
        EF.CompileAsyncQuery((CareerCompareDbContext db, string[] slugs) => db.Occupations.AsNoTracking()
            .Where(o => slugs.Contains(o.Slug))
            .AsSplitQuery()
            .Select(OccupationDetails.Projection));

    /// <summary>O*NET's level anchors of these skills and knowledge areas (by name), compiled once like the details.</summary>
    private static readonly Func<CareerCompareDbContext, string[], IAsyncEnumerable<LevelAnchor>> AnchorsQuery =
        EF.CompileAsyncQuery((CareerCompareDbContext db, string[] elements) => db.LevelAnchors.AsNoTracking()
            .Where(a => elements.Contains(a.Element)));

    private static readonly Func<CareerCompareDbContext, IAsyncEnumerable<InterestArea>> InterestAreasQuery =
        EF.CompileAsyncQuery<CareerCompareDbContext, InterestArea>(db => db.InterestAreas.AsNoTracking().OrderBy(a => a.Id));

    /// <summary>O*NET's words for the areas of a high-point code ("ICR"), in the code's order; none for no code.</summary>
    public static async Task<List<InterestArea>> InterestAreasAsync(this CareerCompareDbContext db, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrEmpty(code))
        {
            return [];
        }

        var areas = new List<InterestArea>();
        await foreach (var area in InterestAreasQuery(db).WithCancellation(cancellationToken))
        {
            areas.Add(area);
        }

        return code.Select(letter => areas.FirstOrDefault(a => a.Letter == letter)).OfType<InterestArea>().ToList();
    }

    /// <summary>What the levels of these skills and knowledge areas mean (O*NET Level Scale Anchors).</summary>
    public static async Task<List<LevelAnchor>> LevelAnchorsAsync(
        this CareerCompareDbContext db, string[] elements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var anchors = new List<LevelAnchor>();
        if (elements is { Length: > 0 })
        {
            await foreach (var anchor in AnchorsQuery(db, elements).WithCancellation(cancellationToken))
            {
                anchors.Add(anchor);
            }
        }

        return anchors;
    }

    /// <summary>The occupations with these slugs, in the order the slugs are given; unknown slugs are skipped.</summary>
    public static async Task<List<OccupationDetails>> GetDetailsAsync(
        this CareerCompareDbContext db, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = new List<OccupationDetails>(slugs.Count);
        await foreach (var occupation in DetailsQuery(db, slugs.ToArray()).WithCancellation(cancellationToken))
        {
            found.Add(occupation);
        }

        return slugs.Select(s => found.FirstOrDefault(o => o.Slug == s)).OfType<OccupationDetails>().ToList();
    }
}
