using CareerCompare.Web.Data;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>Search suggestions as you type, ranked by <see cref="SearchIndex"/>: the best eight.</summary>
public sealed class SuggestionService(CareerCompareDbContext db, SearchIndex index)
{
    public const int MaxSuggestions = 8;
    public const int MaxTextLength = 100;

    public async Task<List<Suggestion>> SuggestAsync(string text, CancellationToken cancellationToken)
    {
        var found = await index.SearchAsync(db, text, asYouType: true, categories: false, cancellationToken, MaxSuggestions);
        return found.Select(m => new Suggestion(m.Slug, m.Title, m.AlsoCalled)).ToList();
    }
}
