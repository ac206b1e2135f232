using CareerCompare.Web.Data;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

/// <summary>Search suggestions as you type: titles first (those that start with the text before those that contain it), then other names for a job.</summary>
public sealed class SuggestionService(CareerCompareDbContext db)
{
    public const int MaxSuggestions = 8;
    public const int MaxTextLength = 100;

    public async Task<List<Suggestion>> SuggestAsync(string text, CancellationToken cancellationToken)
    {
        // Matches at the start of a word only ("acto" finds Actors, not Chiropractors).
        var escaped = OccupationQueries.EscapeLike(text.Trim());
        var starts = escaped + "%";
        var wordStarts = "% " + escaped + "%";
        var byTitle = await db.Occupations.AsNoTracking()
            .Where(o => EF.Functions.Like(o.Title, starts, "\\") || EF.Functions.Like(o.Title, wordStarts, "\\"))
            .OrderBy(o => EF.Functions.Like(o.Title, starts, "\\") ? 0 : 1)
            .ThenBy(o => o.Title.Length)
            .ThenBy(o => o.Title)
            .Take(MaxSuggestions)
            .Select(o => new Suggestion(o.Slug, o.Title, null))
            .ToListAsync(cancellationToken);
        if (byTitle.Count == MaxSuggestions)
        {
            return byTitle;
        }

        var taken = byTitle.Select(s => s.Slug).ToList();
        var byOtherName = await db.AlternateTitles.AsNoTracking()
            .Where(a => EF.Functions.Like(a.Title, starts, "\\") || EF.Functions.Like(a.Title, wordStarts, "\\"))
            .Join(db.Occupations, a => a.OccupationId, o => o.Id, (a, o) => new { o.Slug, o.Title, AlsoCalled = a.Title })
            .Where(x => !taken.Contains(x.Slug))
            .OrderBy(x => EF.Functions.Like(x.AlsoCalled, starts, "\\") ? 0 : 1)
            .ThenBy(x => x.AlsoCalled.Length)
            .Take(MaxSuggestions * 4)
            .ToListAsync(cancellationToken);

        return byTitle.Concat(byOtherName.DistinctBy(x => x.Slug).Select(x => new Suggestion(x.Slug, x.Title, x.AlsoCalled)))
            .Take(MaxSuggestions)
            .ToList();
    }
}
