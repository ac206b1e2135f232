using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>Search suggestions as you type, ranked by <see cref="SearchIndex"/>: the best eight.</summary>
public sealed class SuggestionService(CatalogueStore catalogue)
{
    public const int MaxSuggestions = 8;
    public const int MaxTextLength = 100;

    public async Task<List<Suggestion>> SuggestAsync(string text, CancellationToken cancellationToken)
    {
        var found = (await catalogue.GetAsync(cancellationToken)).Search.Search(text, asYouType: true, categories: false, MaxSuggestions);
        return found.Select(m => new Suggestion(m.Slug, m.Title, m.AlsoCalled)).ToList();
    }
}
